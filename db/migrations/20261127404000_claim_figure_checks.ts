import type { Knex } from 'knex';

/**
 * The API refuses negative figures (schemas/claim.json); the database now does too, so a bulk load or a script
 * that bypasses the service cannot store a negative count. NOT VALID: every new or changed row is checked, but a
 * ledger that stored negative figures before the API refused them still migrates (those rows stay as recorded).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw('ALTER TABLE claims ADD CONSTRAINT claims_figures_not_negative CHECK (value >= 0 AND value_low >= 0 AND value_high >= 0) NOT VALID');
  await knex.raw("COMMENT ON CONSTRAINT claims_figures_not_negative ON claims IS 'Counts of people are never negative: value, value_low and value_high are 0 or more when given.'");
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('ALTER TABLE claims DROP CONSTRAINT claims_figures_not_negative');
}
