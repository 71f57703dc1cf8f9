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
