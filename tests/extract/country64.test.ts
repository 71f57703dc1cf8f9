/**
 * Whose nationals, on ordinary news (extract64): people said to be from a country who came back from another, an
 * attack's attackers killed after its victims, and others listed beside people named by their nationality. Sentences
 * written for these tests in the style of wire stories; each assertion is of the whole candidate, with the reason its
 * country was given.
 */
import { expected, run, shapes } from './support';

const at = { published: '2026-03-01' };
const why = (text: string) => run(text, at).candidates.map((c) => c.reasons.country);

describe('an origin before a verb of coming back that names its own place', () => {
  test('people from Kenya who returned from Somalia are Kenyans', () => {
    const text =
      'About 120 young people from Kenya have returned from Somalia after fighting with al-Shabaab, officials in the coastal region said.';
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: 'About 120',
        value: 120,
        approximation: 'approximately',
        metric: 'returnees',
        country: 'KE',
        group: 'al-shabaab',
        claimant: 'officials in the coastal region',
        mention: 'officials in the coastal region',
        cue: 'said',
        as_of: '2026-03-01',
      }),
    ]);
    expect(why(text)).toEqual(['"Kenya"']);
  });

  test('control: a conflict zone before such a verb is where the people were, no nationality', () => {
    const text = 'About 60 children from Syria have returned home from the camps, officials said.';
    expect(run(text, at).candidates.map((c) => [c.value_text, c.metric, c.country])).toEqual([['About 60', 'returnees', null]]);
  });
});
