/**
 * Faults found by the lead's probe articles of issue 11 (a wire story, a fact sheet's table of statuses, a report of
 * raids, a list of detainees by nationality): which numbers are figures and what they count. Sentences written for
 * these tests.
 */
import { expected, shapes } from './support';

const at = { published: '2026-01-10' };

test('a country abbreviated with full stops before a people noun names their country', () => {
  expect(shapes('Roughly 30 U.S. citizens went to fight for the group, a bureau spokesman said.', at)).toEqual([
    expected({
      value_text: 'Roughly 30',
      value: 30,
      approximation: 'approximately',
      country: 'US',
      claimant: 'bureau spokesman',
      mention: 'a bureau spokesman',
      cue: 'said',
      as_of: '2026-01-10',
    }),
  ]);
  expect(
    shapes('Prosecutors say 45 U.K. nationals are still held in the camps.', at).map((c) => [c.value_text, c.metric, c.country]),
  ).toEqual([['45', 'in_camps', 'GB']]);
});

test('a table row labelled with a place or with no status is its own category, not the row before it', () => {
  const table = [
    'Figure 4. Swedish travellers by status, 2025',
    'Status | Persons',
    'Came back | 150',
    'Believed killed | 70',
    'In Iraq or Syria | 45',
    'Not known | 35',
  ].join('\n');
  expect(shapes(table, at).map((c) => [c.value_text, c.metric])).toEqual([
    ['150', 'returnees'],
    ['70', 'killed'],
    ['45', 'still_in_conflict_zone'],
    ['35', 'foreign_fighters'],
  ]);
});

test('people held during or after an operation, or simply held, are arrested; people held captive are hostages', () => {
  expect(shapes('Around 90 people were held during the overnight sweep, the interior ministry said.', at)).toEqual([
    expected({
      value_text: 'Around 90',
      value: 90,
      approximation: 'approximately',
      metric: 'arrested',
      claimant: 'interior ministry',
      mention: 'the interior ministry',
      cue: 'said',
      as_of: '2026-01-10',
    }),
  ]);
  expect(
    shapes('Some 25 men were held following the riot. Eleven others were held, a police source said.', at).map((c) => [
      c.value_text,
      c.metric,
    ]),
  ).toEqual([
    ['Some 25', 'arrested'],
    ['Eleven', 'arrested'],
  ]);
  expect(shapes('The militia kept 18 villagers held captive for weeks.', at).map((c) => [c.value_text, c.metric])).toEqual([['18', null]]);
});

test('the figures after a whole opened by among the are parts of it, in a sentence or in a clause', () => {
  const official = { metric: 'arrested', claimant: 'prison official', mention: 'a prison official', cue: 'said', as_of: '2026-01-10' };
  expect(shapes('Among the 75 prisoners were 20 nationals of Iraq, 12 of Egypt and 4 of Jordan, a prison official said.', at)).toEqual([
    expected({ value_text: '75', value: 75, ...official }),
    expected({ value_text: '20', value: 20, country: 'IQ', relations: ['part_of c1'], ...official }),
    expected({ value_text: '12', value: 12, country: 'EG', relations: ['part_of c1'], ...official }),
    expected({ value_text: '4', value: 4, country: 'JO', relations: ['part_of c1'], ...official }),
  ]);
  expect(shapes('The ministry said on Monday that, of the 120 returnees, 45 were women.', at).map((c) => c.relations)).toEqual([
    [],
    ['part_of c1'],
  ]);
});

test('US before a count of people is the country, not a currency', () => {
  expect(shapes('In the US 40 people were charged with supporting the group last year.', at).map((c) => [c.value_text, c.metric])).toEqual([
    ['40', 'charged'],
  ]);
  expect(shapes('The cell paid US 40 per fighter and raised USD 900 in all.', at)).toEqual([]);
});

test('an event that was held is no arrest of the people counted after it', () => {
  expect(shapes('A memorial was held for the 35 victims of the bombing.', at)).toEqual([
    expected({ value_text: '35', value: 35, metric: 'victims_killed', as_of: '2026-01-10' }),
  ]);
});
