/**
 * Recall on unseen text (extract26): bare numbers in tables and lists, told by their column's heading, their label or
 * their list's lead; wordings of approximation ("12k", "~300", "in the order of", "upward of"); people living in camps
 * counted in millions; numbers put as alternatives that do not matter. Sentences written for these tests.
 */
import { expected, shapes } from './support';

const at = { published: '2025-06-01' };

describe('a table: each cell counts what its column heading names', () => {
  test('a heading of people sought and of arrests; a heading of things refuses its cells; a row label heads its row', () => {
    const text = 'Country | Persons sought | Arrested | Red notices\nColombia | 14 | 3 | 9\nPeru | 8 | 1 | 5';
    const row = (country: string) => ({ country, as_of: '2025-06-01' });
    expect(shapes(text, at)).toEqual([
      expected({ value_text: '14', value: 14, metric: 'wanted', ...row('CO') }),
      expected({ value_text: '3', value: 3, metric: 'arrested', ...row('CO') }),
      expected({ value_text: '8', value: 8, metric: 'wanted', ...row('PE') }),
      expected({ value_text: '1', value: 1, metric: 'arrested', ...row('PE') }),
    ]);
  });

  test('a heading row that leaves the corner over the row labels blank', () => {
    const text = '                 Wanted    Arrested\nFrente Norte         12           3';
    expect(shapes(text, at)).toEqual([
      expected({ value_text: '12', value: 12, metric: 'wanted', as_of: '2025-06-01' }),
      expected({ value_text: '3', value: 3, metric: 'arrested', as_of: '2025-06-01' }),
    ]);
  });
});

describe("a list: each item counts what its label names, else what the list's lead names", () => {
  test('a heading over the list that names people; "Other regions" is the rest of the breakdown', () => {
    const text = 'Detentions in 2024\n- Tashkent region: 44\n- Other regions: 31';
    expect(shapes(text, at).map((c) => [c.value_text, c.value])).toEqual([
      ['44', 44],
      ['31', 31],
    ]);
  });

  test('a caption over a table with no heading row', () => {
    const text =
      'Table 3. Persons placed on the national wanted list, by nationality\nKyrgyzstan      14      6\nTajikistan       9      4';
    expect(shapes(text, at).map((c) => [c.value_text, c.metric, c.country])).toEqual([
      ['14', 'wanted', 'KG'],
      ['6', 'wanted', 'KG'],
      ['9', 'wanted', 'TJ'],
      ['4', 'wanted', 'TJ'],
    ]);
  });

  test('a list run into its sentence: the lead names the nationality, the items where they are', () => {
    const text = 'Tajik nationals arrested abroad on extremism charges in 2024: Russia 31, Germany 7.';
    expect(shapes(text, at)).toEqual([
      expected({ value_text: '31', value: 31, metric: 'arrested', country: 'TJ', as_of: '2024' }),
      expected({ value_text: '7', value: 7, metric: 'arrested', country: 'TJ', as_of: '2024' }),
    ]);
  });

  test('but items labelled by things, under a lead that names nothing, stay out', () => {
    expect(shapes('Other statistics\n- Attacks prevented: 6\n- Weapons seized: 38', at)).toEqual([]);
  });
});

describe('wordings of approximation', () => {
  test('"12k", "~300", "in the order of", "upward of"', () => {
    const rows = shapes(
      'About 12k people remain in the annex. The camp holds ~300 foreign women. The number of returnees is in the order of 1,500. Upward of 400 fighters were killed.',
      at,
    ).map((c) => [c.value_text, c.approximation, c.value]);
    expect(rows).toEqual([
      ['About 12k', 'approximately', 12000],
      ['~300', 'approximately', 300],
      ['in the order of 1,500', 'approximately', 1500],
      ['Upward of 400', 'more_than', 400],
    ]);
  });

  test('"in the region of" is "about", not a region\'s population', () => {
    expect(shapes('In the region of 200 militants were arrested.', at).map((c) => [c.value_text, c.approximation])).toEqual([
      ['In the region of 200', 'approximately'],
    ]);
  });
});

test('millions of people living in camps are people in camps, not a population', () => {
  expect(shapes('Nearly 1.2 million people live in the camps, the UN said.', at).map((c) => [c.value, c.metric])).toEqual([
    [1200000, 'in_camps'],
  ]);
  expect(shapes('More than 1.2 million people have been displaced.', at)).toEqual([]);
});

test('numbers put as alternatives that do not matter are no figures; a figure after "whether" still is', () => {
  expect(shapes('Whether it is 1,900 or 3,000, the number of fighters is too high, the minister said.', at)).toEqual([]);
  expect(shapes('Be it 50 or 500 fighters, the risk remains.', at)).toEqual([]);
  expect(shapes('The question is whether 300 returnees pose a threat.', at).map((c) => c.value)).toEqual([300]);
});
