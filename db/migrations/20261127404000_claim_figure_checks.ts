import type { Knex } from 'knex';

/**
 * The API refuses negative figures (schemas/claim.json); the database now does too, so a bulk load or a script
 * that bypasses the service cannot store a negative count. A trigger rather than a CHECK: it refuses a negative
 * figure only when it is written (a new row, or a figure changed), so a ledger that stored negative figures
 * before the API refused them still migrates, and those claims can still be retracted, superseded or re-quoted.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE FUNCTION claims_refuse_negative_figures() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.value < 0 AND (TG_OP = 'INSERT' OR NEW.value IS DISTINCT FROM OLD.value) THEN
        RAISE EXCEPTION 'value must not be negative' USING ERRCODE = 'check_violation', CONSTRAINT = 'claims_figures_not_negative', COLUMN = 'value';
      ELSIF NEW.value_low < 0 AND (TG_OP = 'INSERT' OR NEW.value_low IS DISTINCT FROM OLD.value_low) THEN
        RAISE EXCEPTION 'value_low must not be negative' USING ERRCODE = 'check_violation', CONSTRAINT = 'claims_figures_not_negative', COLUMN = 'value_low';
      ELSIF NEW.value_high < 0 AND (TG_OP = 'INSERT' OR NEW.value_high IS DISTINCT FROM OLD.value_high) THEN
        RAISE EXCEPTION 'value_high must not be negative' USING ERRCODE = 'check_violation', CONSTRAINT = 'claims_figures_not_negative', COLUMN = 'value_high';
      END IF;
      RETURN NEW;
    END $$`);
  await knex.raw("COMMENT ON FUNCTION claims_refuse_negative_figures() IS 'Refuses a negative value, value_low or value_high when it is written; figures stored before stay as recorded.'");
  await knex.raw(`CREATE TRIGGER claims_figures_not_negative BEFORE INSERT OR UPDATE OF value, value_low, value_high ON claims
    FOR EACH ROW EXECUTE FUNCTION claims_refuse_negative_figures()`);
  await knex.raw("COMMENT ON TRIGGER claims_figures_not_negative ON claims IS 'Counts of people are never negative: a written value, value_low or value_high is 0 or more.'");
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP TRIGGER claims_figures_not_negative ON claims');
  await knex.raw('DROP FUNCTION claims_refuse_negative_figures()');
}
