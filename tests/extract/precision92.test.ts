/**
 * Precision of lane 92: the cases of a court's docket are no counts of people. Sentences written for these tests; each
 * assertion is of the whole candidate list.
 */
import { expected, shapes } from './support';

const at = { published: '2026-11-30' };
const today = { as_of: '2026-11-30' };

describe('the cases a court or a prosecution handles are files, not persons', () => {
  test('cases pending, on the docket or heard are no count', () => {
    expect(shapes('The court has 43 cases pending and heard 12 cases last week.', at)).toEqual([]);
    expect(shapes('There are 240 terrorism cases on the docket of the special court.', at)).toEqual([]);
    expect(shapes('Prosecutors filed 9 cases in October, and a backlog of 300 cases remains.', at)).toEqual([]);
  });

  test('a study sample of court cases is no count', () => {
    expect(shapes('We coded the records of the terrorism court (n = 46 cases) and 38 interviews.', at)).toEqual([]);
  });

  test('cases brought against people still count the people', () => {
    expect(shapes('Prosecutors filed 12 cases against returnees from Syria in October.', at)).toEqual([
      expected({ value_text: '12', value: 12, metric: 'returnees', as_of: '2026-10' }),
    ]);
  });

  test('cases with no word of a docket keep their reading as people', () => {
    expect(shapes('Almost 650 criminal cases are being investigated against Russians fighting for IS.', at)).toEqual([
      expected({
        value_text: 'Almost 650',
        value: 650,
        approximation: 'approximately',
        metric: 'under_investigation',
        country: 'RU',
        group: 'islamic-state',
        ...today,
      }),
    ]);
  });
});
