/**
 * An extraction reads the groups, the places within countries and the metrics it reads a text with as one snapshot:
 * a write that moves a word from a group to a place, committed while the extraction reads them, is seen whole or not at
 * all. They had been three queries on three connections: the one that met the write's lock read after its COMMIT, the
 * others before, and the word was both a group's alias and a place's name in the same reading.
 */
import { Client } from 'pg';
import { ExtractPool } from '../../src/extract/pool';
import type { ReadingInput } from '../../src/extract/read';
import { ExtractService } from '../../src/extract/service';
import { PlaceIndex, VocabularyStore } from '../../src/vocab/store';
import { createTestDb, type TestDb } from '../support/db';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb({ seed: true });
});
afterAll(() => t.drop());

/** The pool as the server's, reading in the request's thread (no worker bundle), keeping what each reading was given. */
class KeptInputs extends ExtractPool {
  readonly inputs: ReadingInput[] = [];
  constructor() {
    super(null);
  }
  override read(input: ReadingInput) {
    this.inputs.push(input);
    return super.read(input);
  }
}

async function waitFor<T>(probe: () => Promise<T | undefined>, what: string): Promise<T> {
  for (let i = 0; i < 400; i++) {
    const found = await probe();
    if (found !== undefined) return found;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`waited 10 s for ${what}`);
}

test('a word moved from a group to a place while an extraction reads the vocabularies is in one of them, never both', async () => {
  const pool = new KeptInputs();
  const extract = new ExtractService(t.db, await PlaceIndex.load(t.db), new VocabularyStore(t.db), pool);
  await t.db('groups').insert({ slug: 'moved-word', name: 'Moved Word Brigade', aliases: ['Zarqand'] });

  const writer = new Client({ connectionString: t.url });
  await writer.connect();
  try {
    // The write holds places_within until its COMMIT, so a read of it waits; the groups are read meanwhile.
    await writer.query('BEGIN');
    await writer.query('LOCK TABLE places_within IN ACCESS EXCLUSIVE MODE');
    const reading = extract.extract({ text: 'Officials said 40 fighters of Zarqand returned from Syria.' });
    await waitFor(async () => {
      // (pg_locks, not pg_stat_activity: a statement waiting for a lock as it is parsed still shows the one before it)
      const { rows } = await writer.query(`SELECT 1 FROM pg_locks WHERE relation = 'places_within'::regclass AND NOT granted`);
      return rows.length > 0 ? true : undefined;
    }, 'the extraction to wait for the lock on places_within');
    // (time for any read of the vocabularies that does not wait for the lock to end)
    await new Promise((r) => setTimeout(r, 500));
    await writer.query(`UPDATE groups SET aliases = '{}' WHERE slug = 'moved-word'`);
    await writer.query(`INSERT INTO places_within (name, country, kind, aliases, demonyms) VALUES ('Zarqand', 'KZ', 'city', '{}', '{}')`);
    await writer.query('COMMIT');
    await reading;
  } finally {
    await writer.query('ROLLBACK').catch(() => undefined);
    await writer.end();
  }

  const [input] = pool.inputs;
  const inGroups = input.groups.some((g) => g.aliases.includes('Zarqand'));
  const inPlaces = input.within.some((p) => p.name === 'Zarqand');
  // (after the write: the one statement waited for its lock, then read every table as committed)
  expect({ inGroups, inPlaces }).toEqual({ inGroups: false, inPlaces: true });
  // the vocabularies as before: every group, place within and metric, in their order
  expect(input.groups.map((g) => g.slug)).toEqual((await t.db('groups').select('slug').orderBy('slug')).map((g) => g.slug));
  expect(input.metrics).toEqual(await t.db('metrics').select('code', 'label').orderBy('code'));
  expect(input.within).toEqual(await t.db('places_within').select('name', 'country', 'code', 'aliases', 'demonyms').orderBy('name'));
});
