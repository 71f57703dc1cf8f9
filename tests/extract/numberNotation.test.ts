/**
 * robust52: a number in a programmer's or a calculator's notation (1e308, 2.5E-3, 0x10, 10^6, 1_000) is no count as
 * prose writes one; the number reader had read the digits before the letter or after the caret ("1e308 fighters" was
 * 1 fighter, "10^6" six). Sentences written for these tests; each assertion is of the whole candidate list.
 */
import { expected, shapes } from './support';

const at = { published: '2026-11-30' };
const recruits = expected({
  value_text: '300',
  value: 300,
  metric: 'foreign_fighters',
  claimant: 'Police',
  mention: 'Police',
  cue: 'said',
});

test('an exponent written with e is no figure, and the count beside it stays', () => {
  expect(shapes('Police said 1e308 fighters and 300 recruits had left.', at)).toEqual([recruits]);
  expect(shapes('Police said 300 recruits had left, up 2.5E-3 percent.', at)).toEqual([recruits]);
});

test('a hexadecimal number is no figure, and the count beside it stays', () => {
  expect(shapes('Police said 0x10 fighters and 300 recruits had left.', at)).toEqual([recruits]);
});

test('a power written with a caret and digits grouped by underscores are no figures', () => {
  expect(shapes('Police said 10^6 fighters and 1_000 recruits had left.', at)).toEqual([]);
});

test('ordinary digits and an abbreviated thousand are still read', () => {
  expect(shapes('Police said 300 recruits had left.', at)).toEqual([recruits]);
  expect(shapes('Police said 12k recruits had left.', at)).toEqual([
    expected({ value_text: '12k', value: 12000, metric: 'foreign_fighters', claimant: 'Police', mention: 'Police', cue: 'said' }),
  ]);
});
