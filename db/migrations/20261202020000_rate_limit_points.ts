import type { Knex } from 'knex';

/**
 * Rate limits shared by every app instance on this database (rate-limiter-flexible's PostgreSQL store, in the
 * layout that library expects). UNLOGGED: a counter lost in a crash is harmless, and skipping the WAL keeps the
 * one write per request cheap.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`CREATE UNLOGGED TABLE rate_limit_points (
    key varchar(255) PRIMARY KEY,
    points integer NOT NULL DEFAULT 0,
    expire bigint
  )`);
  await knex.raw("COMMENT ON TABLE rate_limit_points IS 'Requests counted per client address and per API key in the current window, shared by all app instances; unlogged (emptied by a crash).'");
  await knex.raw("COMMENT ON COLUMN rate_limit_points.key IS 'What is limited: address:<client address> or key:<API key name>.'");
  await knex.raw("COMMENT ON COLUMN rate_limit_points.points IS 'Requests counted in the current window.'");
  await knex.raw("COMMENT ON COLUMN rate_limit_points.expire IS 'When the window ends, in milliseconds since 1970 (UTC); expired rows are deleted by the app.'");
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('rate_limit_points');
}
