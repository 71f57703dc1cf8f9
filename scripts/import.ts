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
    req.on('error', reject);
    input.on('error', reject);
    input.pipe(req);
  });
  const parsed = JSON.parse(body || '{}');
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

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
