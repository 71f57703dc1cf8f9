/**
 * Headlines (extract48): a title line ending with a bracket ("Summary (English version)") above a blank line is a
 * headline, as any line without final punctuation is; a sentence closed before its footnote markers or its closing
 * bracket is not. Sentences written for these tests.
 */
import { sentences } from '../../src/extract/text';
import { expected, shapes } from './support';

const at = { published: '2025-03-12' };

describe('a title line ending with a bracket', () => {
  test('"Summary (English version)" above a blank line is a headline, and the lead paragraph after it frames the text', () => {
    const text =
      'Ministry of the Interior\nAnnual Report 2024 – Summary (English version)\n\nAt the end of 2024, the ministry knew of 240 people from Ruritania who had joined Islamic State in Syria and Iraq.\n\nA total of 96 persons have since returned, the ministry said.';
    expect(sentences(text).map((s) => s.headline)).toEqual([true, true, false, false]);
    const ministry = { claimant: 'ministry', mention: 'the ministry', group: 'islamic-state', as_of: '2024' };
    expect(shapes(text, at)).toEqual([
      expected({ value_text: '240', value: 240, cue: 'knew of', ...ministry }),
      expected({ value_text: '96', value: 96, metric: 'returnees', cue: 'said', ...ministry, as_of: '2025-03-12' }),
    ]);
  });

  test('a sentence closed before footnote markers or a closing bracket is no headline', () => {
    const text = '(About 80 women are still in the camps.)\n\nSome 300 fighters have returned.[1][2]\n\nThe camps held 900.';
    expect(sentences(text).map((s) => s.headline)).toEqual([false, false, false]);
  });
});
