import type { Knex } from 'knex';

/*
 * The workspace asks, before an editor adds a pasted article as a new document, which documents already hold that URL
 * or that very text (by its SHA-256): each question was a scan of the whole documents table. A hash index serves the
 * URL's equality without btree's limit on an entry's size (a URL may be long); the SHA-256 is short, a btree.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw('CREATE INDEX IF NOT EXISTS documents_url_hash_idx ON documents USING hash (url)');
  await knex.raw('CREATE INDEX IF NOT EXISTS documents_text_sha256_idx ON documents (text_sha256)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP INDEX IF EXISTS documents_text_sha256_idx');
  await knex.raw('DROP INDEX IF EXISTS documents_url_hash_idx');
}
