import type { Knex } from 'knex';

/**
 * 20261127404000_claim_figure_checks was edited after it landed (CHECK → NOT VALID CHECK → trigger), so a
 * database migrated in between holds a CHECK constraint named claims_figures_not_negative and no trigger. This
 * brings any of those states to the current one: the CHECK goes (it refused every update of an old row holding a
 * negative figure) and the trigger is there. On a database already current it changes nothing.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw('ALTER TABLE claims DROP CONSTRAINT IF EXISTS claims_figures_not_negative');
  await knex.raw(`
    CREATE OR REPLACE FUNCTION claims_refuse_negative_figures() RETURNS trigger LANGUAGE plpgsql AS $$
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
  await knex.raw('DROP TRIGGER IF EXISTS claims_figures_not_negative ON claims');
  await knex.raw(`CREATE TRIGGER claims_figures_not_negative BEFORE INSERT OR UPDATE OF value, value_low, value_high ON claims
    FOR EACH ROW EXECUTE FUNCTION claims_refuse_negative_figures()`);
  await knex.raw("COMMENT ON TRIGGER claims_figures_not_negative ON claims IS 'Counts of people are never negative: a written value, value_low or value_high is 0 or more.'");
}

/** Nothing to undo: the state it leaves is the one 20261127404000 gives today. */
export async function down(): Promise<void> {}
