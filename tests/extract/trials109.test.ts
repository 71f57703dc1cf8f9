/**
 * extract109: misreadings found by running the extractor over eight articles written for a trial
 * (tests/fixtures/extract-trials109), each fixed as a class. Sentences written for these tests; each assertion is of the
 * whole candidate list.
 */
import { expected, shapes } from './support';

const at = { published: '2026-12-07' };
const today = { as_of: '2026-12-07' };

describe('people wounded in an attack told with a participle', () => {
  test('wounding and injuring count the injured, killing the dead', () => {
    expect(shapes('The bomb exploded in a market, killing 14 people and wounding 52.', at)).toEqual([
      expected({ value_text: '14', value: 14, metric: 'victims_killed', ...today }),
      expected({ value_text: '52', value: 52, metric: 'victims_injured', ...today }),
    ]);
  });

  test('a part of the dead before the participle stays among the dead', () => {
    expect(shapes('Gunmen raided the village, killing 21 farmers, six of them women, and injuring 17.', at)).toEqual([
      expected({ value_text: '21', value: 21, metric: 'victims_killed', ...today }),
      expected({ value_text: 'six', value: 6, metric: 'victims_killed', ...today, relations: ['part_of c1'] }),
      expected({ value_text: '17', value: 17, metric: 'victims_injured', ...today }),
    ]);
  });
});

describe('a figure dated the year before a stated date', () => {
  test('the year before a year is the year before it', () => {
    expect(shapes('Danish courts convicted 52 people of terrorism offences in 2024, up from 38 the year before.', at)).toEqual([
      expected({ value_text: '52', value: 52, metric: 'convicted', group: 'terrorism-all', as_of: '2024', relations: ['supersedes c2'] }),
      expected({ value_text: '38', value: 38, metric: 'convicted', group: 'terrorism-all', as_of: '2023' }),
    ]);
  });

  test('a year earlier than a full date is that date a year back', () => {
    expect(shapes('On 30 June 2025, 61 people were held in prison for terrorism offences, compared with 57 a year earlier.', at)).toEqual([
      expected({ value_text: '61', value: 61, metric: 'arrested', group: 'terrorism-all', as_of: '2025-06-30' }),
      expected({ value_text: '57', value: 57, metric: 'arrested', group: 'terrorism-all', as_of: '2024-06-30' }),
    ]);
  });
});

describe('a part of the figure that holds, not of the one it is set against', () => {
  test('a part after a comparison belongs to the newer figure', () => {
    const police = { claimant: 'Police', mention: 'Police', cue: 'said' };
    expect(
      shapes('Police said they had arrested 63 suspects this year, compared with 48 in 2025. Of those detained, 22 were foreigners.', at),
    ).toEqual([
      expected({ value_text: '63', value: 63, metric: 'arrested', as_of: '2026', ...police }),
      expected({ value_text: '48', value: 48, metric: 'arrested', as_of: '2025', ...police }),
      expected({ value_text: '22', value: 22, metric: 'arrested', ...today, relations: ['part_of c1'] }),
    ]);
  });

  test('a part of a strength that replaced an older one belongs to the strength', () => {
    expect(shapes('The group has about 900 fighters, down from 1,400 in 2023. Some 200 of these are foreign fighters.', at)).toEqual([
      expected({
        value_text: 'about 900',
        value: 900,
        approximation: 'approximately',
        metric: 'members',
        ...today,
        relations: ['supersedes c2'],
      }),
      expected({ value_text: '1,400', value: 1400, metric: 'members', as_of: '2023' }),
      expected({
        value_text: 'Some 200',
        value: 200,
        approximation: 'approximately',
        metric: 'foreign_fighters',
        ...today,
        relations: ['part_of c1'],
      }),
    ]);
  });
});

describe('what became of some of the travellers counted before', () => {
  test('a bare figure killed after travellers in its sentence is part of them', () => {
    const officials = { claimant: 'officials', mention: 'officials', cue: 'said' };
    expect(shapes('Some 450 Kyrgyz citizens travelled to Syria, and about 120 have been killed, officials said.', at)).toEqual([
      expected({
        value_text: 'Some 450',
        value: 450,
        approximation: 'approximately',
        metric: 'foreign_fighters',
        country: 'KG',
        ...officials,
        ...today,
      }),
      expected({
        value_text: 'about 120',
        value: 120,
        approximation: 'approximately',
        metric: 'killed',
        country: 'KG',
        ...officials,
        ...today,
        relations: ['part_of c1'],
      }),
    ]);
  });

  test('control: a second count of travellers is no part', () => {
    expect(shapes('About 300 Albanians travelled to Syria and about 150 went to Iraq.', at)).toEqual([
      expected({
        value_text: 'About 300',
        value: 300,
        approximation: 'approximately',
        metric: 'foreign_fighters',
        country: 'AL',
        as_of: '2026-12-07',
      }),
      expected({
        value_text: 'about 150',
        value: 150,
        approximation: 'approximately',
        metric: 'foreign_fighters',
        country: 'AL',
        as_of: '2026-12-07',
      }),
    ]);
  });
});
