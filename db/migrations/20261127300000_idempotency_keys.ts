import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('idempotency_keys', (t) => {
    t.comment('Responses to POST requests sent with an Idempotency-Key, replayed when the same key is sent again; kept 24 hours.');
    t.text('principal').notNullable().comment('Name of the API key that sent the request: keys are scoped per API key.');
    t.text('key').notNullable().comment('The Idempotency-Key header as sent.');
    t.text('method').notNullable().comment('HTTP method of the first request.');
    t.text('path').notNullable().comment('Path and query of the first request.');
    t.text('request_hash').notNullable().comment('SHA-256 of method, path and body: the same key with another body is refused.');
    t.integer('status').comment('Status of the stored response; null while the first request is still running.');
    t.jsonb('headers').comment('Response headers worth replaying (Content-Type, Location, ETag).');
    t.text('body').comment('Response body as sent.');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now()).comment('When the first request arrived; rows expire 24 hours later.');
    t.primary(['principal', 'key']);
  });
  await knex.raw('CREATE INDEX idempotency_keys_created_at_idx ON idempotency_keys (created_at)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('idempotency_keys');
}
