/**
 * extract105: misreadings found by running the extractor over eight articles written for a trial
 * (tests/fixtures/extract-trials105), each fixed as a class. Sentences written for these tests; each assertion is of the
 * whole candidate list.
 */
import { expected, shapes } from './support';

const at = { published: '2026-12-07' };
const today = { as_of: '2026-12-07' };

describe('people said to be refugees or displaced are a population', () => {
  test('a demonym whose predicate makes them refugees is no count of travellers', () => {
    expect(shapes('About 250,000 Nigerians are refugees in Niger and Cameroon. Troops killed 40 militants near the border.', at)).toEqual([
      expected({ value_text: '40', value: 40, metric: 'killed', ...today }),
    ]);
  });

  test('refugees with a status of their own are still counted', () => {
    expect(shapes('Some 30 Afghans who are refugees in Iran were arrested last week.', at)).toEqual([
      expected({ value_text: 'Some 30', value: 30, approximation: 'approximately', metric: 'arrested', country: 'AF', ...today }),
    ]);
  });
});

describe('a verb in scare quotes still governs its object', () => {
  test('the quoted verb gives the first figure its status, the later clause the second', () => {
    const army = { claimant: 'army', mention: 'The army', cue: 'said' };
    expect(shapes('The army said it had "eliminated" 85 insurgents near Menaka and detained 19 others.', at)).toEqual([
      expected({ value_text: '85', value: 85, metric: 'killed', ...army }),
      expected({ value_text: '19', value: 19, metric: 'arrested', ...army }),
    ]);
  });
});

describe('one quantity at two times', () => {
  test('a bare figure set against a group strength is that strength earlier, and is superseded', () => {
    const researchers = { group: 'iswap', claimant: 'researchers', mention: 'researchers', cue: 'say' };
    expect(shapes('ISWAP has about 4,000 fighters, against some 3,000 in 2020, researchers say.', at)).toEqual([
      expected({
        value_text: 'about 4,000',
        value: 4000,
        approximation: 'approximately',
        metric: 'members',
        ...researchers,
        ...today,
        relations: ['supersedes c2'],
      }),
      expected({ value_text: 'some 3,000', value: 3000, approximation: 'approximately', metric: 'members', ...researchers, as_of: '2020' }),
    ]);
  });

  test('a bare figure dated after a strength in its sentence supersedes it', () => {
    expect(shapes('The militia had some 1,800 fighters in 2019 and fewer than 700 by 2024.', at)).toEqual([
      expected({ value_text: 'some 1,800', value: 1800, approximation: 'approximately', metric: 'members', as_of: '2019' }),
      expected({
        value_text: 'fewer than 700',
        value: 700,
        value_high: 700,
        approximation: 'less_than',
        metric: 'members',
        as_of: '2024',
        relations: ['supersedes c1'],
      }),
    ]);
  });

  test('the number told as risen or fallen to a new figure supersedes the one before', () => {
    const group = 'ahlu-sunnah-wal-jamaa';
    expect(
      shapes(
        'Analysts put Ansar al-Sunna at about 1,200 fighters in 2022. Officials said last month that the number had fallen again, to some 400.',
        at,
      ),
    ).toEqual([
      expected({
        value_text: 'about 1,200',
        value: 1200,
        approximation: 'approximately',
        metric: 'members',
        group,
        claimant: 'Analysts',
        mention: 'Analysts',
        cue: 'put',
        as_of: '2022',
      }),
      expected({
        value_text: 'some 400',
        value: 400,
        approximation: 'approximately',
        metric: 'members',
        group,
        claimant: 'Officials',
        mention: 'Officials',
        cue: 'said',
        as_of: '2026-11',
        relations: ['supersedes c1'],
      }),
    ]);
  });
});

describe('a date that only describes the people counted', () => {
  test('a participle dated before a present predicate does not date the figure', () => {
    expect(shapes('Nine women brought home in 2021 are still in custody, the ministry said.', at)).toEqual([
      expected({ value_text: 'Nine', value: 9, metric: 'arrested', claimant: 'ministry', mention: 'the ministry', cue: 'said', ...today }),
    ]);
    expect(shapes('Of the men deported in 2018, six have since been released under supervision.', at)).toEqual([
      expected({ value_text: 'six', value: 6, metric: 'released_under_restrictions', ...today }),
    ]);
  });

  test('a past predicate keeps the date as before', () => {
    expect(shapes('Nine women brought home in 2021 were charged.', at)).toEqual([
      expected({ value_text: 'Nine', value: 9, metric: 'charged', as_of: '2021' }),
    ]);
  });
});

describe('statuses of prosecution and release', () => {
  test('a part of a whole takes the whole s status, not the whole s noun', () => {
    expect(shapes('The court has convicted 61 returnees since 2015, including 14 women.', at)).toEqual([
      expected({ value_text: '61', value: 61, metric: 'convicted', ...today }),
      expected({ value_text: '14', value: 14, metric: 'convicted', ...today, relations: ['part_of c1'] }),
    ]);
  });

  test('released with the time between and under restrictions', () => {
    expect(shapes('Five were released last month under tight restrictions.', at)).toEqual([
      expected({ value_text: 'Five', value: 5, metric: 'released_under_restrictions', as_of: '2026-11' }),
    ]);
  });

  test('people tried are charged, unless a stronger word or a trial in absentia says more', () => {
    expect(shapes('About 600 have been tried so far, and 412 of those were convicted.', at)).toEqual([
      expected({ value_text: 'About 600', value: 600, approximation: 'approximately', metric: 'charged', ...today }),
      expected({ value_text: '412', value: 412, metric: 'convicted', ...today, relations: ['part_of c1'] }),
    ]);
    expect(shapes('371 of the convicted were tried for jihadist offences.', at)).toEqual([
      expected({ value_text: '371', value: 371, metric: 'convicted', group: 'jihadist-groups', ...today }),
    ]);
    expect(shapes('Of the 68 defendants, 19 were tried in absentia and remain at large.', at)).toEqual([
      expected({ value_text: '68', value: 68, metric: 'charged', ...today }),
      expected({ value_text: '19', value: 19, metric: 'wanted', ...today, relations: ['part_of c1'] }),
    ]);
  });
});

describe('numbers that count no people', () => {
  test('a demonym, a modifier and a thing', () => {
    expect(shapes('Police seized two Kenyan fishing boats and arrested 11 men.', at)).toEqual([
      expected({ value_text: '11', value: 11, metric: 'arrested', ...today }),
    ]);
  });

  test('a footnote in brackets glued to the end of a sentence', () => {
    expect(shapes('The group has between 800 and 1,000 fighters.(7)\n\nPolice arrested 12 suspects.', at)).toEqual([
      expected({
        value_text: 'between 800 and 1,000',
        value_low: 800,
        value_high: 1000,
        approximation: 'range',
        metric: 'members',
        ...today,
      }),
      expected({ value_text: '12', value: 12, metric: 'arrested', ...today }),
    ]);
  });

  test('a rating on a scale', () => {
    expect(shapes('The agency kept the threat level at 3 on a scale of 5 after police arrested 14 suspects.', at)).toEqual([
      expected({ value_text: '14', value: 14, metric: 'arrested', ...today }),
    ]);
  });

  test('a survey s sample, whoever was asked', () => {
    expect(shapes('A survey of 900 Kenyan adults found most fear the group; police detained 25 suspects.', at)).toEqual([
      expected({ value_text: '25', value: 25, metric: 'arrested', ...today }),
    ]);
  });

  test('troops who leave a country are withdrawn, not travellers', () => {
    expect(shapes('About 600 French soldiers left Mali in 2022.', at)).toEqual([]);
    expect(shapes('Some 40 soldiers deserted and joined the group.', at)).toEqual([
      expected({ value_text: 'Some 40', value: 40, approximation: 'approximately', ...today }),
    ]);
  });
});
