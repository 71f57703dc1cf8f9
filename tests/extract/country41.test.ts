/**
 * Country on unseen text (extract41): the country heading a list item whose clause leaves its verb out ("Tunisia for
 * 95", "Jordan with 2,089"), follows a ranking's "followed by" or quotes its figure ("Lebanon "around 900""). Sentences
 * written for these tests; each assertion is of the whole candidate.
 */
import { expected, shapes } from './support';

const at = { published: '2025-06-01' };

describe('a country heads its list item across the words a gapped clause keeps', () => {
  test('"Morocco accounts for 120, Tunisia for 95 and Algeria for 40": each figure is of its own country', () => {
    const text = 'Morocco accounts for 120 returnees, Tunisia for 95 and Algeria for 40, the study found.';
    const study = {
      metric: 'returnees',
      approximation: 'exact' as const,
      claimant: 'study',
      mention: 'the study',
      cue: 'found',
      as_of: '2025-06-01',
    };
    expect(shapes(text, at)).toEqual([
      expected({ value_text: '120', value: 120, country: 'MA', ...study }),
      expected({ value_text: '95', value: 95, country: 'TN', ...study }),
      expected({ value_text: '40', value: 40, country: 'DZ', ...study }),
    ]);
  });

  test('a quoted figure after its country ("Lebanon "around 900"") is of that country, not of the one before', () => {
    const text = 'Jordan, by the ministry\'s count, sent at least 3,000 people; Lebanon "around 900"; Egypt only 600.';
    const ministry = { metric: 'foreign_fighters', claimant: 'ministry', mention: "the ministry's count", as_of: '2025-06-01' };
    expect(shapes(text, at)).toEqual([
      expected({ value_text: 'at least 3,000', value: 3000, value_low: 3000, approximation: 'at_least', country: 'JO', ...ministry }),
      expected({ value_text: 'around 900', value: 900, approximation: 'approximately', country: 'LB', ...ministry }),
      expected({ value_text: '600', value: 600, approximation: 'exact', country: 'EG', hedge: 'only', ...ministry }),
    ]);
  });

  test('a ranking "followed by Saudi Arabia with 2,275 and Jordan with 2,089" gives each figure its country', () => {
    const text = 'Russia topped the list with 3,417 fighters, followed by Saudi Arabia with 2,275 and Jordan with 2,089.';
    const ranking = { approximation: 'exact' as const, metric: 'foreign_fighters', as_of: '2025-06-01' };
    expect(shapes(text, at)).toEqual([
      expected({ value_text: '3,417', value: 3417, country: 'RU', ...ranking }),
      expected({ value_text: '2,275', value: 2275, country: 'SA', ...ranking }),
      expected({ value_text: '2,089', value: 2089, country: 'JO', ...ranking }),
    ]);
  });
});
