/**
 * A text about no one nationality gives its later travellers, returnees and people in the camps of no stated origin the
 * sub-national region the figure before them was said to come from (extract94). Sentences written for these tests.
 */
import { expected, run, shapes } from './support';

const at = { published: '2026-03-01' };

describe('the region the text is about', () => {
  const kerala = [
    'Officials say 21 people from Kerala left to join the group in Afghanistan in 2016.',
    '',
    'Police arrested three men in Kochi in March. A court later convicted two of them. The trial took a year. Prosecutors called it a landmark.',
    '',
  ].join('\n');

  test('travellers, returnees and people in the camps of no stated origin are of the region named before them', () => {
    const text = `${kerala}\nSince then, 12 women have returned to the country, the agency says. Some 30 children are still held in camps in Syria.`;
    expect(shapes(text, at).slice(3)).toEqual([
      expected({
        value_text: '12',
        value: 12,
        metric: 'returnees',
        country: 'IN-KL',
        claimant: 'agency',
        mention: 'the agency',
        cue: 'says',
      }),
      expected({
        value_text: 'Some 30',
        value: 30,
        approximation: 'approximately',
        metric: 'in_camps',
        country: 'IN-KL',
        as_of: '2026-03-01',
      }),
    ]);
    const returned = run(text, at).candidates[3];
    expect(returned.reasons.country).toBe('the region the text\'s people are from, as named for the figure "21" before it (IN-KL)');
  });

  test('not the cases of a police or court, nor fighters told of no travel, nor after another origin', () => {
    const cases = shapes(kerala, at).map((c) => [c.value_text, c.country]);
    expect(cases).toEqual([
      ['21', 'IN-KL'],
      ['three', null],
      ['two', null],
    ]);
    const strength = shapes(`${kerala}\nThe group now has 300 fighters in the province, the agency says.`, at)[3];
    expect([strength.value_text, strength.metric, strength.country]).toEqual(['300', 'members', null]);
    const other = kerala.replace('2016.', '2016. Another 40 people from Bangladesh went too.');
    const after = shapes(`${other}\nSince then, 12 women have returned home, the agency says.`, at);
    expect(after.map((c) => [c.value_text, c.country])).toEqual([
      ['21', 'IN-KL'],
      ['40', 'BD'],
      ['three', null],
      ['two', null],
      ['12', null],
    ]);
  });
});
