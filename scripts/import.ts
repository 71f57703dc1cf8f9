/**
 * npm run import -- FILE [--url http://127.0.0.1:3000] [--key KEY] [--format ndjson|csv] [--reason TEXT]
 *
 * Streams an NDJSON file or a claims CSV (as GET /v1/export/claims?format=csv writes it; a FILE ending in .csv,
 * or --format csv) (or - for stdin) to POST /v1/import of a running server: the same validation, rules
 * and single transaction as the API. --reason is recorded in the revisions of lines that give none. The key defaults to ADMIN_API_KEY, then
 * to the admin key file written at
 * first start in DATA_DIR. Exits 1 and lists every failing line when the import is rejected.
 */
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config';
import { ADMIN_KEY_FILE } from '../src/keys/bootstrap';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { url: { type: 'string' }, key: { type: 'string' }, format: { type: 'string' }, reason: { type: 'string' } },
  });
  const file = positionals[0];
  if (!file) throw new Error('usage: npm run import -- FILE [--url URL] [--key KEY] [--format ndjson|csv] [--reason TEXT]');
  const format = values.format ?? (/\.csv$/i.test(file) ? 'csv' : 'ndjson');
  if (format !== 'csv' && format !== 'ndjson') throw new Error('--format must be ndjson or csv');
  const config = loadConfig();
  const url = new URL('/v1/import', values.url ?? `http://${config.host}:${config.port}`);
  if (values.reason !== undefined) url.searchParams.set('reason', values.reason);
  const keyFile = path.join(config.dataDir, ADMIN_KEY_FILE);
  const key = values.key ?? config.adminApiKey ?? (fs.existsSync(keyFile) ? fs.readFileSync(keyFile, 'utf8').trim() : undefined);
  if (!key) throw new Error(`no API key: pass --key, set ADMIN_API_KEY, or start the server once so that ${keyFile} exists`);

  const input = file === '-' ? process.stdin : fs.createReadStream(file);
  const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = (url.protocol === 'https:' ? https : http).request(
      url,
      {
        method: 'POST',
        headers: { 'Content-Type': format === 'csv' ? 'text/csv' : 'application/x-ndjson', Authorization: `Bearer ${key}` },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c) => {
          text += c;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', (err) => reject(new Error(unreachable(url, err as NodeJS.ErrnoException))));
    input.on('error', reject);
    input.pipe(req);
  });
  let parsed: { detail?: string; errors?: unknown[] };
  try {
    parsed = JSON.parse(body || '{}');
  } catch {
    // Not the ledger's JSON: a proxy's error page, or another program on that port.
    throw new Error(
      `${url.origin} answered ${status} with a body that is not the ledger's JSON (is --url the ledger?): ${body.slice(0, 200)}`,
    );
  }
  if (status === 200) {
    console.log(JSON.stringify(parsed, null, 2));
    return;
  }
  console.error(`import rejected (${status}): ${parsed.detail ?? body}`);
  for (const e of (parsed.errors ?? []) as { line?: number; column?: string; field: string; message: string }[]) {
    console.error(`  line ${e.line ?? '-'} ${e.column ? `column ${e.column}` : e.field}: ${e.message}`);
  }
  process.exitCode = 1;
}

/** What to do when the server cannot be reached or cut the connection, in words, with the URL (without its query). */
function unreachable(url: URL, err: NodeJS.ErrnoException): string {
  const where = url.origin;
  switch (err.code) {
    case 'ECONNREFUSED':
      return `no server answers at ${where} (connection refused): start the ledger first (npm start, in another terminal), or pass --url with its address`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `the host of ${where} is not found (${err.code}): check --url`;
    case 'ECONNRESET':
    case 'EPIPE':
      return `the server at ${where} closed the connection before it answered (${err.code}): whether the import was written, the server's log says`;
    default:
      return `cannot reach the server at ${where}: ${err.message}`;
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
