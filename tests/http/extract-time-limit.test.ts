import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DomainError } from '../../src/errors';
import { ExtractorFailed, ExtractPool, LONG_TEXT_CHARACTERS, ReadTimeout, WORKER_FILE } from '../../src/extract/pool';
import type { ReadingInput } from '../../src/extract/read';

// How long the extractor's rules take is not known from a text's length: 19,998 characters of "1 1 1 …" took 10 s,
// read in the server's own thread, and /health waited as long. These tests stand in a worker that never finishes for
// such a text, so they do not depend on which input is slow today.
let dir: string;
let stuckWorker: string;
let choosyWorker: string;
let failingWorker: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-time-limit-'));
  stuckWorker = path.join(dir, 'stuck-worker.js');
  fs.writeFileSync(stuckWorker, "require('node:worker_threads').parentPort.on('message', () => { for (;;); });\n");
  // Never finishes a text that says "stuck"; reads any other at once (as no candidates).
  choosyWorker = path.join(dir, 'choosy-worker.js');
  fs.writeFileSync(
    choosyWorker,
    "const { parentPort } = require('node:worker_threads');\n" +
      "parentPort.on('message', ({ id, input }) => { if (input.text.includes('stuck')) for (;;); parentPort.postMessage({ id, reading: { candidates: [] } }); });\n",
  );
  // Throws on a text that says "throws", stops its thread on one that says "exits"; reads any other at once.
  failingWorker = path.join(dir, 'failing-worker.js');
  fs.writeFileSync(
    failingWorker,
    "const { parentPort } = require('node:worker_threads');\n" +
      "parentPort.on('message', ({ id, input }) => {\n" +
      "  if (input.text.includes('exits')) process.exit(3);\n" +
      // (at most 400 MiB, then it answers: without a bound on the worker's heap, the test fails rather than eat the machine)
      "  if (input.text.includes('hoards')) { const kept = []; for (let i = 0; i < 400; i++) kept.push(new Array(131072).fill(i + 0.5)); }\n" +
      "  try { if (input.text.includes('throws')) throw new TypeError('a rule broke'); parentPort.postMessage({ id, reading: { candidates: [], acronyms: [], unread: [] } }); }\n" +
      '  catch (err) { parentPort.postMessage({ id, error: err.message }); }\n' +
      '});\n',
  );
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const input = (text: string): ReadingInput => ({ text, places: [], groups: [], within: [], actors: [], published: null, author: null });

/** Runs `work` while counting ticks of a 10 ms timer: a thread held by the extractor would count none. */
async function ticksDuring<T>(work: () => Promise<T>): Promise<{ ticks: number; outcome: T | unknown }> {
  let ticks = 0;
  const timer = setInterval(() => (ticks += 1), 10);
  try {
    const outcome = await work().catch((err: unknown) => err);
    return { ticks, outcome };
  } finally {
    clearInterval(timer);
  }
}

test.each([
  ['short', 'Some 50 Kazakhs left, officials said.'],
  ['long', 'Some 50 Kazakhs left, officials said. '.repeat(Math.ceil(LONG_TEXT_CHARACTERS / 38))],
])(
  'a %s text the extractor cannot finish is a 503 with Retry-After at the time limit, and the server thread stays free',
  async (_kind, text) => {
    const pool = new ExtractPool(stuckWorker, { readTimeoutMs: 600 });
    try {
      const started = Date.now();
      const { ticks, outcome } = await ticksDuring(() => pool.read(input(text)));
      expect(outcome).toBeInstanceOf(DomainError);
      const err = outcome as DomainError;
      expect({ code: err.code, retryAfter: err.retryAfterSeconds, field: err.errors[0].field }).toEqual({
        code: 'busy',
        retryAfter: 5,
        field: 'text',
      });
      expect(err.message).toMatch(/longer than 0\.6 seconds/);
      // (what to do, in words a retry of the same text keeps: not "in a few seconds"; tests/workspace/extract-gave-up.test.ts)
      expect(outcome).toBeInstanceOf(ReadTimeout);
      expect(Date.now() - started).toBeLessThan(5000);
      // About 60 ticks in 600 ms on an idle machine, 7 in a CI rehearsal on 2 cores with other files running (the stuck
      // worker spins a core of its own); a read in this thread would have let none through until it ended, then at most
      // one (a timer fires once for the ticks it missed).
      expect(ticks).toBeGreaterThan(2);
    } finally {
      await pool.close();
    }
  },
);

test('a short text is not queued behind a long one: each has its worker', async () => {
  const pool = new ExtractPool(WORKER_FILE);
  try {
    const long = Array.from({ length: 2000 }, (_, i) => `Officials said that about ${100 + i} Kazakh nationals had left.`).join(' ');
    expect(long.length).toBeGreaterThanOrEqual(LONG_TEXT_CHARACTERS);
    const order: string[] = [];
    const reading = pool.read(input(long)).then((r) => {
      order.push('long');
      return r;
    });
    await new Promise((r) => setTimeout(r, 20));
    const short = await pool.read(input('Some 50 fighters left for Syria, officials said.'));
    order.push('short');
    expect(short.candidates.map((c) => c.value)).toEqual([50]);
    expect((await reading).candidates.length).toBe(2000);
    expect(order).toEqual(['short', 'long']);
  } finally {
    await pool.close();
  }
});

test('a text waiting behind one stopped at the time limit is read by a new worker, not lost with the old one', async () => {
  const pool = new ExtractPool(choosyWorker, { readTimeoutMs: 600 });
  try {
    const stuck = pool.read(input('A stuck text.')).catch((err: unknown) => err);
    const next = pool.read(input('Some 50 Kazakhs left, officials said.')).catch((err: unknown) => err);
    expect(await stuck).toMatchObject({ code: 'busy' });
    // Given to the stopped worker, it was rejected with "the extractor's worker stopped": a 500 to its editor.
    expect(await next).toEqual({ candidates: [] });
  } finally {
    await pool.close();
  }
});

test('closing the pool settles the text being read', async () => {
  const pool = new ExtractPool(stuckWorker, { readTimeoutMs: 60_000 });
  const reading = pool.read(input('Some 50 Kazakhs left, officials said.')).catch((err: unknown) => err);
  await new Promise((r) => setTimeout(r, 50));
  await pool.close();
  expect(await reading).toMatchObject({ code: 'busy', message: 'The server is stopping.' });
});

test.each([
  ['throws inside its worker', 'This text throws.'],
  ['stops its worker', 'This text exits.'],
  ['fills its worker heap', 'This text hoards.'],
])('a text that %s is a 503 busy naming text, in words; the text after it is read', async (_how, text) => {
  const pool = new ExtractPool(failingWorker, { heapMb: 64 });
  const reported: string[] = [];
  pool.onFailure = (cause) => reported.push(cause);
  try {
    const failed = pool.read(input(text)).catch((err: unknown) => err);
    const next = pool.read(input('Some 50 Kazakhs left, officials said.')).catch((err: unknown) => err);
    const err = (await failed) as ExtractorFailed;
    // (a plain Error before: a 500 to the editor who pasted the text)
    expect(err).toBeInstanceOf(ExtractorFailed);
    expect({ code: err.code, field: err.errors[0].field, retryAfter: err.retryAfterSeconds }).toEqual({
      code: 'busy',
      field: 'text',
      retryAfter: undefined,
    });
    expect(err.message).toMatch(/^The extractor failed on the text and proposed nothing/);
    expect(err.cause).toMatch(/a rule broke|worker stopped|out of memory/);
    // (what went wrong goes to the server's log, once: the answer does not say it)
    expect(reported).toEqual([err.cause]);
    expect(await next).toEqual({ candidates: [], acronyms: [], unread: [] });
    expect(await pool.read(input('Another 20 left.'))).toEqual({ candidates: [], acronyms: [], unread: [] });
  } finally {
    await pool.close();
  }
});

test('a text waiting for the worker longer than its wait bound is a 503 busy in words, not an answer minutes later', async () => {
  // (the text ahead never finishes within the minute: a text queued behind four such had waited two minutes unanswered)
  const pool = new ExtractPool(choosyWorker, { readTimeoutMs: 60_000, maxWaitMs: 400 });
  try {
    const stuck = pool.read(input('A stuck text.')).catch((err: unknown) => err);
    const started = Date.now();
    const waiting = await pool.read(input('Some 50 Kazakhs left, officials said.')).catch((err: unknown) => err);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(waiting).toBeInstanceOf(DomainError);
    const err = waiting as DomainError;
    expect({ code: err.code, retryAfter: err.retryAfterSeconds, field: err.errors[0].field }).toEqual({
      code: 'busy',
      retryAfter: 5,
      field: 'text',
    });
    expect(err.message).toBe(
      'The extractor was busy with other short texts for 0.4 seconds and did not begin this one: retry in a minute, or send a shorter text.',
    );
    await pool.close();
    expect(await stuck).toMatchObject({ code: 'busy', message: 'The server is stopping.' });
  } finally {
    await pool.close();
  }
});

test('a text beyond those a lane keeps waiting is refused at once, saying how many are read and waiting', async () => {
  const pool = new ExtractPool(choosyWorker, { readTimeoutMs: 60_000 });
  try {
    const long = `A stuck text. ${'x'.repeat(LONG_TEXT_CHARACTERS)}`;
    // (each a text of its own: the same text asked for again while it waits joins it, tests/http/abandoned-extractions.test.ts)
    const kept = Array.from({ length: 5 }, (_, i) => pool.read(input(`${long} ${i}`)).catch((err: unknown) => err));
    const refused = await pool.read(input(long)).catch((err: unknown) => err);
    expect(refused).toMatchObject({
      code: 'busy',
      retryAfterSeconds: 5,
      message: 'The extractor is reading a long text and has 4 more waiting, as many as it keeps: retry in a few seconds.',
    });
    await pool.close();
    for (const k of kept) expect(await k).toMatchObject({ code: 'busy', message: 'The server is stopping.' });
  } finally {
    await pool.close();
  }
});
