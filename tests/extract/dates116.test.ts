/**
 * extract116: the date patterns are global regular expressions; readDates reads each through matchAll (a copy of its
 * own), so that the reading of the dates before a "year before", done inside the loop that found it, and a call that
 * returns early leave no pattern where the next reading would start from. Sentences written for these tests.
 */
import { datesIn } from '../../src/extract/dates';

const read = (text: string, published: string | null) => datesIn(text, 0, text.length, published).map((d) => [d.text, d.value]);

test('every date of a sentence is read around two year-before phrases, each read from the dates before it', () => {
  const text = 'Police held 46 people in 2025, up from 31 the year before and 12 a year earlier still; in March 2024 they held 20.';
  expect(read(text, '2026-01-10')).toEqual([
    ['2025', '2025'],
    ['the year before', '2024'],
    ['a year earlier', '2023'],
    ['March 2024', '2024-03'],
  ]);
});

test('texts read in turn, one with no date at all in between, each read whole every time', () => {
  const first = 'By 31 December 2023 some 40 had returned, against 18 a year earlier, and 7 in June 2021.';
  const second = 'In 2019 the ministry counted 300 and in 2020 about 250.';
  const none = 'Nobody was counted.';
  const expectedFirst = [
    ['31 December 2023', '2023-12-31'],
    ['a year earlier', '2022-12-31'],
    ['June 2021', '2021-06'],
  ];
  const expectedSecond = [
    ['2019', '2019'],
    ['2020', '2020'],
  ];
  for (let round = 0; round < 2; round++) {
    expect(read(first, null)).toEqual(expectedFirst);
    expect(read(none, null)).toEqual([]);
    expect(read(second, null)).toEqual(expectedSecond);
  }
});
