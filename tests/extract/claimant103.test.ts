/**
 * Claimants (extract103): an aside a present participle opens between a subject and its verb of saying is no subject
 * ("the researcher Rami Haddad, writing in 2019, claimed…"), nor is a relative clause's verb after "that" ("a UN panel
 * that visited Tunis said…"); a body that tracks or monitors people is the source of their number; a source cited in
 * quotation marks is cited all the same; a speaker's label before its colon is no appositive of the subject after it.
 * Sentences written for these tests.
 */
import { expected, shapes } from './support';

const at = { published: '2026-12-07' };

describe('an aside a present participle opens is no part of the subject', () => {
  test('a writer named before an aside of when they wrote is the source', () => {
    expect(
      shapes(
        'Older estimates were lower; the Lebanese researcher Rami Haddad, writing in 2019, claimed that 900 men had left for Iraq.',
        at,
      ),
    ).toEqual([
      expected({
        value_text: '900',
        value: 900,
        country: 'LB',
        claimant: 'Rami Haddad',
        mention: 'the Lebanese researcher Rami Haddad',
        cue: 'claimed',
        as_of: '2019',
      }),
    ]);
  });

  test('a body named before an aside of what it had done is the source', () => {
    expect(shapes('The interior ministry, having revised its figures in May, said 46 citizens remained in Syrian camps.', at)).toEqual([
      expected({
        value_text: '46',
        value: 46,
        metric: 'still_in_conflict_zone',
        claimant: 'interior ministry',
        mention: 'The interior ministry',
        cue: 'said',
        as_of: '2026-05',
      }),
    ]);
  });

  test('a noun in -ing before a noun opens the subject, no aside', () => {
    expect(shapes('After the raid, housing officials told reporters 40 fighters had been arrested.', at)).toEqual([
      expected({
        value_text: '40',
        value: 40,
        metric: 'arrested',
        claimant: 'housing officials',
        mention: 'housing officials',
        cue: 'told reporters',
      }),
    ]);
  });
});

describe('a relative clause after that describes the subject', () => {
  test('the body a relative clause in the past describes is the source, without its clause', () => {
    expect(shapes('A UN panel that visited Tunis in 2015 said 5,500 Tunisians had joined militant groups.', at)).toEqual([
      expected({
        value_text: '5,500',
        value: 5500,
        country: 'TN',
        group: 'jihadist-groups',
        claimant: 'UN panel',
        mention: 'A UN panel',
        cue: 'said',
        as_of: '2015',
      }),
    ]);
  });

  test('that after a verb of saying opens its clause, whose subject is the source', () => {
    expect(shapes('The mayor said that armed groups estimate 40 children are recruited a year.', at)).toEqual([
      expected({
        value_text: '40',
        value: 40,
        metric: 'children',
        group: 'jihadist-groups',
        claimant: 'armed groups',
        mention: 'armed groups',
        cue: 'estimate',
        relayed_by: 'mayor',
        as_of: '2026-12-07',
      }),
    ]);
  });
});

describe('a body that tracks or monitors people keeps their count', () => {
  test('the service monitoring returnees is the service the text named before', () => {
    expect(
      shapes(
        'The Federal Intelligence Service said in May that the Islamist scene had grown. The Service is monitoring 24 returnees in Bern and Zurich.',
        at,
      ),
    ).toEqual([
      expected({
        value_text: '24',
        value: 24,
        metric: 'returnees',
        group: 'islamist-groups',
        claimant: 'Federal Intelligence Service (Switzerland)',
        mention: 'The Service',
        cue: 'is monitoring',
        as_of: '2026-12-07',
      }),
    ]);
  });

  test('a ministry that tracks citizens is the source of their number', () => {
    expect(shapes('The ministry tracks 31 citizens who left for Syria.', at)).toEqual([
      expected({ value_text: '31', value: 31, claimant: 'ministry', mention: 'The ministry', cue: 'tracks', as_of: '2026-12-07' }),
    ]);
  });
});

describe('a source cited in quotation marks', () => {
  test('the official a newspaper cites in quotation marks is the source, the newspaper its relayer', () => {
    expect(shapes('Citing “a senior security official”, the newspaper counts about 120 Belgian children in the camps.', at)).toEqual([
      expected({
        value_text: 'about 120',
        value: 120,
        approximation: 'approximately',
        metric: 'in_camps',
        country: 'BE',
        claimant: 'senior security official',
        mention: 'a senior security official',
        cue: 'citing',
        relayed_by: 'newspaper',
        as_of: '2026-12-07',
      }),
    ]);
  });

  test('a reason cited in quotation marks is no source', () => {
    expect(shapes('Citing "security concerns", the ministry said 40 returnees were under watch.', at)).toEqual([
      expected({
        value_text: '40',
        value: 40,
        metric: 'returnees',
        claimant: 'ministry',
        mention: 'the ministry',
        cue: 'said',
        as_of: '2026-12-07',
      }),
    ]);
  });
});

describe('a speaker label before its colon is no appositive of the subject after it', () => {
  test('the body a speaker names after a fronted phrase is the source, not the speaker and the phrase', () => {
    expect(shapes('Ms. Aoife Byrne: On the consular side, the Department is aware of four Irish women in al-Roj camp.', at)).toEqual([
      expected({
        value_text: 'four',
        value: 4,
        metric: 'in_camps',
        country: 'IE',
        claimant: 'Department (Ireland)',
        mention: 'the Department',
        cue: 'is aware of',
        as_of: '2026-12-07',
      }),
    ]);
  });
});
