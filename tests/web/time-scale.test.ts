import { dayNumber } from '../../src/web/charts/encoding';
import { shortNumber, tickLabels, timeScale } from '../../src/web/charts/scale';

/*
 * The time axis of the charts over any date the ledger stores (YYYY from 0001): years 1–99 are those years. They had
 * been placed in 1901–1999 by Date.UTC, so a figure as of the year 1 drew a tick labelled "0" among the 2000s.
 */
const firstOf = (year: number, month = 1) => dayNumber(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`);

test('year ticks over the first centuries stand in order, each on the first day of its year', () => {
  // A chart pads its domain: a figure as of the year 1 starts the axis in the year 0.
  const scale = timeScale(firstOf(1) - 30, dayNumber('0150-12-31'), 0, 1000);
  expect(scale.labels.length).toBeGreaterThan(3);
  for (const [i, label] of scale.labels.entries()) {
    expect(label.at).toBe(firstOf(Number(label.text)));
    if (i > 0) expect(label.at).toBeGreaterThan(scale.labels[i - 1].at);
    expect(scale(label.at)).toBeGreaterThanOrEqual(0);
    expect(scale(label.at)).toBeLessThanOrEqual(1000);
  }
});

test('month ticks within the year 50 are the months of the year 50', () => {
  const scale = timeScale(firstOf(50), dayNumber('0050-12-31'), 0, 1000);
  expect(scale.labels.map((l) => l.at)).toEqual(Array.from({ length: 12 }, (_, m) => firstOf(50, m + 1)));
});

test('a short axis draws fewer month labels, none closer to the next than its width', () => {
  const wide = timeScale(dayNumber('2023-01-01'), dayNumber('2023-12-31'), 0, 1000);
  const narrow = timeScale(dayNumber('2023-01-01'), dayNumber('2023-12-31'), 40, 200);
  expect(wide.labels).toHaveLength(12);
  expect(narrow.labels.length).toBeGreaterThanOrEqual(2);
  expect(narrow.labels.length).toBeLessThan(12);
  expect(narrow.ticks).toEqual(narrow.labels.map((l) => l.at));
  for (const [i, label] of narrow.labels.entries()) {
    // at 12 px a character takes up to 7.5 px: "Sept 2023" about 68 px
    if (i > 0) expect(narrow(label.at) - narrow(narrow.labels[i - 1].at)).toBeGreaterThanOrEqual(label.text.length * 7.5);
  }
});

test('axis labels stay short up to the largest figure the ledger takes, 10^15', () => {
  expect([0, 1500, 9999, 25_000, 2_500_000, 750_000_000, 1.25e9, 3e12, 1e15, 1.25e15].map(shortNumber)).toEqual([
    '0',
    '1,500',
    '9,999',
    '25k',
    '2.5M',
    '750M',
    '1.25B',
    '3T',
    '1,000T',
    '1,250T',
  ]);
});

test('an axis writes its labels one way: all from 1,000 up with their letter once one needs it (web52)', () => {
  expect(tickLabels([0, 2000, 4000, 6000, 8000, 10_000])).toEqual(['0', '2k', '4k', '6k', '8k', '10k']);
  expect(tickLabels([0, 2500, 5000, 7500, 10_000])).toEqual(['0', '2.5k', '5k', '7.5k', '10k']);
  expect(tickLabels([0, 500, 1000, 1500])).toEqual(['0', '500', '1,000', '1,500']);
  expect(tickLabels([0, 500_000, 1_000_000, 1_500_000])).toEqual(['0', '500k', '1M', '1.5M']);
});
