// Second pass: left out, what it asserts is decided by Node and the extractor's worker thread (the body limit, a
// hostile text's time and bounds, the queue of long texts and its 503s); its SQL is the key and vocabulary reads that
// api.test.ts sends in the pass (tests/support/databaseSuites.ts).
/** POST /v1/extract's limits: the body limit, hostile text, and long texts read in a worker thread beside other requests. */
import request from 'supertest';
import type { Candidate } from '../../src/extract/candidate';
import { INLINE_CHARACTERS } from '../../src/extract/pool';
import { createTestApp, TestApp } from '../support/app';
import { extractionChecker } from '../support/extractionSchema';

let t: TestApp;
let checkExtraction: (body: unknown) => void;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
  checkExtraction = await extractionChecker(t.app);
});
afterAll(() => t.drop());

test('a text over the body limit is a 413 problem', async () => {
  const small = await createTestApp({ config: { bodyLimit: 4096 } });
  try {
    const res = await request(small.app)
      .post('/v1/extract')
      .set(small.as.editor)
      .send({ text: 'Some 50 Kazakhs left. '.repeat(400) })
      .expect(413);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  } finally {
    await small.drop();
  }
});

test('hostile text: runs of brackets, digits, quotes, qualifiers and cues, control characters — an answer, quickly', async () => {
  const nasty = `${'(['.repeat(2000)}${'9'.repeat(5000)} “”“” ${'1,'.repeat(3000)} \u0007\u001b ${'over '.repeat(2000)}300 Kazakhs. ${'he said '.repeat(500)}`;
  const started = Date.now();
  const res = await request(t.app).post('/v1/extract').set(t.as.editor).send({ text: nasty }).expect(200);
  expect(Date.now() - started).toBeLessThan(10000);
  checkExtraction(res.body);
  for (const c of res.body.candidates as Candidate[]) expect(nasty.slice(c.start, c.end)).toBe(c.value_text);
  // the only count of people in it stands in one "sentence" of some 30,000 characters, past the extractor's bound on
  // a sentence's length (READ_BOUNDS): not proposed, and listed unread with why
  expect((res.body.candidates as Candidate[]).map((c) => c.value)).toEqual([]);
  const at = nasty.indexOf('300 Kazakhs');
  const unread = (res.body.unread as { start: number; end: number; reason: string }[]).filter((u) => u.start <= at && at < u.end);
  expect(unread).toHaveLength(1);
  expect(unread[0].reason).toMatch(/^the sentence has [\d,]+ characters, more than the 5,000 the extractor reads$/);
  expect(res.body.message).toMatch(
    /^No figures that count people were found in the text\. .* not read, (?:its|their) figures not proposed \(see unread\)/,
  );
});

describe('long texts are read in a worker thread', () => {
  // About 2,000 sentences with a figure each: some hundreds of milliseconds of reading.
  const long = Array.from(
    { length: 2000 },
    (_, i) => `Officials said that about ${100 + i} Kazakh nationals had joined the group in ${2000 + (i % 20)}.`,
  ).join(' ');

  test('the server answers other requests while a long text is read', async () => {
    expect(long.length).toBeGreaterThan(INLINE_CHARACTERS);
    const order: string[] = [];
    const reading = request(t.app)
      .post('/v1/extract')
      .set(t.as.editor)
      .send({ text: long })
      .then((res) => {
        order.push('long');
        return res;
      });
    await new Promise((r) => setTimeout(r, 50));
    const short = await request(t.app)
      .post('/v1/extract')
      .set(t.as.editor)
      .send({ text: 'Some 50 Kazakhs left, officials said.' })
      .expect(200);
    order.push('short');
    expect(short.body.candidates.map((c: Candidate) => c.value)).toEqual([50]);
    const res = await reading;
    expect(res.status).toBe(200);
    expect(res.body.candidates.length).toBe(2000);
    checkExtraction(res.body);
    expect(order).toEqual(['short', 'long']);
  });

  test('a flood of long texts: those beyond the queue are a 503 with Retry-After, the others are read, none fails', async () => {
    const answers = await Promise.all(
      // (each a text of its own: the same text sent again while it waits is read once for all: abandoned-extractions.test.ts)
      Array.from({ length: 8 }, (_, i) =>
        request(t.app)
          .post('/v1/extract')
          .set(t.as.editor)
          .send({ text: `${long} Text ${i}.` }),
      ),
    );
    const statuses = answers.map((r) => r.status).sort();
    expect(statuses.every((s) => s === 200 || s === 503)).toBe(true);
    for (const r of answers.filter((a) => a.status === 503)) {
      expect(r.headers['retry-after']).toBe('5');
      expect(r.body.errors[0].field).toBe('text');
    }
    // one read at a time and four waiting: the three beyond them are turned away at once; of the five taken, each is read
    // unless it waited past the wait's bound (on a loaded machine the fifth may: a busy answer too, never a failure)
    const turnedAway = answers.filter((a) => a.status === 503 && /as many as it keeps/.test(a.body.detail ?? ''));
    expect(turnedAway.length).toBeGreaterThanOrEqual(1);
    expect(turnedAway.length).toBeLessThanOrEqual(8 - 5);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(1);
  });
});
