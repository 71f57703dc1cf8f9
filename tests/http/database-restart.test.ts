import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import type { Db } from '../../src/db/knex';
import { createTestApp, listen, Listening, TestApp } from '../support/app';
import { FaultProxy, poolThroughProxy, terminateLedgerBackends } from '../support/faultProxy';
import { seedClaimBody } from '../support/seedClaim';

/*
 * The database goes away and comes back (a restart, a failover, a maintenance window): while it is down, requests in
 * flight and new ones (lists, pages, a claim being created, a streaming export) are answered with a clean problem (503
 * with Retry-After; an export whose answer had begun breaks off, never ends as if complete), never a 500, a stack
 * trace or a hang; /ready says not ready; and once it is back the ledger serves again by itself, on new connections.
 * The ledger reaches PostgreSQL through a proxy that a test stops (its connections terminated by PostgreSQL, as a
 * shutdown does, then closed; new ones refused) and starts again on the same port.
 */
jest.setTimeout(120_000);

let t: TestApp;
let proxy: FaultProxy;
let db: Db;
let server: Listening;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
  // Enough rows that a CSV export streams for a while (~30 MB).
  await t.db.raw(`
    INSERT INTO claims (metric, country, location, approximation, value, value_text, claimant_id, notes)
    SELECT metric, country, location, approximation, value, value_text, claimant_id, repeat('n', 10000) FROM claims, generate_series(1, 3000) WHERE id = 1`);
  await t.db.raw(
    `INSERT INTO claim_sources (claim_id, document_id, quote, position) SELECT id, 1, 'Kazakhstan', 0 FROM claims WHERE id > 6`,
  );
  ({ proxy, db } = await poolThroughProxy(t.url));
  const config = loadConfig({ NODE_ENV: 'test' });
  server = await listen(await createApp({ db, config }));
});
afterAll(async () => {
  await server.close();
  await db.destroy();
  await proxy.close();
  await t.drop();
});

interface Answer {
  what: string;
  status: number;
  type: string;
  retryAfter: string | null;
  body: string;
  /** The body stopped before its end (a stream broken off). */
  broken?: boolean;
  /** From the request to the end of the answer. */
  ms: number;
}

async function ask(what: string, path: string, init: RequestInit = {}): Promise<Answer> {
  const started = Date.now();
  const res = await fetch(server.base + path, { ...init, signal: AbortSignal.timeout(30_000) });
  let body = '';
  let broken = false;
  try {
    body = await res.text();
  } catch {
    broken = true;
  }
  return {
    what,
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    retryAfter: res.headers.get('retry-after'),
    body,
    broken,
    ms: Date.now() - started,
  };
}

const createClaim = (what: string) =>
  ask(what, '/v1/claims', {
    method: 'POST',
    headers: { ...t.as.editor, 'Content-Type': 'application/json' },
    body: JSON.stringify(seedClaimBody({ notes: what })),
  });

const READS: [string, string][] = [
  ['list', '/v1/claims?country=KZ&limit=50'],
  ['claim', '/v1/claims/1'],
  ['page', '/claims/1'],
  ['search page', '/?q=fighters'],
  ['compare', '/v1/compare/sources?country=KZ&metric=foreign_fighters'],
];

/** A clean refusal of a database that is down: a 503 problem (or page) with Retry-After, saying nothing of the internals. */
function expectCleanRefusal(a: Answer): void {
  const page = a.what.includes('page');
  expect({ what: a.what, status: a.status, type: a.type, retryAfter: a.retryAfter }).toEqual({
    what: a.what,
    status: 503,
    type: expect.stringMatching(page ? /^text\/html/ : /^application\/problem\+json/),
    retryAfter: expect.stringMatching(/^\d+$/),
  });
  expect(a.body).not.toMatch(/\bat \w+ \(|SELECT|ECONN|terminating connection|node_modules/);
}

test('stopped under requests in flight (lists, pages, a create, an export): clean 503s, not ready; started again: it serves by itself', async () => {
  for (const [what, path] of READS) expect(await ask(what, path)).toMatchObject({ what, status: 200 });
  expect((await ask('ready', '/ready')).status).toBe(200);

  // In flight when the database stops: an export streaming, reads in a loop, and claims being created.
  const exported = ask('export', '/v1/export/claims?format=csv');
  let stopping = false;
  const during: Answer[] = [];
  const readers = READS.map(async ([what, path]) => {
    while (!stopping) during.push(await ask(what, path));
  });
  const writers = [0, 1].map(async (n) => {
    for (let i = 0; !stopping; i++) during.push(await createClaim(`create ${n}.${i}`));
  });
  await new Promise((resolve) => setTimeout(resolve, 300));
  await terminateLedgerBackends(t.url);
  await proxy.stop();
  await new Promise((resolve) => setTimeout(resolve, 500));
  stopping = true;
  await Promise.all([...readers, ...writers]);

  // The export either ended whole before the stop, or broke off: never a complete-looking answer cut short.
  const exportAnswer = await exported;
  if (exportAnswer.status === 200 && !exportAnswer.broken) expect(exportAnswer.body.trimEnd().split('\n').length).toBeGreaterThan(3000);
  else if (exportAnswer.status !== 200) expectCleanRefusal(exportAnswer);
  for (const a of during) if (a.status !== 200 && a.status !== 201) expectCleanRefusal(a);

  // Down: every request is refused cleanly and quickly, and the ledger says it is not ready.
  const down = [
    ...(await Promise.all(READS.map(([what, path]) => ask(what, path)))),
    await createClaim('create while down'),
    await ask('idempotent create', '/v1/claims', {
      method: 'POST',
      headers: { ...t.as.editor, 'Content-Type': 'application/json', 'Idempotency-Key': 'while-down' },
      body: JSON.stringify(seedClaimBody({ notes: 'create while down' })),
    }),
    await ask('import', '/v1/import', {
      method: 'POST',
      headers: { ...t.as.editor, 'Content-Type': 'application/x-ndjson' },
      body: `${JSON.stringify(seedClaimBody({ notes: 'create while down' }))}\n`,
    }),
    await ask('workspace page', '/workspace', { headers: { Cookie: `cl_session=${'a'.repeat(43)}` }, redirect: 'manual' }),
    await ask('xlsx export', '/v1/export/claims?format=xlsx'),
    await ask('data package', '/v1/export/datapackage'),
    await ask('citation', '/v1/claims/1/citation?format=bibtex'),
    await ask('history', '/v1/claims/1/history'),
    await ask('actors', '/v1/actors?q=Abykaev'),
    await ask('export', '/v1/export/claims?format=csv'),
    await ask('health', '/health'),
    await ask('ready', '/ready'),
  ];
  for (const a of down) expectCleanRefusal(a);
  // Refused connections are answered at once, not after the wait for a connection (DB_ACQUIRE_TIMEOUT_MS, 5 s).
  expect(down.filter((a) => a.ms > 4000)).toEqual([]);
  expect(JSON.parse(down.find((a) => a.what === 'ready')!.body).detail).toMatch(/not reachable/);
  expect(await t.db('claims').where({ notes: 'create while down' }).first()).toBeUndefined();

  // Back: without a restart of the ledger, every request is answered again.
  await proxy.start();
  let ready = 0;
  for (let tries = 0; tries < 100 && ready !== 200; tries++) {
    ready = (await ask('ready', '/ready')).status;
    if (ready !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(ready).toBe(200);
  for (const [what, path] of READS) expect(await ask(what, path)).toMatchObject({ what, status: 200 });
  expect(await createClaim('create after the restart')).toMatchObject({ status: 201 });
  const after = await ask('export', '/v1/export/claims?format=csv');
  expect({ status: after.status, broken: after.broken }).toEqual({ status: 200, broken: false });
  expect(after.body).toContain('create after the restart');
});
