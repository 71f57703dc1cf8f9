/**
 * Claimants (extract80): a body that keeps a register of the people a figure counts, and says so with no verb of saying
 * ("the Directorate opened investigations into 73 people", "our association has registered 118"), is the figure's
 * source; arrests and convictions told as news, a plural of many bodies and a passive stay the publisher's own.
 * Sentences written for these tests.
 */
import { expected, shapes } from './support';

const at = { published: '2026-12-06' };

describe('a body that keeps a register is the source of the people it entered', () => {
  test('a body opening investigations into people, after a year that opens the sentence', () => {
    expect(
      shapes('In 2025 the Counter-Terrorism Directorate opened investigations into 73 people suspected of joining armed groups.', at),
    ).toEqual([
      expected({
        value_text: '73',
        value: 73,
        metric: 'under_investigation',
        group: 'jihadist-groups',
        claimant: 'Counter-Terrorism Directorate',
        mention: 'the Counter-Terrorism Directorate',
        cue: 'opened investigations into',
        as_of: '2025',
      }),
    ]);
  });

  test('a body registering people in camps, in its own words', () => {
    expect(shapes('Our association has registered 118 women and children from the province in the camps.', at)).toEqual([
      expected({
        value_text: '118',
        value: 118,
        metric: 'in_camps',
        claimant: 'Our association',
        mention: 'Our association',
        cue: 'registered',
        as_of: '2026-12-06',
      }),
    ]);
    // the page's author, when it names one
    expect(
      shapes('Our association has registered 118 women and children from the province in the camps.', {
        ...at,
        author: 'Camp Families Network',
      }),
    ).toEqual([
      expected({
        value_text: '118',
        value: 118,
        metric: 'in_camps',
        claimant: 'Camp Families Network',
        mention: 'Our association',
        cue: 'registered',
        as_of: '2026-12-06',
      }),
    ]);
  });

  test('a short name of the body named in full before, carried into the next sentence or read again after a heading', () => {
    const first = 'The Internal Security Service opened criminal investigations into 27 persons this year.';
    const then = 'The Service also registered 14 returnees as posing a high risk.';
    expect(shapes(`${first} ${then}`, at).map((c) => [c.value_text, c.claimant, c.mention, c.cue])).toEqual([
      ['27', 'Internal Security Service', 'The Internal Security Service', 'opened criminal investigations into'],
      ['14', 'Internal Security Service', null, null],
    ]);
    // a heading carries nothing across it: the short name is read again and resolved to the full one
    expect(shapes(`${first}\n\nRisk assessments\n\n${then}`, at).map((c) => [c.value_text, c.claimant, c.mention, c.cue])).toEqual([
      ['27', 'Internal Security Service', 'The Internal Security Service', 'opened criminal investigations into'],
      ['14', 'Internal Security Service', 'The Service', 'registered'],
    ]);
  });

  test('a prosecutor filing charges against people', () => {
    expect(shapes('The regional prosecution office has filed charges against 19 members of the network.', at)).toEqual([
      expected({
        value_text: '19',
        value: 19,
        metric: 'charged',
        claimant: 'regional prosecution office',
        mention: 'The regional prosecution office',
        cue: 'filed charges against',
        as_of: '2026-12-06',
      }),
    ]);
  });
});

describe('what stays the publisher own statement', () => {
  test('an arrest told as news, a plural of many bodies and a passive name nobody', () => {
    for (const sentence of [
      'Police arrested 45 suspects in raids across the capital on Tuesday.',
      'Belgian courts registered 212 such cases last year.',
      '31 persons were placed under monitoring.',
    ]) {
      expect(shapes(sentence, at).map((c) => [c.value_text, c.claimant, c.cue])).toEqual([[expect.any(String), null, null]]);
    }
  });

  test('inside a source carried from the sentence before, the body is what the source says of it', () => {
    const text =
      'Interior Minister Rasa Kuodyte told parliament on Monday that the threat had grown. In 2025 the Counter-Terrorism Directorate opened investigations into 73 people, she said.';
    expect(shapes(text, at).map((c) => [c.value_text, c.claimant, c.cue])).toEqual([['73', 'Rasa Kuodyte', 'said']]);
  });
});

describe('a verb of counting after a modal names its subject as the source', () => {
  test('"was able to identify", "could verify", "managed to trace"', () => {
    expect(shapes('The Truth Commission was able to identify 2,300 victims of the massacres by name.', at)).toEqual([
      expected({
        value_text: '2,300',
        value: 2300,
        metric: 'victims_killed',
        claimant: 'Truth Commission',
        mention: 'The Truth Commission',
        cue: 'was able to identify',
        as_of: '2026-12-06',
      }),
    ]);
    expect(shapes('The monitoring mission could verify only 48 children recruited by armed groups.', at)).toEqual([
      expected({
        value_text: '48',
        value: 48,
        metric: 'children',
        group: 'jihadist-groups',
        claimant: 'monitoring mission',
        mention: 'The monitoring mission',
        cue: 'could verify',
        hedge: 'only',
        as_of: '2026-12-06',
      }),
    ]);
    expect(
      shapes('In the first six months the inspectors managed to trace 96 former recruits through the reintegration registers.', at),
    ).toEqual([
      expected({
        value_text: '96',
        value: 96,
        metric: 'foreign_fighters',
        claimant: 'inspectors',
        mention: 'the inspectors',
        cue: 'managed to trace',
        as_of: '2026-12-06',
      }),
    ]);
  });
});

describe('a word of time before the subject is no part of it', () => {
  test('a word of time before a comma is no name an indefinite description describes', () => {
    expect(shapes('Earlier, a police source said that six fighters had been killed in the raid.', at)).toEqual([
      expected({
        value_text: 'six',
        value: 6,
        metric: 'killed',
        claimant: 'police source',
        mention: 'a police source',
        cue: 'said',
        as_of: null,
      }),
    ]);
  });

  test('a sentence adverb or a measure of time before the comma is no name either', () => {
    for (const lead of ['Still', 'Nevertheless', 'Now', 'Two days later', 'In Kenya']) {
      expect(shapes(`${lead}, a senior official said 40 fighters remained in the hills.`, at).map((c) => [c.claimant, c.mention])).toEqual([
        ['senior official', 'a senior official'],
      ]);
    }
  });

  test('a phrase of time after a connector, with no comma, ends before the subject', () => {
    expect(shapes('Later on Tuesday the regional police told reporters that 11 suspects had been detained.', at)).toEqual([
      expected({
        value_text: '11',
        value: 11,
        metric: 'arrested',
        claimant: 'regional police',
        mention: 'the regional police',
        cue: 'told reporters',
        as_of: '2026-12-01',
      }),
    ]);
  });
});

describe('a claim of a deed is no statement of a figure before it', () => {
  test('a group claiming the attack after the toll names no source of the toll', () => {
    expect(shapes('On 9 March, a car bomb killed 31 people at a market in the north; the Northern Front claimed the attack.', at)).toEqual([
      expected({ value_text: '31', value: 31, metric: 'victims_killed', as_of: '2026-03-09' }),
    ]);
    expect(
      shapes('A roadside bomb killed 12 soldiers on Tuesday, and the group later claimed Friday’s bombing as well.', at).map((c) => [
        c.value_text,
        c.claimant,
        c.cue,
      ]),
    ).toEqual([['12', null, null]]);
  });

  test('a claim of the deed with its toll after it is the group account of the toll', () => {
    expect(shapes('Al-Shabaab claimed the attack, saying its fighters had killed 40 soldiers.', at)).toEqual([
      expected({
        value_text: '40',
        value: 40,
        metric: 'victims_killed',
        group: 'al-shabaab',
        claimant: 'Al-Shabaab',
        mention: 'Al-Shabaab',
        cue: 'claimed',
        as_of: null,
      }),
    ]);
  });
});
