import type { Knex } from 'knex';

/**
 * `rows` actors and as many documents (or `documents`) for the name searches' tests: names of words that differ from row
 * to row (md5 digits), each actor with two aliases, each document a title.
 */
export async function insertSearchRows(db: Knex, rows: number, documents = rows): Promise<void> {
  await db.raw(
    `INSERT INTO actors (kind, name, aliases)
     SELECT 'ngo', 'Actor ' || md5(i::text) || ' of ' || (i % 977), ARRAY['AA' || substr(md5((i + 1)::text), 1, 8), 'alias ' || i]
     FROM generate_series(1, ?) AS i`,
    [rows],
  );
  await db.raw(
    `INSERT INTO documents (kind, title, url)
     SELECT 'article', 'Report ' || md5(i::text) || ' number ' || i, 'https://example.org/' || i FROM generate_series(1, ?) AS i`,
    [documents],
  );
}
