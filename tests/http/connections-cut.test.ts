import { servedApp } from '../support/app';
import { terminateLedgerBackends } from '../support/faultProxy';

/*
 * The database's connections terminated under the ledger (pg_terminate_backend, as a failover, an administrator or
 * an idle-connection reaper does): requests then in flight may fail cleanly (503 problem, never a 500 or a hang),
 * and the requests after them are answered, without restarting the ledger.
 */
const served = servedApp();

const paths = ['/v1/claims?country=KZ', '/v1/claims/1', '/claims/1', '/v1/compare/sources?country=KZ&metric=foreign_fighters', '/health'];

async function get(path: string): Promise<{ path: string; status: number; type: string }> {
  const res = await fetch(served.server.base + path, { signal: AbortSignal.timeout(20_000) });
  await res.arrayBuffer();
  return { path, status: res.status, type: res.headers.get('content-type') ?? '' };
}

test('idle connections terminated: the next requests are answered, none of them an error', async () => {
  for (const path of paths) expect(await get(path)).toMatchObject({ path, status: 200 });
  expect(await terminateLedgerBackends(served.t.url)).toBeGreaterThan(0);
  await new Promise((resolve) => setTimeout(resolve, 200));
  for (const path of paths) expect(await get(path)).toMatchObject({ path, status: 200 });
});

test('connections terminated under load: failures are 503 problems, and the ledger recovers by itself', async () => {
  let stop = false;
  const answers: { path: string; status: number; type: string }[] = [];
  const client = async (n: number) => {
    for (let i = 0; !stop; i++) answers.push(await get(paths[(n + i) % paths.length]));
  };
  const clients = Array.from({ length: 8 }, (_, n) => client(n));
  for (let round = 0; round < 4; round++) {
    await new Promise((resolve) => setTimeout(resolve, 150));
    await terminateLedgerBackends(served.t.url);
  }
  stop = true;
  await Promise.all(clients);
  expect(answers.length).toBeGreaterThan(20);
  for (const a of answers) {
    const type = a.path.startsWith('/claims/') ? /text\/html/ : /problem\+json/; // a page's error is a page
    if (a.status !== 200) expect(a).toEqual({ path: a.path, status: 503, type: expect.stringMatching(type) });
  }
  // Recovered: every request after the cuts is answered, a write too.
  for (const path of paths) expect(await get(path)).toMatchObject({ path, status: 200 });
  const write = await fetch(`${served.server.base}/v1/actors`, {
    method: 'POST',
    headers: { ...served.t.as.editor, 'Content-Type': 'application/json' },
    body: JSON.stringify({ kind: 'ngo', name: 'After the cut' }),
  });
  expect(write.status).toBe(201);
});
