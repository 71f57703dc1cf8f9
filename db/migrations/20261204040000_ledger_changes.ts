import type { Knex } from 'knex';

/**
 * Which transactions changed the ledger: one row per writing transaction (its id), added by a statement trigger on
 * every table the views and pages read. A cached view records the snapshot it was computed after; it is still
 * current while no transaction visible now was invisible then (src/db/ledgerCache.ts). Rows are inserted, never
 * updated, so writers never wait on each other here; a bulk import adds one row, not one per claim.
 */
export const LEDGER_TABLES = ['claims', 'claim_sources', 'claim_relations', 'revisions', 'documents', 'actors', 'actor_affiliations', 'countries', 'metrics', 'groups'] as const;

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`CREATE TABLE ledger_changes (xid xid8 PRIMARY KEY, at timestamptz NOT NULL DEFAULT now())`);
  await knex.raw(`
    CREATE FUNCTION ledger_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO ledger_changes (xid) VALUES (pg_current_xact_id()) ON CONFLICT DO NOTHING;
      RETURN NULL;
    END $$`);
  for (const table of LEDGER_TABLES) {
    await knex.raw(`CREATE TRIGGER ${table}_ledger_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION ledger_changed()`);
  }
}

export async function down(knex: Knex): Promise<void> {
  for (const table of LEDGER_TABLES) await knex.raw(`DROP TRIGGER IF EXISTS ${table}_ledger_changed ON ${table}`);
  await knex.raw('DROP FUNCTION IF EXISTS ledger_changed()');
  await knex.raw('DROP TABLE IF EXISTS ledger_changes');
}
