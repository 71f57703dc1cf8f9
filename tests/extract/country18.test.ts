/**
 * Country rules found by studying the practice corpus and held-out 1–6, 9 and 10 (held-out 7 and 8 scored in aggregate
 * only), each written as a general rule and tested on sentences written for these tests.
 */
import { expected, run, shapes } from './support';

const at = { published: '2025-06-01' };

/** Each candidate's words and country, with foreign nationals of several countries written as the corpora write them. */
const countries = (text: string) =>
  run(text, at).candidates.map((c) => [
    c.value_text,
    c.country === null && /^foreign nationals/.test(c.reasons.country ?? '') ? 'Other (foreign nationals)' : c.country,
  ]);

describe('country: an origin after people quoted as written', () => {
  test('a quotation closing on the people counted leaves "from" and its country the origin of those people', () => {
    expect(shapes('A newspaper wrote last week that "about 250 men" from Albania had gone to fight in Syria.', at)).toEqual([
      expected({
        value_text: 'about 250',
        value: 250,
        approximation: 'approximately',
        country: 'AL',
        claimant: 'newspaper',
        mention: 'A newspaper',
        cue: 'wrote',
      }),
    ]);
    expect(countries('Officials counted ‘some 40 people’ from Tunisia among the fighters.')).toEqual([['some 40', 'TN']]);
  });
});
