/**
 * People a figure's words give as coming from a subdivision named before by its kind ("from the region", "who left the
 * province", "residents of the republic") are of the first-level subdivision the text has named most so far, by its
 * ISO 3166-2 code (extract102), whether or not the ledger holds it; a nationality stated for them keeps their country.
 * Sentences written for these tests.
 */
import { expected, shapes, shapesWithCountryReason } from './support';

const at = { published: '2026-12-04' };

describe('a subdivision referred to by its kind', () => {
  test('people from the region and people who left the province take the region named before', () => {
    expect(
      shapes(
        'Batken has long worried the authorities. Police said 40 women and children from the region had travelled to Syria, and that 12 people who left the province have returned.',
        at,
      ),
    ).toEqual([
      expected({
        value_text: '40',
        value: 40,
        metric: 'women_and_children',
        country: 'KG-B',
        claimant: 'Police',
        mention: 'Police',
        cue: 'said',
      }),
      expected({
        value_text: '12',
        value: 12,
        metric: 'returnees',
        country: 'KG-B',
        claimant: 'Police',
        mention: 'Police',
        cue: 'said',
      }),
    ]);
  });

  test('the reason names the words and the subdivision', () => {
    const [c] = shapesWithCountryReason(
      'Kairouan is a poor governorate. Some 70 young people from the governorate went to fight in Syria.',
      at,
    );
    expect(c).toEqual({
      ...expected({ value_text: 'Some 70', value: 70, approximation: 'approximately', country: 'TN-41', as_of: '2026-12-04' }),
      why: '"from the governorate": the subdivision named before, "Kairouan" (TN-41)',
    });
  });

  test('a nationality stated for them keeps their country', () => {
    expect(shapes('Kairouan is a poor governorate. Some 70 Tunisian men from the governorate went to fight in Syria.', at)).toEqual([
      expected({ value_text: 'Some 70', value: 70, approximation: 'approximately', country: 'TN', as_of: '2026-12-04' }),
    ]);
  });
});

describe('the region the people of the text are from', () => {
  const kerala = 'Police say 21 young men from Kerala travelled to Syria in 2016. Police have since arrested 36 people.';
  const arrests = expected({ value_text: '36', value: 36, metric: 'arrested', as_of: '2026-12-04' });

  test('carries from a figure whose region was referred to by its kind', () => {
    expect(
      shapes(
        'Batken has long worried the authorities. Police said 40 women and children from the region had travelled to Syria. Police have since arrested 36 people. Another 12 have come home.',
        at,
      ),
    ).toEqual([
      expected({
        value_text: '40',
        value: 40,
        metric: 'women_and_children',
        country: 'KG-B',
        claimant: 'Police',
        mention: 'Police',
        cue: 'said',
      }),
      arrests,
      expected({ value_text: '12', value: 12, metric: 'returnees', country: 'KG-B', as_of: '2026-12-04' }),
    ]);
  });

  test('gives travellers killed the region', () => {
    expect(shapes(`${kerala} At least 9 were killed in air strikes.`, at)).toEqual([
      expected({ value_text: '21', value: 21, country: 'IN-KL', claimant: 'Police', mention: 'Police', cue: 'say', as_of: '2016' }),
      arrests,
      expected({
        value_text: 'At least 9',
        value: 9,
        value_low: 9,
        approximation: 'at_least',
        metric: 'killed',
        country: 'IN-KL',
        as_of: '2026-12-04',
      }),
    ]);
  });

  test('gives none to a part of people of no nationality stated', () => {
    const said = { claimant: 'Observers', mention: 'Observers', cue: 'say', as_of: '2026-12-04' };
    expect(shapes(`${kerala} Observers say 1,350 fighters died there, including some 70 children.`, at).slice(2)).toEqual([
      expected({ value_text: '1,350', value: 1350, metric: 'killed', ...said }),
      expected({
        value_text: 'some 70',
        value: 70,
        approximation: 'approximately',
        metric: 'killed',
        relations: ['part_of c3'],
        ...said,
      }),
    ]);
  });
});

describe('residents after people of a region', () => {
  const joined = (country: string) =>
    expected({ value_text: '31', value: 31, country, claimant: 'Police', mention: 'Police', cue: 'say', as_of: '2026-12-04' });
  const residents = (country: string | null) =>
    expected({ value_text: '12', value: 12, metric: 'returnees', country, as_of: '2026-12-04' });

  test('are of the region the figure before counted', () => {
    expect(
      shapes('Police say 31 people from Adiyaman have joined the group in Syria. Another 12 residents have come back from the camps.', at),
    ).toEqual([joined('TR-02'), residents('TR-02')]);
  });

  test('after nationals of a country stay a whole population of no nationality', () => {
    expect(shapes('Police say 31 Turks have joined the group in Syria. Another 12 residents have come back from the camps.', at)).toEqual([
      joined('TR'),
      residents(null),
    ]);
  });
});
