/**
 * The lead's trial article (extract79): words after a cue that open with a share or a number are never the claimant.
 * Sentences written for these tests.
 */
import { expected, shapes } from './support';

const at = { published: '2026-12-06' };

describe('words after the cue that open with a share or a number are what was said, not who said it', () => {
  const researcher = { claimant: 'Lina Okafor', mention: 'An analyst at the institute, Lina Okafor', cue: 'said', as_of: '2026-12-06' };
  const whole = expected({ value_text: '600', value: 600, metric: 'members', ...researcher });

  test('a share after the cue of a subject with a role in apposition', () => {
    expect(
      shapes(
        'An analyst at the institute, Lina Okafor, said roughly a third of the 600 fighters now active were recruited locally in 2025.',
        at,
      ),
    ).toEqual([
      expected({
        value_text: 'roughly a third',
        approximation: 'approximately',
        fraction: 0.333,
        metric: 'members',
        ...researcher,
        relations: ['part_of c2'],
      }),
      whole,
    ]);
    expect(
      shapes(
        'An analyst at the institute, Lina Okafor, said about half of the 600 fighters now active were recruited locally in 2025.',
        at,
      ),
    ).toEqual([
      expected({
        value_text: 'about half',
        approximation: 'approximately',
        fraction: 0.5,
        metric: 'members',
        ...researcher,
        relations: ['part_of c2'],
      }),
      whole,
    ]);
  });

  test('a number word after the cue, a part of the figure that follows', () => {
    expect(
      shapes('An analyst at the institute, Lina Okafor, said forty of the 600 fighters now active were recruited locally in 2025.', at),
    ).toEqual([expected({ value_text: 'forty', value: 40, metric: 'members', ...researcher, relations: ['part_of c2'] }), whole]);
  });

  test('the shares other subjects and cues are read with keep their speakers', () => {
    expect(
      shapes('The minister, Amade Chume, told reporters about half of the 600 fighters now active were recruited locally in 2025.', at),
    ).toEqual([
      expected({
        value_text: 'about half',
        approximation: 'approximately',
        fraction: 0.5,
        metric: 'members',
        claimant: 'Amade Chume',
        mention: 'The minister, Amade Chume',
        cue: 'told reporters',
        as_of: '2026-12-06',
        relations: ['part_of c2'],
      }),
      expected({
        value_text: '600',
        value: 600,
        metric: 'members',
        claimant: 'Amade Chume',
        mention: 'The minister, Amade Chume',
        cue: 'told reporters',
        as_of: '2026-12-06',
      }),
    ]);
    expect(
      shapes('Lina Okafor, a researcher, estimated nearly two-thirds of the 600 fighters now active were recruited locally in 2025.', at),
    ).toEqual([
      expected({
        value_text: 'nearly two-thirds',
        approximation: 'approximately',
        fraction: 0.667,
        metric: 'members',
        claimant: 'Lina Okafor',
        mention: 'Lina Okafor',
        cue: 'estimated',
        as_of: '2026-12-06',
        relations: ['part_of c2'],
      }),
      expected({
        value_text: '600',
        value: 600,
        metric: 'members',
        claimant: 'Lina Okafor',
        mention: 'Lina Okafor',
        cue: 'estimated',
        as_of: '2026-12-06',
      }),
    ]);
    expect(
      shapes('An analyst at the institute, Lina Okafor, said most of the 600 fighters now active were recruited locally in 2025.', at),
    ).toEqual([whole]);
  });

  test('a count of the speakers after the cue is still who speaks', () => {
    expect(shapes('Thirty fighters were killed, said one senior security source.', at)).toEqual([
      expected({
        value_text: 'Thirty',
        value: 30,
        metric: 'killed',
        claimant: 'one senior security source',
        mention: 'one senior security source',
        cue: 'said',
        as_of: '2026-12-06',
      }),
    ]);
  });
});

describe('people who gave up the fight under an amnesty, however it is told, are returnees', () => {
  test('a surrender under an amnesty, an amnesty granted and a programme laid down arms in', () => {
    expect(shapes('Officials said that 64 militants had surrendered under the government’s amnesty since March.', at)).toEqual([
      expected({ value_text: '64', value: 64, metric: 'returnees', claimant: 'Officials', mention: 'Officials', cue: 'said' }),
    ]);
    expect(shapes('Some 120 combatants were granted amnesty in 2025, the ministry said.', at)).toEqual([
      expected({
        value_text: 'Some 120',
        value: 120,
        approximation: 'approximately',
        metric: 'returnees',
        claimant: 'ministry',
        mention: 'the ministry',
        cue: 'said',
        as_of: '2025',
      }),
    ]);
    expect(shapes('Another 35 fighters laid down their arms as part of the amnesty programme.', at)).toEqual([
      expected({ value_text: '35', value: 35, metric: 'returnees', as_of: '2026-12-06' }),
    ]);
  });

  test('a surrender to troops with no amnesty stays the group s strength', () => {
    expect(shapes('The army said 22 militants had surrendered to troops near Mocimboa.', at)).toEqual([
      expected({ value_text: '22', value: 22, metric: 'members', claimant: 'army', mention: 'The army', cue: 'said' }),
    ]);
  });
});

describe('people driven from their homes are a population, however it is told', () => {
  test('forced from their homes and made homeless are no candidates', () => {
    expect(shapes('The insurgency has forced more than 250,000 people from their homes, the agency said.', at)).toEqual([]);
    expect(shapes('More than 250,000 people have been forced from their homes, the agency said.', at)).toEqual([]);
    expect(shapes('The fighting has made 3,000 people homeless, the agency said.', at)).toEqual([]);
  });

  test('the people killed, abducted or arrested in the same sentence are kept', () => {
    expect(shapes('The insurgents have killed 1,800 people and forced 250,000 from their homes since 2017, the agency said.', at)).toEqual([
      expected({
        value_text: '1,800',
        value: 1800,
        metric: 'victims_killed',
        claimant: 'agency',
        mention: 'the agency',
        cue: 'said',
        as_of: '2026-12-06',
      }),
    ]);
    expect(shapes('About 90,000 residents have fled their villages since May, and 14 people were abducted, officials said.', at)).toEqual([
      expected({
        value_text: '14',
        value: 14,
        metric: null,
        claimant: 'officials',
        mention: 'officials',
        cue: 'said',
        as_of: '2026-12-06',
      }),
    ]);
    expect(shapes('Around 40,000 are now internally displaced, while 120 suspects were arrested, police said.', at)).toEqual([
      expected({
        value_text: '120',
        value: 120,
        metric: 'arrested',
        claimant: 'police',
        mention: 'police',
        cue: 'said',
        as_of: '2026-12-06',
      }),
    ]);
  });

  test('fighters driven out of a place by troops are still counted', () => {
    expect(shapes('Troops drove 200 militants out of the district, the army said.', at)).toEqual([
      expected({
        value_text: '200',
        value: 200,
        metric: 'members',
        claimant: 'army',
        mention: 'the army',
        cue: 'said',
        as_of: '2026-12-06',
      }),
    ]);
  });
});
