import type { Knex } from 'knex';

/**
 * Writes claim fields as a ledger could hold them from before the database refused negative figures (migration
 * 20261127404000): the trigger that refuses them is off for this one update.
 */
export async function storeAsBefore(db: Knex, claimId: number, fields: Record<string, unknown>): Promise<void> {
  await db.transaction(async (trx) => {
    await trx.raw('ALTER TABLE claims DISABLE TRIGGER claims_figures_not_negative');
    await trx('claims').where({ id: claimId }).update(fields);
    await trx.raw('ALTER TABLE claims ENABLE TRIGGER claims_figures_not_negative');
  });
}
