/**
 * Misreadings the lead found on a United States Attorney's press release of their own (/root/s41/trial10.txt in the
 * session's scratch): "between the ages of 19 and 24" proposed 24 as a count of people; "U.S. Attorney Andrea Kowalski"
 * was named "Attorney Andrea Kowalski" (an attorney was no title), "FBI Special Agent in Charge Daniel Ortiz" was no
 * person at all (a title with "in Charge" in it), so the "He" after him spoke for the attorney named before. Sentences
 * written for these tests; each assertion is of the whole candidate list.
 */
import { expected, shapes } from './support';

const at = { published: '2026-12-01' };
const today = { as_of: '2026-12-01' };

describe('the second age of "between the ages of X and Y" is an age', () => {
  test('only the people counted are proposed', () => {
    expect(shapes('Police arrested 12 men between the ages of 19 and 24.', at)).toEqual([
      expected({ value_text: '12', value: 12, metric: 'arrested', ...today }),
    ]);
  });
});

describe('an attorney and an agent are titles', () => {
  test('a United States Attorney for a district is the person named after the title', () => {
    expect(shapes('United States Attorney Andrea Kowalski for the District of Minnesota said 14 men had been charged.', at)).toEqual([
      expected({
        value_text: '14',
        value: 14,
        metric: 'charged',
        country: 'US',
        claimant: 'Andrea Kowalski',
        mention: 'United States Attorney Andrea Kowalski for the District of Minnesota',
        cue: 'said',
      }),
    ]);
  });

  test('a Special Agent in Charge is a person, and the he who follows him', () => {
    expect(
      shapes(
        'U.S. Attorney Andrea Kowalski said six men had been charged. FBI Special Agent in Charge Daniel Ortiz said agents had questioned 20 witnesses. He said at least three other people were under investigation.',
        at,
      ),
    ).toEqual([
      expected({
        value_text: 'six',
        value: 6,
        metric: 'charged',
        country: 'US',
        claimant: 'Andrea Kowalski',
        mention: 'U.S. Attorney Andrea Kowalski',
        cue: 'said',
      }),
      expected({
        value_text: 'at least three',
        value: 3,
        value_low: 3,
        approximation: 'at_least',
        metric: 'under_investigation',
        claimant: 'Daniel Ortiz',
        mention: 'He',
        cue: 'said',
        ...today,
      }),
    ]);
  });
});
