/**
 * Misreadings the lead found on a news agency's story of their own in the style of Indonesia's ANTARA
 * (/root/s41/trial11.txt in the session's scratch): a spokesman's quotation opening "Of the 27, as many as 11 were
 * arrested in West Java, eight in Central Java…" gave its parts no whole, as the quotation mark hid the "Of the" that
 * opens the sentence. Sentences written for these tests; each assertion is of the whole candidate list.
 */
import { expected, shapes } from './support';

const at = { published: '2026-11-27' };
const today = { as_of: '2026-11-27' };

describe('a quotation opening with "Of the N" gives its figures their whole', () => {
  test('straight and curly quotation marks alike', () => {
    for (const [open, close] of [
      ['"', '"'],
      ['“', '”'],
    ])
      expect(
        shapes(`Police arrested 27 suspects. ${open}Of the 27, 11 were arrested in West Java,${close} the spokesman said.`, at),
      ).toEqual([
        expected({ value_text: '27', value: 27, metric: 'arrested', ...today }),
        expected({
          value_text: '27',
          value: 27,
          metric: 'arrested',
          claimant: 'spokesman',
          mention: 'the spokesman',
          cue: 'said',
          ...today,
        }),
        expected({
          value_text: '11',
          value: 11,
          metric: 'arrested',
          claimant: 'spokesman',
          mention: 'the spokesman',
          cue: 'said',
          relations: ['part_of c2'],
          ...today,
        }),
      ]);
  });
});
