import { intervalText } from '../../src/web/pages/compareSources';

test('an interval writes its ends as figures, apart by a spaced dash, not a comma that reads as a digit group', () => {
  expect(intervalText({ low: 3888.9, high: 4753.1, low_open: false, high_open: false })).toBe('[3,888.9 – 4,753.1]');
  expect(intervalText({ low: 300, high: null, low_open: true, high_open: false })).toBe('(300 – ∞)');
  expect(intervalText({ low: 0, high: 1500, low_open: false, high_open: true })).toBe('[0 – 1,500)');
  expect(intervalText(null)).toBe('—');
});
