/**
 * Rules found by studying held-out 12 (extract19: claimant and country on unseen text), each written as a general
 * mechanism and tested on sentences written for these tests.
 */
import { expected, shapes } from './support';

const at = { published: '2025-06-01' };

describe('claimant: numbered paragraphs', () => {
  test('the number of a paragraph ("3.2") is no full stop before the subject of its cue', () => {
    const text = [
      '3.1 The inquiry received 14 submissions.',
      '3.2 Europol told the inquiry that 27 residents of the city had left for Syria since 2013, and that 9 of them had died there.',
    ].join('\n');
    const europol = { claimant: 'Europol', mention: 'Europol', cue: 'told the inquiry' };
    expect(shapes(text, at)).toEqual([
      expected({ value_text: '27', value: 27, ...europol }),
      expected({ value_text: '9', value: 9, metric: 'killed', relations: ['part_of c1'], ...europol }),
    ]);
  });
});
