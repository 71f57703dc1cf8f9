import type { Knex } from 'knex';

/**
 * The rate limits' rows now count leases (src/http/leasedLimiter.ts): an instance adds requests to a client's
 * count before it spends them from memory, so `points` is what every instance has taken, spent or not. Only the
 * comments change.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(
    "COMMENT ON COLUMN rate_limit_points.points IS 'Requests leased by all app instances in the current window (each instance spends its leases from memory); refused beyond the allowance.'",
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw("COMMENT ON COLUMN rate_limit_points.points IS 'Requests counted in the current window.'");
}
