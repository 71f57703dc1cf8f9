/**
 * Migration 20261216010000 adds the extraction README's metrics the seed lacked, to a fresh ledger and to one migrated
 * before it, leaving a metric already held (the seed's, an editor's) as it was.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadSeed } from '../../seeds/load';
import { ADDED_METRICS } from '../../db/migrations/20261216010000_metric_additions';
import * as metricAdditions from '../../db/migrations/20261216010000_metric_additions';
import { migrate } from '../../src/db/knex';
import { createTestDb, TestDb } from '../support/db';

/** The codes of the README's metric vocabulary, as its table lists them. */
const README_CODES = [
  'foreign_fighters',
  'foreign_fighters_and_family_members',
  'members',
  'members_and_family_members',
  'family_members',
  'women',
  'children',
  'women_and_children',
  'returnees',
  'killed',
  'deaths',
  'victims_killed',
  'victims_injured',
  'arrested',
  'charged',
  'convicted',
  'sentenced_to_death',
  'awaiting_trial',
  'transferred',
  'wanted',
  'arrest_warrants',
  'under_investigation',
  'classified_threat',
  'released_under_restrictions',
  'still_in_conflict_zone',
  'in_camps',
  'awaiting_repatriation',
  'active_fighters',
  'recruits_identified',
  'barred_from_returning',
  'prevented_from_travelling',
];
const SEED = JSON.parse(fs.readFileSync(path.join(__dirname, '../../seeds/ledger.json'), 'utf8')) as {
  metrics: { code: string; label: string; definition: string }[];
};

let t: TestDb;
beforeEach(async () => {
  t = await createTestDb();
});
afterEach(() => t.drop());

const metrics = async () =>
  Object.fromEntries(
    ((await t.db('metrics').select('code', 'label', 'unit', 'definition')) as { code: string; label: string }[]).map((m) => [m.code, m]),
  );

test("a fresh ledger holds, with the seed loaded, every metric of the README and the seed, the seed's as the seed writes them", async () => {
  expect(Object.keys(await metrics()).sort()).toEqual(ADDED_METRICS.map((m) => m.code).sort());
  await loadSeed(t.db);
  const held = await metrics();
  for (const code of [...README_CODES, ...SEED.metrics.map((m) => m.code)]) expect(held[code]).toBeDefined();
  expect(Object.keys(held)).toHaveLength(33);
  for (const m of SEED.metrics) expect(held[m.code]).toMatchObject({ label: m.label, definition: m.definition });
  expect(held.in_camps).toEqual({ code: 'in_camps', label: 'In camps', unit: 'people', definition: 'People held or living in camps.' });
});

test('a ledger migrated before it, holding the seed, claims and an editor\'s own "wanted", gets the others and keeps its own', async () => {
  await metricAdditions.down(t.db);
  await t.db('knex_migrations').where({ name: '20261216010000_metric_additions' }).del();
  expect(await metrics()).toEqual({});
  await loadSeed(t.db);
  await t.db('metrics').insert({ code: 'wanted', label: 'Wanted persons', unit: 'people', definition: "An editor's own." });
  const claimsBefore = await t.db('claims').orderBy('id').select('id', 'metric');
  expect(claimsBefore.length).toBeGreaterThan(0);

  await migrate(t.db);

  const held = await metrics();
  expect(Object.keys(held)).toHaveLength(33);
  for (const code of README_CODES) expect(held[code]).toBeDefined();
  expect(held.wanted).toMatchObject({ label: 'Wanted persons', definition: "An editor's own." });
  expect(held.detained).toMatchObject({ label: 'Detained abroad' });
  expect(await t.db('claims').orderBy('id').select('id', 'metric')).toEqual(claimsBefore);
  // run again (a second instance migrating at once), it changes nothing
  await metricAdditions.up(t.db);
  expect(await metrics()).toEqual(held);
});

test('undone, it removes the metrics it added that no claim counts', async () => {
  await loadSeed(t.db);
  const [actor] = await t.db('actors').select('id').limit(1);
  await t
    .db('claims')
    .insert({ metric: 'arrested', country: 'KZ', approximation: 'exact', value: 14, value_text: '14', claimant_id: actor.id });
  await metricAdditions.down(t.db);
  const held = Object.keys(await metrics()).sort();
  expect(held).toEqual([...SEED.metrics.map((m) => m.code), 'arrested'].sort());
});
