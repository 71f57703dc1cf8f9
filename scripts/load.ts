/**
 * npm run load [-- --url http://host:port --key KEY --connections 100 --duration 30]
 *
 * Holds N connections for D seconds of mixed reads and writes (scripts/loadMix.ts) with autocannon and reports
 * errors (must be 0) and latency percentiles. Without --url it starts its own server on an empty data folder,
 * on loopback, and stops it afterwards. Exits 1 when any request failed or answered non-2xx.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { nextRequest, Seed, summarize } from './loadMix';
import { ServerProcess, startServer } from './serverProcess';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      url: { type: 'string' },
      key: { type: 'string' },
      connections: { type: 'string', default: '100' },
      duration: { type: 'string', default: '30' },
    },
  });
  let server: ServerProcess | undefined;
  let dataDir: string | undefined;
  let url = values.url;
  let key = values.key;
  if (!url) {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'claims-ledger-load-'));
    fs.chmodSync(dataDir, 0o755);
    key = crypto.randomBytes(24).toString('base64url');
    console.log(`starting a server on ${dataDir} …`);
    server = await startServer(dataDir, { ADMIN_API_KEY: key });
    url = server.url;
  }
  if (!key) throw new Error('--key is needed with --url (an editor or admin key)');
  const auth = { Authorization: `Bearer ${key}` };
  try {
    const claims = (await (await fetch(`${url}/v1/claims?limit=50`, { headers: auth })).json()) as {
      data: { id: number; claimant: { id: number }; sources: { document: { id: number }; quote: string }[] }[];
    };
    if (claims.data.length === 0) throw new Error('the server has no claims to read and copy');
    const first = claims.data[0];
    const seed: Seed = {
      claimIds: claims.data.map((c) => c.id),
      claimantId: first.claimant.id,
      documentId: first.sources[0].document.id,
      quote: first.sources[0].quote,
    };

    let n = 0;
    const result = await autocannon({
      url,
      connections: Number(values.connections),
      duration: Number(values.duration),
      headers: auth,
      requests: [
        {
          setupRequest: (req) => {
            const next = nextRequest(seed, Math.random, n++);
            return { ...req, method: next.method, path: next.path, headers: { ...auth, ...next.headers }, body: next.body };
          },
        },
      ],
    });
    const summary = summarize(result);
    console.log(JSON.stringify({ url, connections: Number(values.connections), duration_s: Number(values.duration), ...summary }, null, 2));
    console.log(
      `errors: ${summary.errors + summary.timeouts + summary.non2xx} · p50 ${summary.latency.p50} ms · p90 ${summary.latency.p90} ms · p99 ${summary.latency.p99} ms · ${Math.round(summary.throughput)} req/s`,
    );
    process.exitCode = summary.errors + summary.timeouts + summary.non2xx === 0 ? 0 : 1;
  } finally {
    if (server) {
      server.child.kill('SIGTERM');
      await server.exited;
      fs.rmSync(dataDir!, { recursive: true, force: true });
    }
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
