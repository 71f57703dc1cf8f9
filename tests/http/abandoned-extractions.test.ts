// Second pass: left out, what it asserts is decided by the extractor's pool (src/extract/pool.ts) and Node's closed
// connections: which texts are read, dropped or shared; its SQL is the documents and reviews that the workspace's files
// of the pass write (tests/support/databaseSuites.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { ExtractPool, ReadAbandoned } from '../../src/extract/pool';
import type { Reading, ReadingInput } from '../../src/extract/read';
import { createTestApp, listen, type Listening, type TestApp } from '../support/app';
import { pollUntil } from '../support/disconnect';
import { rawConnection, type RawConnection } from '../support/rawHttp';
import { loadVocabulariesOnly, signIn } from '../workspace/support';

/*
 * A client that leaves while its text waits for the extractor, or is read, has it dropped: not read for nobody while
 * the texts behind it wait (a worker held by a text whose editor closed the tab had held every other editor's text
 * up to the 30 s time limit). A text asked for again while it waits (two tabs) is read once for both. The worker here
 * stands in for the extractor: it writes down every text it begins, and never finishes one that says "stuck".
 */
jest.setTimeout(60_000);

let dir: string;
let worker: string;
let log: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'abandoned-extractions-'));
  log = path.join(dir, 'begun.txt');
  worker = path.join(dir, 'logging-worker.js');
  fs.writeFileSync(
    worker,
    "const fs = require('node:fs');\n" +
      "const { parentPort, threadId } = require('node:worker_threads');\n" +
      "parentPort.on('message', ({ id, input }) => {\n" +
      `  fs.appendFileSync(${JSON.stringify(log)}, JSON.stringify([threadId, input.text]) + '\\n');\n` +
      "  if (input.text.includes('stuck')) for (;;);\n" +
      "  if (input.text.includes('slow')) { const until = Date.now() + 500; while (Date.now() < until); }\n" +
      '  parentPort.postMessage({ id, reading: { candidates: [], acronyms: [], unread: [] } });\n' +
      '});\n',
  );
});
beforeEach(() => fs.writeFileSync(log, ''));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The texts the workers have begun, in order, each with the worker's thread. */
const begunBy = (): [number, string][] =>
  fs
    .readFileSync(log, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as [number, string]);
/** The texts the workers have begun, in order. */
const begun = (): string[] => begunBy().map(([, text]) => text);
const begunSoon = (text: string) =>
  pollUntil(
    async () => begun(),
    (texts) => texts.includes(text),
  );

const input = (text: string): ReadingInput => ({ text, places: [], groups: [], within: [], actors: [], published: null, author: null });
const EMPTY: Reading = { candidates: [], acronyms: [], unread: [] };

describe('the pool', () => {
  // (a time limit far past the test's own: a text read to it would fail the test by its timeout)
  let pool: ExtractPool;
  beforeEach(() => (pool = new ExtractPool(worker, { readTimeoutMs: 600_000, maxWaitMs: 600_000 })));
  afterEach(() => pool.close());

  test('a text whose asker left while it waited is never read, and one left while read frees the worker for the next', async () => {
    const readerLeaves = new AbortController();
    const waiterLeaves = new AbortController();
    const stuck = pool.read(input('A stuck text.'), readerLeaves.signal).catch((err: unknown) => err);
    expect(await begunSoon('A stuck text.')).toEqual(['A stuck text.']);
    const waiting = pool.read(input('A text nobody waits for.'), waiterLeaves.signal).catch((err: unknown) => err);
    const next = pool.read(input('The next text.'));
    waiterLeaves.abort();
    expect(await waiting).toBeInstanceOf(ReadAbandoned);
    readerLeaves.abort();
    expect(await stuck).toBeInstanceOf(ReadAbandoned);
    expect(await next).toEqual(EMPTY);
    expect(begun()).toEqual(['A stuck text.', 'The next text.']);
  });

  test('a text asked for twice while it waits is read once, for whichever asker is still there', async () => {
    const ahead = new AbortController();
    const firstTab = new AbortController();
    const stuck = pool.read(input('A stuck text ahead.'), ahead.signal).catch((err: unknown) => err);
    await begunSoon('A stuck text ahead.');
    const first = pool.read(input('The same text.'), firstTab.signal).catch((err: unknown) => err);
    const second = pool.read(input('The same text.'));
    const third = pool.read(input('The same text.'));
    const other = pool.read({ ...input('The same text.'), published: '2024-01-01' });
    firstTab.abort();
    expect(await first).toBeInstanceOf(ReadAbandoned);
    ahead.abort();
    await stuck;
    const [a, b] = await Promise.all([second, third]);
    expect(a).toEqual(EMPTY);
    expect(b).toEqual(EMPTY);
    // (each its own: the service goes on to change its candidates)
    expect(a).not.toBe(b);
    expect(await other).toEqual(EMPTY);
    expect(begun()).toEqual(['A stuck text ahead.', 'The same text.', 'The same text.']);
  });

  test('one text asked for by many at once is read once for as many as a reading answers, the others turned away busy', async () => {
    const ahead = new AbortController();
    const stuck = pool.read(input('A stuck text before the flood.'), ahead.signal).catch((err: unknown) => err);
    await begunSoon('A stuck text before the flood.');
    const flood = Array.from({ length: 20 }, () => pool.read(input('One article pasted by twenty editors.')).catch((err: unknown) => err));
    ahead.abort();
    await stuck;
    const answers = await Promise.all(flood);
    expect(answers.filter((a) => !(a instanceof Error))).toEqual(Array.from({ length: 16 }, () => EMPTY));
    for (const refused of answers.filter((a) => a instanceof Error))
      expect(refused).toMatchObject({
        code: 'busy',
        retryAfterSeconds: 5,
        message: 'The extractor is reading this text for 16 requests already, as many as it answers at once: retry in a few seconds.',
      });
    expect(begun()).toEqual(['A stuck text before the flood.', 'One article pasted by twenty editors.']);
  });

  test('a text being read when its asker left is finished by the same worker if it ends soon, and a new asker joins it', async () => {
    const firstTab = new AbortController();
    const left = pool.read(input('A slow text.'), firstTab.signal).catch((err: unknown) => err);
    await begunSoon('A slow text.');
    firstTab.abort();
    expect(await left).toBeInstanceOf(ReadAbandoned);
    // (the page reloaded: the same text asked for again while it is read)
    expect(await pool.read(input('A slow text.'))).toEqual(EMPTY);
    expect(await pool.read(input('The text after it.'))).toEqual(EMPTY);
    const [[slowThread], [nextThread]] = begunBy();
    expect(begun()).toEqual(['A slow text.', 'The text after it.']);
    // (a new worker would have cost the next text its start, longer than the rest of the slow text)
    expect(nextThread).toBe(slowThread);
  });

  test('a text asked for by a client gone already is not queued', async () => {
    const gone = new AbortController();
    gone.abort();
    expect(await pool.read(input('Too late.'), gone.signal).catch((err: unknown) => err)).toBeInstanceOf(ReadAbandoned);
    expect(await pool.read(input('In time.'))).toEqual(EMPTY);
    expect(begun()).toEqual(['In time.']);
  });
});

describe('the served ledger', () => {
  let t: TestApp;
  let served: Listening;
  let pool: ExtractPool;
  const asked: string[] = [];
  beforeAll(async () => {
    // Told of each text the service asks the pool for, once it is queued (the pool queues it before its first await).
    class Watched extends ExtractPool {
      override read(reading: ReadingInput, signal?: AbortSignal): Promise<Reading> {
        const queued = super.read(reading, signal);
        asked.push(reading.text);
        return queued;
      }
    }
    pool = new Watched(worker, { readTimeoutMs: 600_000, maxWaitMs: 600_000 });
    t = await createTestApp({ extractPool: pool });
    await loadVocabulariesOnly(t.db);
    served = await listen(t.app);
  });
  afterAll(async () => {
    await served?.close();
    await pool?.close();
    await t?.drop();
  });

  /** Sends a request on a connection of its own, which the test closes when it likes. */
  const send = (method: string, target: string, headers: Record<string, string>, body = ''): RawConnection => {
    const conn = rawConnection(served.base);
    const head = Object.entries({ Host: 'ledger', 'Content-Length': String(Buffer.byteLength(body)), ...headers })
      .map(([k, v]) => `${k}: ${v}\r\n`)
      .join('');
    conn.write(`${method} ${target} HTTP/1.1\r\n${head}\r\n${body}`);
    return conn;
  };
  const extracting = (text: string) =>
    send('POST', '/v1/extract', { ...t.as.editor, 'Content-Type': 'application/json' }, JSON.stringify({ text }));
  const askedSoon = (text: string) =>
    pollUntil(
      async () => asked,
      (texts) => texts.includes(text),
    );

  test('POST /v1/extract: a client closing its connection drops its text, waiting or being read; the next is answered', async () => {
    const reading = extracting('A stuck text sent to the API.');
    await begunSoon('A stuck text sent to the API.');
    const waiting = extracting('A text whose client leaves.');
    await askedSoon('A text whose client leaves.');
    waiting.socket.destroy();
    reading.socket.destroy();
    const next = await request(served.base).post('/v1/extract').set(t.as.editor).send({ text: 'The next text sent to the API.' });
    expect(next.status).toBe(200);
    expect(next.body.candidates).toEqual([]);
    expect(begun()).toEqual(['A stuck text sent to the API.', 'The next text sent to the API.']);
  });

  test('a review whose editor left while its text was read proposes nothing, stores nothing; another review opens', async () => {
    const editor = await signIn(t.app, t.keys.editor);
    const post = async (title: string, text: string) =>
      (await request(t.app).post('/v1/documents').set(t.as.editor).send({ title, text }).expect(201)).body.id as number;
    const left = await post('Left while read', 'A stuck article the editor left.');
    const opened = await post('Opened next', 'The next article, opened.');
    const page = send('GET', `/workspace/documents/${left}`, { Cookie: editor.jar.header(), Accept: 'text/html' });
    await begunSoon('A stuck article the editor left.');
    page.socket.destroy();
    const next = await editor.get(`/workspace/documents/${opened}`);
    expect(next.status).toBe(200);
    expect(begun()).toEqual(['A stuck article the editor left.', 'The next article, opened.']);
    expect(await t.db('workspace_extractions').where({ document_id: left })).toEqual([]);
    expect(await t.db('workspace_extractions').where({ document_id: opened })).toHaveLength(1);
  });
});
