/**
 * Faults found by the lead's probe articles of session 25, second batch (a radio transcript). Sentences written for
 * these tests.
 */
import { shapes } from './support';

const at = { published: '2025-06-01' };

test('a speaker label with whom the speaker speaks for in brackets is the speaker, not the body', () => {
  const transcript = 'PRESENTER: How many?\n\nDR AMINA HOLT (Kings College London): Our database has 1,042 individuals who left.';
  expect(shapes(transcript, at).map((c) => [c.value, c.claimant, c.mention])).toEqual([
    [1042, 'Amina Holt', 'DR AMINA HOLT (Kings College London)'],
  ]);
  // a role before the brackets: the person in them speaks
  expect(shapes('Q: How many?\n\nMinister for Justice (Anders Krogh): We counted 40 returnees.', at).map((c) => c.claimant)).toEqual([
    'Anders Krogh',
  ]);
});

test('a count in brackets after a country that follows a ranking is that country, past a footnote marker', () => {
  expect(
    shapes(
      'Tunisia was the largest source, with about 6,000 fighters,[13] followed by Saudi Arabia (2,500) and Russia (2,400).[14]',
      at,
    ).map((c) => [c.value, c.country]),
  ).toEqual([
    [6000, 'TN'],
    [2500, 'SA'],
    [2400, 'RU'],
  ]);
});
