import { formatPartialDate, parsePartialDate, partialDateEnd } from '../../src/dates';

test.each([
  ['2014', { date: '2014-01-01', precision: 'year' }],
  ['2014-11', { date: '2014-11-01', precision: 'month' }],
  ['2014-11-27', { date: '2014-11-27', precision: 'day' }],
  ['2016-02-29', { date: '2016-02-29', precision: 'day' }],
])('parses %s with its precision', (text, expected) => {
  expect(parsePartialDate(text)).toEqual(expected);
});

test.each(['2015-02-29', '2014-13', '2014-00', '2014-11-31', '0000', '14-11', '2014/11', '2014-1', ' 2014', '2014-11-27T00:00'])(
  'rejects %s',
  (text) => {
    expect(parsePartialDate(text)).toBeNull();
  },
);

test('formats a stored date back at its precision, and unknown as null', () => {
  expect(formatPartialDate('2014-11-01', 'month')).toBe('2014-11');
  expect(formatPartialDate('2014-01-01', 'year')).toBe('2014');
  expect(formatPartialDate('2014-11-27', 'day')).toBe('2014-11-27');
  expect(formatPartialDate(null, null)).toBeNull();
});

test('the end of a partial date is the last day it covers', () => {
  expect(partialDateEnd(parsePartialDate('2014')!)).toBe('2014-12-31');
  expect(partialDateEnd(parsePartialDate('2016-02')!)).toBe('2016-02-29');
  expect(partialDateEnd(parsePartialDate('2014-11')!)).toBe('2014-11-30');
  expect(partialDateEnd(parsePartialDate('2014-11-05')!)).toBe('2014-11-05');
});
