/**
 * Misreadings the lead found on a wire story of their own (Spain and Morocco's arrests and travellers): a time after an
 * inverted "said" taken for the speaker, a passive with an adverb read as a cue, a body of another country named by the
 * text's main country, and contradicts proposed for any figure near the word "questioned". Sentences written for these
 * tests; each assertion is of the whole candidate list.
 */
import { expected, shapes } from './support';

const at = { published: '2026-03-04' };

describe('a time is no speaker', () => {
  test('said last month after an appositive name keeps the name as the claimant', () => {
    const said = { value_text: '1,659', value: 1659, country: 'MA', group: 'jihadist-groups', cue: 'said', as_of: '2026-02' };
    expect(shapes('Its director, Habib Chraibi, said last month that 1,659 Moroccans had joined militant groups.', at)).toEqual([
      expected({ ...said, claimant: 'Habib Chraibi', mention: 'Its director, Habib Chraibi' }),
    ]);
    expect(shapes('Habib Chraibi, its director, said last week that 1,659 Moroccans had joined militant groups.', at)).toEqual([
      expected({ ...said, claimant: 'Habib Chraibi', mention: 'Habib Chraibi', as_of: null }),
    ]);
  });
});

describe('a passive is no cue, an adverb between or not', () => {
  test('people who were also questioned are not who speaks', () => {
    expect(shapes('Two minors were also questioned and released, police said.', at)).toEqual([
      expected({
        value_text: 'Two',
        value: 2,
        metric: 'children',
        claimant: 'police',
        mention: 'police',
        cue: 'said',
        as_of: '2026-03-04',
      }),
    ]);
  });
});

describe('contradicts needs the same quantity by another source, set against it in words', () => {
  test('a figure rejected as exaggerated contradicts the earlier figure of the same people', () => {
    expect(
      shapes(
        'The interior ministry says 300 Tanzanians are fighting in Mozambique. Police commissioner Juma Said rejected the figure as exaggerated, saying fewer than 100 Tanzanians had gone.',
        at,
      ),
    ).toEqual([
      expected({
        value_text: '300',
        value: 300,
        country: 'TZ',
        claimant: 'interior ministry',
        mention: 'The interior ministry',
        cue: 'says',
        as_of: '2026-03-04',
      }),
      expected({
        value_text: 'fewer than 100',
        value: 100,
        value_high: 100,
        approximation: 'less_than',
        country: 'TZ',
        claimant: 'Juma Said',
        mention: 'Police commissioner Juma Said',
        cue: 'rejected',
        relations: ['contradicts c1'],
      }),
    ]);
  });

  test('people questioned by police, and later figures of other quantities, contradict nothing', () => {
    expect(
      shapes(
        'Police arrested 14 men in Ceuta, the ministry said. Two minors were also questioned and released. The minister said 1,100 people had been arrested since 2017.',
        at,
      ),
    ).toEqual([
      expected({
        value_text: '14',
        value: 14,
        metric: 'arrested',
        claimant: 'ministry',
        mention: 'the ministry',
        cue: 'said',
        as_of: '2026-03-04',
      }),
      expected({ value_text: 'Two', value: 2, metric: 'children', as_of: '2026-03-04' }),
      expected({ value_text: '1,100', value: 1100, metric: 'arrested', claimant: 'minister', mention: 'The minister', cue: 'said' }),
    ]);
  });
});

describe('a body named in a sentence framed by another country is that country s', () => {
  test('In neighbouring Morocco, the bureau is Morocco s, not the country the text names most', () => {
    expect(
      shapes(
        'Spain says 40 Spaniards left for Syria. In neighbouring Morocco, the Central Bureau of Judicial Investigations (BCIJ) said it had arrested 87 suspects.',
        at,
      ),
    ).toEqual([
      expected({ value_text: '40', value: 40, country: 'ES', claimant: 'Spain', mention: 'Spain', cue: 'says', as_of: '2026-03-04' }),
      expected({
        value_text: '87',
        value: 87,
        metric: 'arrested',
        claimant: 'Central Bureau of Judicial Investigations (BCIJ), Morocco',
        mention: 'the Central Bureau of Judicial Investigations (BCIJ)',
        cue: 'said',
      }),
    ]);
  });
});
