/**
 * Recall on unseen text (extract23): a bare number whose people the sentence names before it, as a part of them or as
 * the people a figure is "for", and people named by what they did in crime and conflict. Sentences written for these
 * tests.
 */
import { expected, shapes } from './support';

const at = { published: '2025-06-01' };

describe('a part of people named before it counts them, whatever its verb is done to', () => {
  test('"of whom N" followed by a verb and a noun of things', () => {
    const text = 'Officials counted 40 Uzbek returnees, of whom 11 joined rehabilitation programmes.';
    const said = { country: 'UZ', claimant: 'Officials', mention: 'Officials', cue: 'counted', as_of: '2025-06-01' };
    expect(shapes(text, at)).toEqual([
      expected({ value_text: '40', value: 40, metric: 'returnees', ...said }),
      expected({ value_text: '11', value: 11, metric: 'returnees', ...said, relations: ['part_of c1'] }),
    ]);
  });

  test('"among them, N" after a figure of people in the clause before', () => {
    const text = 'Police detained 52 suspects in March; among them, 12 later faced terrorism charges.';
    const fields = { country: null, group: 'terrorism-all', as_of: '2025-03' };
    expect(shapes(text, at)).toEqual([
      expected({ value_text: '52', value: 52, metric: 'arrested', ...fields }),
      expected({ value_text: '12', value: 12, metric: 'charged', ...fields, relations: ['part_of c1'] }),
    ]);
  });

  test('a clause opened by "Of those" and a status: the people of that status', () => {
    expect(shapes('Of those sentenced, 12 got life terms, the court said.', at)).toEqual([
      expected({
        value_text: '12',
        value: 12,
        metric: 'convicted',
        claimant: 'court',
        mention: 'the court',
        cue: 'said',
        as_of: '2025-06-01',
      }),
    ]);
  });

  test('but a part of things is no count of people', () => {
    expect(shapes('Of the 40 attacks, 11 targeted police stations.', at)).toEqual([]);
    expect(shapes('The ministry received 40 complaints, of which 11 led to prosecutions.', at)).toEqual([]);
  });
});

describe('a figure "for" people counts them, as a figure "of" them does', () => {
  test('the figure for the people it names, and a part of it', () => {
    const text = 'Last year the figure for citizens who joined militant groups abroad stood at 1,899, with 310 of them killed.';
    const fields = { group: 'jihadist-groups', as_of: '2024' };
    expect(shapes(text, at)).toEqual([
      expected({ value_text: '1,899', value: 1899, metric: 'foreign_fighters', ...fields }),
      expected({ value_text: '310', value: 310, metric: 'killed', ...fields, relations: ['part_of c1'] }),
    ]);
    expect(shapes('The official figure for women repatriated from Syria in 2024 is 146.', at)).toEqual([
      expected({ value_text: '146', value: 146, metric: 'returnees', as_of: '2024' }),
    ]);
  });

  test('but a figure for things counts things', () => {
    expect(shapes('The official figure for attacks in 2024 is 146.', at)).toEqual([]);
  });
});

describe('people named by what they did in crime and conflict', () => {
  test('offenders and perpetrators are people', () => {
    expect(shapes('Police arrested 14 offenders and 6 perpetrators of the attack.', at)).toEqual([
      expected({ value_text: '14', value: 14, metric: 'arrested', as_of: '2025-06-01' }),
      expected({ value_text: '6', value: 6, metric: 'arrested', as_of: '2025-06-01' }),
    ]);
    expect(shapes('Courts convicted 140 offenders in 2024, the ministry said.', at)).toEqual([
      expected({
        value_text: '140',
        value: 140,
        metric: 'convicted',
        claimant: 'ministry',
        mention: 'the ministry',
        cue: 'said',
        as_of: '2024',
      }),
    ]);
  });

  test('offences are still things', () => {
    expect(shapes('The report lists 14 offences and 6 attacks.', at)).toEqual([]);
  });
});
