import { execFile } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { nextRequest, Seed } from '../../scripts/loadMix';
import { freePort } from '../../src/db/embedded';
import { createTestApp, listen, Listening, TestApp } from '../support/app';

let t: TestApp;
let served: Listening;
let url: string;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
  served = await listen(t.app);
  url = served.base;
});
afterAll(async () => {
  await served.close();
  await t.drop();
});

test('every request of the load mix succeeds (the load run expects 0 errors)', async () => {
  const claims = (await request(t.app).get('/v1/claims').expect(200)).body.data;
  const seed: Seed = {
    claimIds: claims.map((c: { id: number }) => c.id),
    claimantId: claims[0].claimant.id,
    documentId: claims[0].sources[0].document.id,
    quote: claims[0].sources[0].quote,
  };
  let state = 42;
  const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const methods = new Set<string>();
  for (let n = 0; n < 150; n++) {
    const r = nextRequest(seed, random, n);
    methods.add(r.method);
    const res = await request(t.app)
      [r.method.toLowerCase() as 'get' | 'post' | 'patch'](r.path)
      .set(t.as.editor)
      .set(r.headers ?? {})
      .send(r.body);
    expect([r.method, r.path, res.status]).toEqual([r.method, r.path, r.method === 'POST' ? 201 : 200]);
  }
  expect([...methods].sort()).toEqual(['GET', 'PATCH', 'POST']);
});

function runImport(file: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return runImportTo(url, file, ...args);
}

function runImportTo(to: string, file: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'scripts/import.ts', file, '--url', to, '--key', t.keys.editor, ...args],
      { cwd: path.join(__dirname, '..', '..') },
      (err, stdout, stderr) => {
        resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

test('npm run import streams a file to the server and reports failing lines', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claims-ledger-import-'));
  try {
    const good = path.join(dir, 'good.ndjson');
    fs.writeFileSync(
      good,
      [
        JSON.stringify({ type: 'actor', key: 'script-actor', kind: 'ngo', name: 'Script Counter' }),
        JSON.stringify({
          type: 'claim',
          key: 'script-1',
          metric: 'women',
          country: 'KZ',
          approximation: 'exact',
          value: 3,
          value_text: 'three',
          claimant: 'script-actor',
          sources: [{ document: 1, quote: 'Kazakh' }],
        }),
      ].join('\n') + '\n',
    );
    const ok = await runImport(good);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).claims.created).toBe(1);
    expect(await t.db('claims').where({ key: 'script-1' }).first()).toMatchObject({ value: 3, metric: 'women' });

    const bad = path.join(dir, 'bad.ndjson');
    fs.writeFileSync(bad, `${JSON.stringify({ type: 'actor', kind: 'ngo', name: 'Other' })}\n{"type":"claim"}\n`);
    const rejected = await runImport(bad);
    expect(rejected.code).toBe(1);
    expect(rejected.stderr).toMatch(/import rejected \(422\)/);
    expect(rejected.stderr).toMatch(/line 2 \/metric: /);
    expect(await t.db('actors').where({ name: 'Other' }).first()).toBeUndefined();

    // A .csv file goes as the claims CSV: the export back, one figure edited, with the reason given.
    const csv = path.join(dir, 'claims.csv');
    const exported = (await request(t.app).get('/v1/export/claims?format=csv').expect(200)).text;
    const edited = exported
      .split('\r\n')
      .map((line) => (line.includes('"script-1"') ? line.replace(',3,,,"exact","three"', ',4,,,"exact","three"') : line))
      .join('\r\n');
    expect(edited).not.toEqual(exported);
    fs.writeFileSync(csv, edited);
    const csvRun = await runImport(csv, '--reason', 'recounted');
    expect(csvRun.stderr).toBe('');
    expect(JSON.parse(csvRun.stdout).claims).toMatchObject({ updated: 1, created: 0 });
    const row = await t.db('claims').where({ key: 'script-1' }).first();
    expect(row).toMatchObject({ value: 4, version: 2 });
    expect(await t.db('revisions').where({ entity: 'claim', entity_id: row.id, version: 2 }).first()).toMatchObject({
      reason: 'recounted',
      author: 'test editor',
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('npm run import with no server there, or something else answering, says so in one line and what to do', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claims-ledger-import-'));
  const other = http.createServer((_req, res) => res.writeHead(502, { 'Content-Type': 'text/html' }).end('<html>Bad Gateway</html>'));
  try {
    const file = path.join(dir, 'one.ndjson');
    fs.writeFileSync(file, `${JSON.stringify({ type: 'actor', key: 'nowhere', kind: 'ngo', name: 'Nowhere' })}\n`);
    const closed = `http://127.0.0.1:${await freePort()}`;
    const refused = await runImportTo(closed, file);
    expect(refused.code).toBe(1);
    // Had printed "connect ECONNREFUSED 127.0.0.1:…" alone.
    expect(refused.stderr.trim().split('\n')).toEqual([
      `no server answers at ${closed} (connection refused): start the ledger first (npm start, in another terminal), or pass --url with its address`,
    ]);
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const proxy = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
    const html = await runImportTo(proxy, file);
    expect(html.code).toBe(1);
    // Had printed JSON.parse's "Unexpected token '<'…" alone.
    expect(html.stderr.trim().split('\n')).toEqual([
      `${proxy} answered 502 with a body that is not the ledger's JSON (is --url the ledger?): <html>Bad Gateway</html>`,
    ]);
  } finally {
    other.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
