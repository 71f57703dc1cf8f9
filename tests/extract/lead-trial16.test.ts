/**
 * Misreadings the lead found on a Nigerian daily's story of their own (/root/s42/trial16.txt in the session's scratch):
 * "According to him, the surrendered persons comprised 312 adult males…" named "him" as the claimant (a pronoun after
 * "according to" was never resolved), and "Major General Edward Buba" noted in a sentence of its own was "General Edward
 * Buba" for a later "he" (a rank of two words read as one honorific and a name). Sentences written for these tests; each
 * assertion is of the whole candidate list.
 */
import { expected, shapes } from './support';

const at = { published: '2026-12-04' };

describe('a pronoun after according to', () => {
  test('according to her is the person named before', () => {
    expect(shapes('Amina Yusuf spoke on Thursday. According to her, 312 fighters surrendered.', at)).toEqual([
      expected({
        value_text: '312',
        value: 312,
        metric: 'members',
        claimant: 'Amina Yusuf',
        mention: 'her',
        cue: 'According to',
        as_of: '2026-12-04',
      }),
    ]);
  });
});

describe('a rank of two words before a name', () => {
  test('a major general named in a sentence of its own is the person a later he stands for', () => {
    expect(shapes('Major General Edward Buba spoke on Thursday. He said 87 fighters were killed.', at)).toEqual([
      expected({
        value_text: '87',
        value: 87,
        metric: 'killed',
        claimant: 'Edward Buba',
        mention: 'He',
        cue: 'said',
        as_of: '2026-12-04',
      }),
    ]);
  });
});
