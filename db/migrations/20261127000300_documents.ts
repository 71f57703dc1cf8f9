import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('documents', (t) => {
    t.comment('Articles, reports, videos, statements that report claims.');
    t.bigIncrements('id').comment('Document id.');
    t.text('kind').notNullable().defaultTo('article').comment('article | report | blog_post | video | statement | dataset | other');
    t.text('title').notNullable().comment('Title as published.');
    t.text('url').comment('Where it can be read.');
    t.text('container_title').comment('The blog, journal or series it appeared in.');
    t.bigInteger('publisher_id').references('id').inTable('actors').comment('The actor that published it.');
    t.specificType('authors', 'text[]').notNullable().defaultTo('{}').comment('Authors, as bylined.');
    t.date('published_on').comment('Publication date (first day of its precision); null when unknown.');
    t.text('published_precision').comment('year | month | day; null when unknown.');
    t.text('language').comment('BCP 47 language tag of the document.');
    t.timestamp('retrieved_at', { useTz: true }).comment('When the document was retrieved.');
    t.text('text').comment('Full text, when stored: quotes are then verified against it.');
    t.text('text_sha256').comment('SHA-256 of the stored text, hex.');
    t.text('notes').comment('Editor notes.');
    t.integer('version').notNullable().defaultTo(1).comment('Incremented on every change; drives ETags.');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now()).comment('When the document was recorded.');
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now()).comment('When the document last changed.');
  });
  await knex.raw(`ALTER TABLE documents ADD CONSTRAINT documents_precision_check CHECK ((published_on IS NULL AND published_precision IS NULL) OR published_precision IN ('year', 'month', 'day'))`);
  await knex.raw('CREATE INDEX documents_publisher_idx ON documents (publisher_id)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('documents');
}
