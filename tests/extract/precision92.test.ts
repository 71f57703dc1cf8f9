/**
 * Precision of lane 92: the cases of a court's docket and the ages of people counted before them are no counts of
 * people. Sentences written for these tests; each assertion is of the whole candidate list.
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

describe('the ages of people counted are no count', () => {
  test('an age after aged and a qualifier', () => {
    expect(shapes('Police detained 12 boys, most of them aged around 15.', at)).toEqual([
      expected({ value_text: '12', value: 12, metric: 'arrested', ...today }),
    ]);
  });

  test('the span of the ages of people', () => {
    expect(shapes('Police arrested 12 men, who range in age from 19 to 34.', at)).toEqual([
      expected({ value_text: '12', value: 12, metric: 'arrested', ...today }),
    ]);
    expect(shapes('The 14 suspects, ranging from 16 to 41, were charged on Friday.', at)).toEqual([
      expected({ value_text: '14', value: 14, metric: 'charged', as_of: '2026-11-27' }),
    ]);
  });

  test('the span of a count keeps its figure', () => {
    expect(shapes('Estimates of the fighters who left range from 300 to 500.', at)).toEqual([
      expected({ value_text: '300 to 500', value_low: 300, value_high: 500, approximation: 'range', metric: 'foreign_fighters', ...today }),
    ]);
  });

  test('the youngest with an adverb before the age', () => {
    expect(shapes('Police arrested 12 men; the youngest just 17.', at)).toEqual([
      expected({ value_text: '12', value: 12, metric: 'arrested', ...today }),
    ]);
  });

  test('a count of people before a copula, their age after it', () => {
    const got = shapes('Police detained 9 teenagers. Three were 15, four were 16 and two were 17.', at).map((c) => c.value_text);
    expect(got).toEqual(['9', 'Three', 'four', 'two']);
  });
});
