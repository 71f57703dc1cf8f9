/**
 * A misreading the lead found on a court's sentencing remarks of their own (/root/s42/trial18.txt in the session's
 * scratch): "Hussain, you are 31." proposed 31 people arrested (an age said to the person addressed, or of a person named
 * at the clause's opening, ends its clause as "He was 45." does). Sentences written for these tests; each assertion is
 * of the whole candidate list, but for the guard, which asserts the count it keeps.
 */
import { expected, shapes } from './support';

const at = { published: '2026-11-27' };
const twelve = expected({ value_text: '12', value: 12, metric: 'arrested', as_of: '2026-11-27' });

describe('an age of one person after a copula', () => {
  test('the age said to the person addressed', () => {
    expect(shapes('Police arrested 12 men. Hussain, you are 31.', at)).toEqual([twelve]);
  });

  test('the age of a person named at the clause opening', () => {
    expect(shapes('Police arrested 12 men. Hussain is 31.', at)).toEqual([twelve]);
  });

  test('the age of the eldest', () => {
    expect(shapes('Police arrested 12 men. The eldest is 31.', at)).toEqual([twelve]);
  });

  test('a count after it is stays a count', () => {
    expect(shapes('Asked how many had travelled, the minister said: It is 81, and 19 of those 81 have been convicted.', at)[0]).toEqual(
      expected({
        value_text: '81',
        value: 81,
        metric: 'foreign_fighters',
        claimant: 'minister',
        mention: 'the minister',
        cue: 'said',
      }),
    );
  });
});
