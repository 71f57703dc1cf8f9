/**
 * The CSV export measured in this process against its baseline: `npx tsx bench/exportProbe.ts [claims]` (default
 * 50,000, the quick run's ledger). Generates the benchmark's ledger, then times three things on the same rows, in two
 * rounds (the first warms the cache for all three): the baseline (a bare COPY TO of EXPORT_COPY_SQL), the export's own
 * COPY statement alone (its query and CLAIM_CSV_SETTINGS, nothing in node but a line counter), and the export as the server streams it
 * (ExportService, CRLF records). Their ratios say how much of the gap is the query and how much node. Uses
 * DATABASE_URL when set, else an embedded PostgreSQL in a temporary folder.
 */
import { pipeline } from 'node:stream/promises';
import { PassThrough } from 'node:stream';
import { Client } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { CLAIM_CSV_SETTINGS, claimCsvCopySql } from '../src/export/claimRows';
import { ExportService } from '../src/export/service';
import type { ClaimFilter } from '../src/claims/claimFilter';
import { countLines, EXPORT_COPY_SQL } from './lib/exportBaseline';
import { probeDatabase } from './lib/probeDatabase';
import { generateLedger, ledgerSize } from './lib/generate';

const seconds = (started: bigint) => Number(process.hrtime.bigint() - started) / 1e9;

async function main(): Promise<void> {
  const claims = Number(process.argv[2] ?? 50_000);
  const { url, db, drop } = await probeDatabase('probe_export');
  const client = new Client({ connectionString: url });
  try {
    await client.connect();
    await generateLedger(client, ledgerSize(claims));
    const filter = {} as ClaimFilter; // every claim, as GET /v1/export/claims?format=csv
    const timed = async (what: string, run: () => Promise<{ lines: number }>) => {
      const started = process.hrtime.bigint();
      const { lines } = await run();
      const s = seconds(started);
      return { what, rows: lines - 1, seconds: Number(s.toFixed(2)), rowsPerSecond: Math.round((lines - 1) / s) };
    };
    const copy =
      (sql: string, settings: Record<string, string> = {}) =>
      async () => {
        for (const [name, value] of Object.entries(settings)) await client.query('SELECT set_config($1, $2, false)', [name, value]);
        try {
          return await countLines(client.query(copyTo(sql)));
        } finally {
          await client.query('RESET ALL');
        }
      };
    // Two rounds: the first warms PostgreSQL's cache for all three alike; both are printed.
    for (let round = 1; round <= 2; round++) {
      const results = [
        await timed('COPY TO (baseline)', copy(`COPY (${EXPORT_COPY_SQL}) TO STDOUT WITH (FORMAT csv, HEADER)`)),
        await timed('export query alone', copy(claimCsvCopySql(db, filter), CLAIM_CSV_SETTINGS)),
        await timed('export through node', async () => {
          const [rows, encode] = await new ExportService(db, 1000).claims(filter, 'csv');
          const out = new PassThrough();
          const counted = countLines(out);
          await pipeline(rows, encode, out);
          return counted;
        }),
      ];
      for (const r of results)
        console.log(JSON.stringify({ round, ...r, ratio: Number((r.rowsPerSecond / results[0].rowsPerSecond).toFixed(2)) }));
    }
  } finally {
    await client.end();
    await drop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
