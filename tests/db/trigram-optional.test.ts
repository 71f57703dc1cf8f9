import crypto from 'node:crypto';
import { dropDatabase } from '../../src/db/dropDatabase';
import { createDb, Db } from '../../src/db/knex';
import { down, up } from '../../db/migrations/20261215020000_name_search_trigrams';
import { admin } from '../support/db';

/*
 * The name-search migration on a PostgreSQL that will not give the ledger pg_trgm (a managed service without it, a role
 * without CREATE on the database): the migration still runs — the search function is made, the trigram indexes are
 * left out and the search keeps its plan without them — instead of stopping the ledger's start. With the extension, the
 * indexes are made. Each case in a database of its own (from template0: no pg_trgm) with only the two tables the
 * migration indexes. The extension is made to fail by a function of its own name already there, which needs no role
 * the test run may not create (the external-database run connects without CREATEROLE).
 */
const made: string[] = [];

/** A database from template0 holding actors and documents. */
async function bareDatabase(): Promise<Db> {
  const name = `trgm_${crypto.randomBytes(5).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE template0`));
  made.push(name);
  const url = new URL(process.env.TEST_PG_ADMIN_URL!);
  url.pathname = `/${name}`;
  const db = createDb(url.toString());
  await db.raw('CREATE TABLE actors (name text NOT NULL, aliases text[] NOT NULL)');
  await db.raw('CREATE TABLE documents (title text NOT NULL)');
  return db;
}

async function state(db: Db): Promise<{ extension: boolean; indexes: string[]; fn: boolean }> {
  const ext = await db.raw(`SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'`);
  const idx = await db.raw(`SELECT indexname FROM pg_indexes WHERE indexname LIKE '%trgm%' ORDER BY 1`);
  const fn = await db.raw(`SELECT 1 FROM pg_proc WHERE proname = 'actor_search_text'`);
  return { extension: ext.rows.length > 0, indexes: idx.rows.map((r: { indexname: string }) => r.indexname), fn: fn.rows.length > 0 };
}

afterAll(async () => {
  await admin(async (c) => {
    for (const name of made) await dropDatabase(c, name);
  });
});

test('where pg_trgm cannot be created, the migration runs and leaves the trigram indexes out', async () => {
  const db = await bareDatabase();
  try {
    // pg_trgm's script creates show_trgm(text): one already there makes CREATE EXTENSION fail, as a refusal would.
    await db.raw(`CREATE FUNCTION show_trgm(text) RETURNS text[] LANGUAGE sql AS $$ SELECT ARRAY[$1] $$`);
    await db.transaction((trx) => up(trx));
    expect(await state(db)).toEqual({ extension: false, indexes: [], fn: true });
    // And the search's expression works without them.
    await db.raw(`INSERT INTO actors VALUES ('Nurtai Abykaev', ARRAY['KNB chairman'])`);
    const found = await db.raw(`SELECT name FROM actors WHERE actor_search_text(name, aliases) LIKE '%chairman%'`);
    expect(found.rows).toEqual([{ name: 'Nurtai Abykaev' }]);
    await db.transaction((trx) => down(trx));
    expect((await state(db)).fn).toBe(false);
  } finally {
    await db.destroy();
  }
});

test('with pg_trgm at hand, the migration makes both trigram indexes', async () => {
  const db = await bareDatabase();
  try {
    await db.transaction((trx) => up(trx));
    expect(await state(db)).toEqual({
      extension: true,
      indexes: ['actors_search_trgm_idx', 'documents_title_trgm_idx'],
      fn: true,
    });
  } finally {
    await db.destroy();
  }
});
