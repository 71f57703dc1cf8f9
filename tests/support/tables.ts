import type { Db } from '../../src/db/knex';

/** Row count and checksum of every table: equal snapshots mean nothing was written. */
export async function tableChecksums(db: Db): Promise<Record<string, string>> {
  // rate_limit_points counts requests, which is its purpose: it is no ledger data a request could corrupt.
  const { rows } = await db.raw(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'rate_limit_points' ORDER BY tablename`,
  );
  const out: Record<string, string> = {};
  for (const { tablename } of rows as { tablename: string }[]) {
    const {
      rows: [r],
    } = await db.raw(`SELECT count(*) AS n, coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS sum FROM ?? t`, [tablename]);
    out[tablename] = `${r.n}:${r.sum}`;
  }
  return out;
}
