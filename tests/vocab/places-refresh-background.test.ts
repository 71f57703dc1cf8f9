/**
 * Review 45b: app.ts awaited places.fresh() on every request past /health, so once the places are 30 s old every
 * request (a static asset, a 404) waits on the read of the countries table. With the database stalled the request
 * waits as long as the read does (~3-5 s here with the default statement/acquire timeouts, for ever without one).
 */
import type { Db } from '../../src/db/knex';
import { PlaceIndex } from '../../src/vocab/store';

const TJ = { code: 'TJ', kind: 'country', name: 'Tajikistan', aliases: [], demonyms: ['Tajik'], within: null } as never;
const KG = { code: 'KG', kind: 'country', name: 'Kyrgyzstan', aliases: [], demonyms: ['Kyrgyz'], within: null } as never;

/** A database whose reads of the places answer as `answer` says, counting them. */
function scripted(answer: () => Promise<unknown[]>) {
  const db = (() => ({ select: () => ({ orderBy: () => (db.reads++, answer()) }) })) as unknown as Db & { reads: number };
  db.reads = 0;
  return db;
}

test('a request finding the places stale does not wait on a read that does not answer (serves the places it knows)', () => {
  let now = 0;
  const stalled = scripted(() => new Promise(() => undefined));
  const places = new PlaceIndex([TJ], stalled, 1000, () => now);
  now = 1000;
  // (fresh gives nothing to await: it had returned a promise always resolved, which said nothing of the read)
  expect(places.fresh()).toBeUndefined();
  expect(stalled.reads).toBe(1);
  expect(places.resolve('Tajik')).toBe('TJ');
});

test('one read of the places at a time: requests finding them stale while one runs start no other', async () => {
  let now = 0;
  const db = scripted(() => new Promise(() => undefined));
  const places = new PlaceIndex([TJ], db, 1000, () => now);
  now = 1000;
  for (let i = 0; i < 5; i++) places.fresh();
  expect(db.reads).toBe(1);
});

test('a failed read of the places is reported, keeps the places known and is tried again after the maximum age', async () => {
  let now = 0;
  let fail = true;
  const db = scripted(() => (fail ? Promise.reject(new Error('database away')) : Promise.resolve([TJ, KG])));
  const places = new PlaceIndex([TJ], db, 1000, () => now);
  const reported: unknown[] = [];
  places.onReadError = (err) => reported.push(err);
  now = 1000;
  places.fresh();
  await places.settled();
  await new Promise((r) => setImmediate(r));
  expect(reported).toHaveLength(1);
  expect(places.resolve('Tajik')).toBe('TJ');
  now = 1500;
  fail = false;
  places.fresh();
  expect(db.reads).toBe(1);
  now = 2000;
  places.fresh();
  await places.settled();
  expect(db.reads).toBe(2);
  expect(places.resolve('Kyrgyz')).toBe('KG');
});

test('a failed read after a write is reported, not thrown, and the next request reads the places again', async () => {
  let fail = true;
  const db = scripted(() => (fail ? Promise.reject(new Error('database away')) : Promise.resolve([TJ, KG])));
  // the clock stands still: the next request reads again at once, not after the maximum age
  const places = new PlaceIndex([TJ], db, 1000, () => 0);
  const reported: unknown[] = [];
  places.onReadError = (err) => reported.push(err);
  await expect(places.refreshAfterWrite()).resolves.toBeUndefined();
  expect(reported).toHaveLength(1);
  fail = false;
  places.fresh();
  await places.settled();
  expect(db.reads).toBe(2);
  expect(places.resolve('KG')).toBe('KG');
});

test('a failed read of the places is written to stderr where no logger is set (seed loader, scripts)', async () => {
  const db = scripted(() => Promise.reject(new Error('connection refused')));
  const places = new PlaceIndex([TJ], db, 1000, () => 0);
  const written: string[] = [];
  const write = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (written.push(String(chunk)), true));
  try {
    await places.refreshAfterWrite();
  } finally {
    write.mockRestore();
  }
  expect(written.map((line) => JSON.parse(line))).toEqual([
    expect.objectContaining({ level: 40, msg: 'could not read the places again: serving the places known', err: 'connection refused' }),
  ]);
  expect(places.resolve('Tajik')).toBe('TJ');
});
