/**
 * Rules added for unseen articles (branch extract16), chosen from the error classes of the practice corpus and
 * held-out sets 1-6 and kept only where held-out 7 and 8 (scored in aggregate) did not fall; sentences written for these
 * tests.
 */
import { expected, run, shapes } from './support';

/** Each candidate's words and country, with foreign nationals of several countries written as the corpora write them. */
const countries = (text: string) =>
  run(text, { published: '2025-06-01' }).candidates.map((c) => [
    c.value_text,
    c.country === null && /^foreign nationals/.test(c.reasons.country ?? '') ? 'Other (foreign nationals)' : c.country,
  ]);

describe('country: foreigners named in the figure’s own clause', () => {
  test('a predicate after the figure’s noun phrase, or "N of them foreigners", says the people counted are foreigners', () => {
    expect(countries('Around 900 residents of the annex are non-Syrian, non-Iraqi foreigners.')).toEqual([
      ['Around 900', 'Other (foreign nationals)'],
    ]);
    expect(countries('Officials say about 1,800 inmates of Ghuwayran are third-country nationals.')).toEqual([
      ['about 1,800', 'Other (foreign nationals)'],
    ]);
    expect(countries('Troops killed 80 gunmen near the border, a dozen of them foreigners.')).toEqual([
      ['80', null],
      ['a dozen', 'Other (foreign nationals)'],
    ]);
    // a nationality stated for them is still theirs
    expect(countries('Around 900 residents of the annex are Tajiks.')).toEqual([['Around 900', 'TJ']]);
  });
});
