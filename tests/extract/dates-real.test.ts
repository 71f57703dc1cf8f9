/**
 * Every date the extractor proposes is one a claim can take (YYYY, YYYY-MM or YYYY-MM-DD of a real month and day): a
 * report dated by its year alone had dated "On March 21, …" as "NaN-03-21", and a text's "2025-13-01" or "30 February"
 * was proposed as it stood. Sentences written for these tests.
 */
import { shapes } from './support';

const REAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

test('a day and month with no year, in a text published in a known year only, take the year the text frames them in', () => {
  const text =
    'Yearly Security Review 2025\n\n2025 Incidents: Major attacks included:\n- On March 21, gunmen attacked a market in the east, killing 44 traders.\n';
  const found = shapes(text, { published: '2026' });
  expect(found.map((c) => [c.value_text, c.metric, c.as_of])).toEqual([['44', 'victims_killed', '2025']]);
  // (a publication known to its month dates the same day the publication's way)
  expect(shapes(text, { published: '2026-03' }).map((c) => c.as_of)).toEqual(['2026-03-21']);
});

test('a day no month has, or a month no year has, is no date', () => {
  const text = 'On 30 February, police arrested 12 suspects. On 2025-13-01, 40 fighters returned home, officials said.';
  for (const published of ['2026', '2026-03', '2026-12-05', null]) {
    const found = shapes(text, { published });
    expect(found.map((c) => c.value_text)).toEqual(['12', '40']);
    for (const c of found) if (c.as_of !== null) expect(c.as_of).toMatch(REAL_DATE);
    expect(found.map((c) => c.as_of).filter((d) => d !== null && /-02-30|-13-/.test(d))).toEqual([]);
  }
});

test('a text whose head gives an impossible publication date is read as undated', () => {
  const found = shapes('Posted 2025-02-30\n\nPolice said 40 suspects were arrested last month.', { published: null });
  expect(found.map((c) => [c.value_text, c.as_of])).toEqual([['40', null]]);
});
