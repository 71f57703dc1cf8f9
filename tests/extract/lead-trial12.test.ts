/**
 * Misreadings the lead found on a Kyrgyz news agency's story of their own (/root/s41/trial12.txt in the session's
 * scratch): "Officers of the State Committee for National Security (GKNB) of Kyrgyzstan detained…" made the officers
 * part of the committee's name, for every later "the GKNB"; and "Deputy Chairman of the GKNB Tashtemir Aitbaev told…"
 * named no person (the acronym was read as the first of his names), so his figures went to the committee. Sentences
 * written for these tests; each assertion is of the whole candidate list.
 */
import { expected, shapes } from './support';

const at = { published: '2026-11-20' };

describe('the people of a body are no part of its name', () => {
  test('officers of a body named with its acronym, then the body by its acronym', () => {
    expect(
      shapes(
        'Officers of the State Committee for National Security (GKNB) of Kyrgyzstan detained nine men on Tuesday. The GKNB said 40 citizens had left for Syria.',
        at,
      ),
    ).toEqual([
      expected({ value_text: 'nine', value: 9, metric: 'arrested', as_of: '2026-11-17' }),
      expected({
        value_text: '40',
        value: 40,
        metric: 'foreign_fighters',
        country: 'KG',
        claimant: 'State Committee for National Security (GKNB)',
        mention: 'The GKNB',
        cue: 'said',
      }),
    ]);
  });
});

describe('an acronym between a title and a name is the title’s body', () => {
  test('a deputy chairman of a body named by its acronym is the person named after it', () => {
    expect(
      shapes('Deputy Chairman of the GKNB Tashtemir Aitbaev told reporters that 512 citizens had come home from the camps.', at),
    ).toEqual([
      expected({
        value_text: '512',
        value: 512,
        metric: 'returnees',
        claimant: 'Tashtemir Aitbaev',
        mention: 'Deputy Chairman of the GKNB Tashtemir Aitbaev',
        cue: 'told reporters',
      }),
    ]);
  });
});
