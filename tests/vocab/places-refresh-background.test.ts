/**
 * Review 45b: app.ts awaits places.fresh() on every request past /health, so once the places are 30 s old every
 * request (a static asset, a 404) waits on the read of the countries table. With the database stalled the request
 * waits as long as the read does (~3-5 s here with the default statement/acquire timeouts, for ever without one).
 */
import type { Db } from '../../src/db/knex';
import { PlaceIndex } from '../../src/vocab/store';

test('a request finding the places stale does not wait on a read that does not answer (serves the places it knows)', async () => {
  let now = 0;
  const stalled = (() => ({ select: () => ({ orderBy: () => new Promise(() => undefined) }) })) as unknown as Db;
  const places = new PlaceIndex([{ code: 'TJ', kind: 'country', name: 'Tajikistan', aliases: [], demonyms: ['Tajik'], within: null } as never], stalled, 1000, () => now);
  now = 1000;
  const answered = await Promise.race([places.fresh().then(() => 'answered'), new Promise((r) => setTimeout(() => r('waiting'), 200))]);
  expect(answered).toBe('answered');
  expect(places.resolve('Tajik')).toBe('TJ');
});
