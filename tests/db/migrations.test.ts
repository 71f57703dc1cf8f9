import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { migrationSource } from '../../db/migrationSource';
import { migrate } from '../../src/db/knex';
import * as placeAdditions from '../../db/migrations/20261203030000_place_additions';
import { PLACES_WITHIN } from '../../db/migrations/20261204010000_places_within';
import * as subdivisions from '../../db/migrations/20261210010000_subdivisions';
import * as demonymAdditions from '../../db/migrations/20261211010000_demonym_additions';
import * as demonymAdditions3 from '../../db/migrations/20261218100000_demonym_additions_3';
import { createTestDb, TestDb } from '../support/db';

const ROOT = path.resolve(__dirname, '../..');
const MIGRATIONS = path.join(ROOT, 'db/migrations');

describe('a database migrated while 20261127404000 held its first versions is repaired', () => {
  let t: TestDb;
  beforeEach(async () => {
    t = await createTestDb();
  });
  afterEach(() => t.drop());

  // The two states such a database can be in: the first version's CHECK, or the second's NOT VALID CHECK; no trigger.
  test.each([
    ['a CHECK', ''],
    ['a NOT VALID CHECK', ' NOT VALID'],
  ])('holding %s and no trigger', async (_name, notValid) => {
    await t.db.raw('DROP TRIGGER claims_figures_not_negative ON claims');
    await t.db.raw('DROP FUNCTION claims_refuse_negative_figures()');
    await t.db.raw(
      `ALTER TABLE claims ADD CONSTRAINT claims_figures_not_negative CHECK (value >= 0 AND value_low >= 0 AND value_high >= 0)${notValid}`,
    );
    await t.db('knex_migrations').where({ name: '20261202000100_claim_figure_checks_repair' }).del();

    await migrate(t.db);

    const constraints = await t.db.raw(
      "SELECT conname FROM pg_constraint WHERE conrelid = 'claims'::regclass AND conname = 'claims_figures_not_negative'",
    );
    expect(constraints.rows).toEqual([]);
    const triggers = await t.db.raw(
      "SELECT tgname FROM pg_trigger WHERE tgrelid = 'claims'::regclass AND tgname = 'claims_figures_not_negative'",
    );
    expect(triggers.rows).toEqual([{ tgname: 'claims_figures_not_negative' }]);
    const inserted = t.db.raw(`INSERT INTO claims (metric, country, approximation, value, value_text, claimant_id)
      VALUES ('foreign_fighters', 'KZ', 'exact', -5, '-5', 1)`);
    await expect(inserted).rejects.toMatchObject({ code: '23514', constraint: 'claims_figures_not_negative' });
  });
});

/** The content of a file as first committed, or null when git or the history is not at hand (a tarball, a shallow clone). */
function firstCommitted(file: string): string | null {
  try {
    const rel = path.relative(ROOT, file);
    const commits = execFileSync('git', ['log', '--diff-filter=A', '--format=%H', '--', rel], { cwd: ROOT, encoding: 'utf8' })
      .trim()
      .split('\n')
      .filter(Boolean);
    if (commits.length === 0) return null;
    return execFileSync('git', ['show', `${commits[commits.length - 1]}:${rel}`], { cwd: ROOT, encoding: 'utf8' });
  } catch {
    return null;
  }
}

const sha = (s: string) => crypto.createHash('sha256').update(s).digest('hex');

/**
 * Edits made before this rule was checked, pinned to the content that landed (and no other): 20261127404000 was
 * edited after it landed and is repaired by 20261202000100; 20261127403000 and 20261202110000 were edited on their
 * branches, before they landed. db/data/ was edited (Brit, Croat, Pole, Serb and three groupings added) after the first
 * migration read it, and landed so: it is pinned to that landed content, which every database since has read;
 * 20261203030000 adds the same places and demonyms, idempotently, to databases migrated before.
 */
const EDITED_BEFORE_THE_RULE = new Map([
  ['20261127404000_claim_figure_checks.ts', '35887194a1c38b8d5a87b89a6744f7e06ec17dd7f3991e0e03366a97e3f366ac'],
  ['20261127403000_claims_compare_index.ts', '03a270a68ee28b5e054ed3d807b2de9837aeac35ba21dbc3415f430d98f4c1e8'],
  ['20261202110000_actor_name_lookup.ts', '94405e5bc3db0a6c6ec5fa8141289b93ce2fb6f44ec807c4a847f4136eac8972'],
  ['countries.json', 'aac607000f9bfac9bf117307bbad32e797588d9ba43b9ccf20d354860234282c'],
  ['regions.json', '80e39dd39feedad42caa665f2746fb75ccdc035274747e80052ca92bf2849dab'],
]);

const hasHistory = firstCommitted(path.join(MIGRATIONS, '20261127000100_vocabularies.ts')) !== null;
/** Files the migrations read (the first one loads the places from them): edited, they would change a migration that landed. */
const MIGRATION_DATA = path.join(ROOT, 'db/data');

(hasHistory ? test : test.skip)(
  `no migration, nor a file a migration reads, is edited once committed: a change is a new migration${hasHistory ? '' : ' (skipped: no git history here)'}`,
  () => {
    const edited: string[] = [];
    const files = [
      ...fs
        .readdirSync(MIGRATIONS)
        .filter((f) => /^\d{14}_.*\.ts$/.test(f))
        .map((f) => path.join(MIGRATIONS, f)),
      ...fs.readdirSync(MIGRATION_DATA).map((f) => path.join(MIGRATION_DATA, f)),
    ];
    for (const file of files) {
      const now = fs.readFileSync(file, 'utf8');
      const first = firstCommitted(file);
      if (first === null || first === now) continue;
      if (EDITED_BEFORE_THE_RULE.get(path.basename(file)) === sha(now)) continue;
      edited.push(path.relative(ROOT, file));
    }
    expect(edited).toEqual([]);
  },
);

test('every migration file is run, once: the folder registry and the later ones of db/migrationSource.ts', async () => {
  const files = fs
    .readdirSync(MIGRATIONS)
    .filter((f) => /^\d{14}_.*\.ts$/.test(f))
    .map((f) => f.replace(/\.ts$/, ''))
    .sort();
  const listed = await migrationSource.getMigrations([]);
  expect([...listed].sort()).toEqual(files);
  expect(new Set(listed).size).toBe(listed.length);
});

describe('20261203030000 adds places and demonyms to databases migrated before them', () => {
  let t: TestDb;
  beforeEach(async () => {
    t = await createTestDb();
  });
  afterEach(() => t.drop());

  test('the groupings with their members, the demonyms once each; down takes them away again', async () => {
    const place = (code: string) => t.db('countries').where({ code }).first();
    for (const added of placeAdditions.ADDED_PLACES)
      expect(await place(added.code)).toMatchObject({ name: added.name, kind: 'grouping', members: added.members });
    const members = [...new Set(placeAdditions.ADDED_PLACES.flatMap((p) => p.members))];
    expect(await t.db('countries').whereIn('code', members).where({ kind: 'country' }).count('* as n').first()).toEqual({
      n: members.length,
    });
    expect((await place('GB')).demonyms).toEqual(['British', 'Briton', 'Brit']);

    await placeAdditions.down(t.db);
    expect(await place('MAGHREB')).toBeUndefined();
    expect((await place('GB')).demonyms).toEqual(['British', 'Briton']);
    await placeAdditions.up(t.db);
    await placeAdditions.up(t.db);
    expect((await place('GB')).demonyms).toEqual(['British', 'Briton', 'Brit']);
    expect(await place('MAGHREB')).toMatchObject({ members: ['DZ', 'LY', 'MA', 'MR', 'TN'] });
  });
});

describe('the CSV guard’s fast path, landed under two names', () => {
  let t: TestDb;
  beforeEach(async () => {
    t = await createTestDb();
  });
  afterEach(() => t.drop());

  test.each([
    ['20261208010000_csv_defused_fast_path', 'as a database migrated when the later ones held it as 20261209010000'],
    ['20261209010000_csv_defused_fast_path', 'as a database migrated when the folder’s registry held it as 20261208010000'],
  ])('a database that never ran %s (%s) migrates, runs it once, and guards as before', async (missing) => {
    await t.db('knex_migrations').where({ name: missing }).del();

    await migrate(t.db);

    expect(await t.db('knex_migrations').where({ name: missing }).count('* as n').first()).toEqual({ n: 1 });
    expect((await t.db.raw("SELECT csv_defused('=1+1') AS cell, csv_defused('plain') AS plain")).rows).toEqual([
      { cell: "'=1+1", plain: 'plain' },
    ]);
  });
});

describe('20261211010000 adds demonyms real texts use', () => {
  let t: TestDb;
  beforeEach(async () => {
    t = await createTestDb();
  });
  afterEach(() => t.drop());

  test('each once, after the country list’s own; down takes them away again and up puts them back once', async () => {
    const demonyms = async (code: string) => ((await t.db('countries').where({ code }).first()) as { demonyms: string[] }).demonyms;
    expect(await demonyms('TT')).toEqual(['Trinidadian', 'Tobagonian', 'Trinbagonian']);
    expect(await demonyms('BA')).toEqual(['Bosnian', 'Herzegovinian', 'Bosniak']);
    await demonymAdditions.down(t.db);
    expect(await demonyms('TT')).toEqual(['Trinidadian', 'Tobagonian']);
    await demonymAdditions.up(t.db);
    await demonymAdditions.up(t.db);
    expect(await demonyms('TT')).toEqual(['Trinidadian', 'Tobagonian', 'Trinbagonian']);
  });
});

describe('20261218100000 gives "Congolese" to DR Congo', () => {
  let t: TestDb;
  beforeEach(async () => {
    t = await createTestDb();
  });
  afterEach(() => t.drop());

  test('once, after the country list’s own; the Republic of the Congo keeps its own; down and up again', async () => {
    const demonyms = async (code: string) => ((await t.db('countries').where({ code }).first()) as { demonyms: string[] }).demonyms;
    expect(await demonyms('CD')).toEqual(['Congolese (Kinshasa)', 'DR Congolese', 'Congolese']);
    expect(await demonyms('CG')).toEqual(['Congolese (Brazzaville)']);
    await demonymAdditions3.down(t.db);
    expect(await demonyms('CD')).toEqual(['Congolese (Kinshasa)', 'DR Congolese']);
    await demonymAdditions3.up(t.db);
    await demonymAdditions3.up(t.db);
    expect(await demonyms('CD')).toEqual(['Congolese (Kinshasa)', 'DR Congolese', 'Congolese']);
  });
});

describe('20261210010000 makes the coded subdivisions of places_within places a claim can count', () => {
  let t: TestDb;
  beforeEach(async () => {
    t = await createTestDb();
  });
  afterEach(() => t.drop());

  const place = (code: string) => t.db('countries').where({ code }).first();
  const claimOf = async (country: string) => {
    await t
      .db('metrics')
      .insert({ code: 'foreign_fighters', label: 'Foreign fighters', unit: 'people', definition: 'Who went.' })
      .onConflict()
      .ignore();
    const [actor] = await t
      .db('actors')
      .insert({ kind: 'other', name: `Claimant of ${country}` })
      .returning('id');
    const [claim] = await t
      .db('claims')
      .insert({ metric: 'foreign_fighters', country, approximation: 'exact', value: 4000, value_text: '4,000', claimant_id: actor.id })
      .returning('*');
    return claim as { id: number; country: string };
  };

  test('on a database migrated before it, holding a claim of RU: the claim stays as it was, RU-CE is a subdivision within RU', async () => {
    await subdivisions.down(t.db);
    await t.db('knex_migrations').where({ name: '20261210010000_subdivisions' }).del();
    expect(await place('RU-CE')).toBeUndefined();
    const before = await claimOf('RU');

    await migrate(t.db);

    expect(await t.db('claims').where({ id: before.id }).first()).toEqual(before);
    expect(await place('RU-CE')).toEqual({
      code: 'RU-CE',
      kind: 'subdivision',
      name: 'Chechnya',
      within: 'RU',
      m49: null,
      aliases: ['Chechen Republic'],
      demonyms: ['Chechen'],
      members: [],
      note: null,
    });
    expect(await place('RU')).toMatchObject({ kind: 'country', within: null });
    // one row per coded subdivision of places_within; a city with a code (Berlin, DE-BE) stays a city of its country
    const rows = await t.db('countries').where({ kind: 'subdivision' }).orderBy('code').pluck('code');
    const coded = PLACES_WITHIN.filter((p) => p.kind === 'subdivision' && p.code !== null).map((p) => p.code);
    expect(rows).toEqual([...coded].sort());
    expect(rows).toHaveLength(50);
    expect(await place('DE-BE')).toBeUndefined();
    expect(await t.db('places_within').where({ name: 'Chechnya' }).first()).toMatchObject({ country: 'RU', code: 'RU-CE' });
    // a subdivision is within a country, and only a subdivision is
    await expect(t.db('countries').insert({ code: 'RU-XX', kind: 'subdivision', name: 'Nowhere' })).rejects.toMatchObject({
      code: '23514',
      constraint: 'countries_within_check',
    });
    await expect(t.db('countries').where({ code: 'KZ' }).update({ within: 'RU' })).rejects.toMatchObject({
      code: '23514',
      constraint: 'countries_within_check',
    });
    await expect(t.db('countries').insert({ code: 'RU-XX', kind: 'subdivision', name: 'Nowhere', within: 'XX' })).rejects.toMatchObject({
      code: '23503',
    });
  });

  test('down refuses while a claim counts a subdivision, naming it; once none does it takes them away, and up puts them back', async () => {
    const chechens = await claimOf('RU-CE');
    await expect(subdivisions.down(t.db)).rejects.toThrow(/RU-CE: 1 claims, 0 actors/);
    expect(await place('RU-CE')).toMatchObject({ kind: 'subdivision' });

    await t.db('claims').where({ id: chechens.id }).update({ country: 'RU' });
    await subdivisions.down(t.db);
    expect(await t.db('countries').where({ kind: 'subdivision' }).count('* as n').first()).toEqual({ n: 0 });
    expect(await t.db.schema.hasColumn('countries', 'within')).toBe(false);
    await expect(t.db('countries').insert({ code: 'RU-CE', kind: 'subdivision', name: 'Chechnya' })).rejects.toMatchObject({
      constraint: 'countries_kind_check',
    });
    await subdivisions.up(t.db);
    expect(await place('RU-DA')).toMatchObject({ kind: 'subdivision', within: 'RU', demonyms: ['Dagestani', 'Daghestani'] });
  });
});
