/**
 * "According to X who asked not to be named": the relative clause that says why the source is not named makes it an
 * unnamed source, as "X who asked not to be named said" already was (the README writes such a source "X (unnamed)").
 * The "according to" reading had cut the source at "who". Sentences written for these tests.
 */
import { expected, shapes } from './support';

const at = { published: '2026-12-05' };

test('according to officials who asked not to be named', () => {
  expect(shapes('According to security officials who asked not to be named, 35 suspects were detained in the raids.', at)).toEqual([
    expected({
      value_text: '35',
      value: 35,
      metric: 'arrested',
      claimant: 'security officials (unnamed)',
      mention: 'security officials who asked not to be named',
      cue: 'According to',
      as_of: '2026-12-05',
    }),
  ]);
});

test('two diplomats counted as the source, who spoke on condition of anonymity, are no figure', () => {
  expect(
    shapes('About 70 fighters have returned since June, according to two diplomats who spoke on condition of anonymity.', at).map((c) => [
      c.value_text,
      c.claimant,
    ]),
  ).toEqual([['About 70', 'two diplomats (unnamed)']]);
});
