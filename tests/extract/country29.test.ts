/**
 * Country on unseen text (extract29): a nationality that qualifies the state's troops, force or department acting on the
 * people counted is theirs, not the people's (the README: null when the text gives no nationality). Sentences written
 * for these tests.
 */
import { expected, shapes } from './support';

const at = { published: '2025-06-01' };

/** A source that says a figure: its name, the words at the attribution point, "said". */
const said = (claimant: string, mention = claimant) => ({ claimant, mention, cue: 'said' });

describe("a state's troops, force or department acting name no nationality of those they act on", () => {
  test.each([
    [
      '"Colombian troops killed 12 rebels": the rebels are of no stated nationality',
      'Colombian troops killed 12 rebels near the border on Tuesday, the Defence Ministry said.',
      {
        value_text: '12',
        value: 12,
        metric: 'killed',
        ...said('Defence Ministry (Colombia)', 'the Defence Ministry'),
        as_of: '2025-05-27',
      },
    ],
    [
      "\"Rwanda's defence force said\": the source's state is not the insurgents'",
      "Security forces killed 30 insurgents in the province, Rwanda's defence force said.",
      { value_text: '30', value: 30, metric: 'killed', ...said("Rwanda's defence force"), as_of: '2025-06-01' },
    ],
    [
      '"Pakistani soldiers arrested 14": their arrests, not Pakistanis counted',
      'Pakistani soldiers arrested 14 suspected militants in raids, officials said.',
      { value_text: '14', value: 14, metric: 'arrested', ...said('officials'), as_of: '2025-06-01' },
    ],
    [
      'but soldiers counted with their nationality are its nationals',
      'Twelve Colombian soldiers were killed in the ambush.',
      { value_text: 'Twelve', value: 12, metric: 'victims_killed', country: 'CO', as_of: '2025-06-01' },
    ],
  ])('%s', (_name, text, fields) => {
    expect(shapes(text, at)).toEqual([expected(fields)]);
  });
});

describe("a nationality counted for one figure is not another's", () => {
  test("the noun of an earlier figure in the sentence does not name the later one's people", () => {
    expect(shapes('Police detained 5 Tunisians on Monday and 17 suspects on Tuesday.', at)).toEqual([
      expected({ value_text: '5', value: 5, metric: 'arrested', country: 'TN', as_of: '2025-05-26' }),
      expected({ value_text: '17', value: 17, metric: 'arrested', as_of: '2025-05-27' }),
    ]);
  });

  test('nor does a part pass its nationality to the whole it is among', () => {
    const police = { ...said('Police in Niamey'), as_of: '2025-06-01' };
    expect(shapes('Police in Niamey said 9 Nigerians were among 40 militants captured near the border.', at)).toEqual([
      // (a part among the whole after it, with the whole's status: extract78)
      expected({ value_text: '9', value: 9, metric: 'arrested', country: 'NG', ...police, relations: ['part_of c2'] }),
      expected({ value_text: '40', value: 40, metric: 'arrested', ...police }),
    ]);
  });

  test('"12 Belgians of the 300 men": the whole does not take its part\'s nationality', () => {
    const officials = said('Officials');
    expect(shapes('Officials said 12 Belgians of the 300 men held there had been convicted.', at)).toEqual([
      expected({ value_text: '12', value: 12, metric: 'convicted', country: 'BE', ...officials, relations: ['part_of c2'] }),
      expected({ value_text: '300', value: 300, ...officials }),
    ]);
  });

  test('but "two more" are more of the people counted before', () => {
    expect(shapes('Nine French jihadists are on death row after a court sentenced two more to death on Sunday.', at)).toEqual([
      expected({
        value_text: 'Nine',
        value: 9,
        metric: 'sentenced_to_death',
        country: 'FR',
        group: 'jihadist-groups',
        as_of: '2025-06-01',
      }),
      expected({
        value_text: 'two',
        value: 2,
        metric: 'sentenced_to_death',
        country: 'FR',
        group: 'jihadist-groups',
        as_of: '2025-06-01',
      }),
    ]);
  });
});
