/**
 * Precision of lane 99: the first day of a range of days, counts of a million or more that nothing happens to, and one
 * person of no status are no counts of people. Sentences written for these tests; each assertion is of the whole
 * candidate list.
 */
import { expected, shapes } from './support';

const at = { published: '2026-11-30' };
const today = { as_of: '2026-11-30' };

describe('the first day of a range of days is a date', () => {
  test('a dash, "to" or "and" and the last day before its month', () => {
    const arrested = expected({ value_text: '40', value: 40, metric: 'arrested', country: 'IQ', ...today });
    expect(shapes('Police arrested 40 Iraqi nationals. The hearing was held in Geneva on 16 and 17 November 2026.', at)).toEqual([
      arrested,
    ]);
    expect(shapes('Police arrested 40 Iraqi nationals. Reporting period: 1-30 November 2026', at)).toEqual([arrested]);
    expect(shapes('Police arrested 12 men during the operation (17 to 28 November) at 14 crossings.', at)).toEqual([
      expected({ value_text: '12', value: 12, metric: 'arrested', as_of: '2026-11-28' }),
    ]);
  });

  test('a lower-case may after the range is a verb, and the figure stays', () => {
    expect(shapes('Officials said between 12 and 15 people may have travelled to Syria.', at)).toEqual([
      expected({
        value_text: 'between 12 and 15',
        value_low: 12,
        value_high: 15,
        approximation: 'range',
        claimant: 'Officials',
        mention: 'Officials',
        cue: 'said',
        ...today,
      }),
    ]);
  });
});

describe('a count of a million or more that nothing happens to is a population or an amount', () => {
  test('an amount or a population after a count of people is no count', () => {
    expect(shapes('Militants killed 45 villagers. 1.2 billion has been disbursed to families.', at)).toEqual([
      expected({ value_text: '45', value: 45, metric: 'victims_killed', ...today }),
    ]);
    expect(shapes('Police detained 12 men. About 4 million live in the province, officials said.', at)).toEqual([
      expected({ value_text: '12', value: 12, metric: 'arrested', ...today }),
    ]);
  });

  test('a group strength in millions still counts', () => {
    expect(shapes('The Brotherhood had some 2 million members in Egypt.', at)).toEqual([
      expected({ value_text: 'some 2 million', value: 2000000, approximation: 'approximately', metric: 'members' }),
    ]);
  });

  test('millions with a status in their own clause still count', () => {
    expect(shapes('About 2 million people live in the camps of north-east Syria.', at)).toEqual([
      expected({ value_text: 'About 2 million', value: 2000000, approximation: 'approximately', metric: 'in_camps', ...today }),
    ]);
  });
});

describe('ages told by a time, and the second year of a span', () => {
  test('an age after a copula before when or at the time', () => {
    const arrested = expected({ value_text: '12', value: 12, metric: 'arrested', ...today });
    expect(shapes('Police arrested 12 men. The accused, now 23, was 17 when he joined IS.', at)).toEqual([
      { ...arrested, group: 'islamic-state' },
    ]);
    expect(shapes('Police arrested 12 men. One of them was only 15 at the time.', at)).toEqual([arrested]);
  });

  test('an age after now or then set apart by commas or a bracket', () => {
    const arrested = expected({ value_text: '12', value: 12, metric: 'arrested' });
    expect(shapes('Police arrested 12 men, among them Yassine, now 23, and his cousin.', at)).toEqual([{ ...arrested, ...today }]);
    expect(shapes('Police arrested 12 men; their leader (then 31) fled.', at)).toEqual([arrested]);
  });

  test('a count of a toll before when keeps its figure', () => {
    expect(shapes('The death toll was 40 when the report came out.', at)).toEqual([
      expected({ value_text: '40', value: 40, metric: 'victims_killed', ...today }),
    ]);
  });

  test('people a status names before the copula are counted by the number after it', () => {
    expect(shapes('The dead were 12 at the time, officials said.', at)).toEqual([
      expected({ value_text: '12', value: 12, metric: 'killed', claimant: 'officials', mention: 'officials', cue: 'said' }),
    ]);
    expect(shapes('Arrests were 40 when the report came out.', at)).toEqual([
      expected({ value_text: '40', value: 40, metric: 'arrested', ...today }),
    ]);
    // (people counted before the copula: the number after it is their age)
    expect(shapes('The two detainees were 16 when they were arrested.', at).map((c) => c.value_text)).toEqual(['two']);
  });

  test('the second year of a span is a year though people are counted after it', () => {
    expect(shapes('Between 1992 and 1995 several hundred foreign mujahideen fought in Bosnia.', at)).toEqual([
      expected({
        value_text: 'several hundred',
        approximation: 'vague',
        as_of: '1995',
      }),
    ]);
  });
});

describe('one person in a sentence where nothing happens to anybody is no count', () => {
  test('one picked out by what is bought for or asked by them', () => {
    const arrested = expected({ value_text: '12', value: 12, metric: 'arrested', ...today });
    expect(shapes('Police arrested 12 men. A gift of 35 euros buys a winter kit for one child.', at)).toEqual([arrested]);
    expect(shapes('Police arrested 12 men. One European in the audience asked about the raids.', at)).toEqual([arrested]);
  });

  test('one who left or remains is still a figure', () => {
    expect(shapes('One Belgian remains in Syria.', at)).toEqual([
      expected({ value_text: 'One', value: 1, metric: 'still_in_conflict_zone', country: 'BE', ...today }),
    ]);
  });
});

describe('a clock time before a time zone in lower case', () => {
  test('four digits before gmt are a time', () => {
    expect(shapes('Police arrested 40 suspects. Source: the agency, in Arabic 1142 gmt 28 Nov 26', at)).toEqual([
      expected({ value_text: '40', value: 40, metric: 'arrested', ...today }),
    ]);
  });
});
