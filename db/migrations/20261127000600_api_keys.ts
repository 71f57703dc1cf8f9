import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('api_keys', (t) => {
    t.comment('API keys, stored hashed: the secret is shown once, when the key is created.');
    t.bigIncrements('id').comment('Key id.');
    t.text('name').notNullable().unique().comment('Who or what holds the key; recorded as the author of revisions.');
    t.text('role').notNullable().comment('reader | editor | admin');
    t.text('key_hash').notNullable().unique().comment('SHA-256 of the secret, hex.');
    t.text('key_prefix').notNullable().comment('First characters of the secret, to recognise it.');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now()).comment('When the key was created.');
    t.timestamp('revoked_at', { useTz: true }).comment('When the key was revoked; revoked keys fail at once.');
  });
  await knex.raw(`ALTER TABLE api_keys ADD CONSTRAINT api_keys_role_check CHECK (role IN ('reader', 'editor', 'admin'))`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('api_keys');
}
