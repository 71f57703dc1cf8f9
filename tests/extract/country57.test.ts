/**
 * Foreign nationals, lists and another country (extract57): foreigners named as the subject that opens a figure's
 * clause, a nationality denied ("non-Syrians"), foreigners counted as a part of a group's strength. Sentences written for
 * these tests in the style of wire stories and monitoring reports; each assertion is of the whole candidate, with the
 * README's "Other (foreign nationals)" read from the reason as the scorer reads it.
 */
import type { Candidate } from '../../src/extract/candidate';
import { expected, run, shape, type Shape } from './support';

const at = { published: '2026-03-01' };

/** The whole candidate, its country as the scorer reads it: "Other (foreign nationals)" for foreigners. */
const read = (text: string): Shape[] =>
  run(text, at).candidates.map((c: Candidate) => ({
    ...shape(c),
    country: c.country === null && /^foreign nationals/.test(c.reasons.country ?? '') ? 'Other (foreign nationals)' : c.country,
  }));

describe('foreigners named as the subject that opens the clause of a figure', () => {
  test('foreign women and children set beside the figure are foreign nationals', () => {
    const text =
      'The foreign women and their children, some 6,500 people, are kept in a separate annex of al-Hol camp, the spokesman said.';
    expect(read(text)).toEqual([
      expected({
        value_text: 'some 6,500',
        value: 6500,
        approximation: 'approximately',
        metric: 'in_camps',
        country: 'Other (foreign nationals)',
        claimant: 'spokesman',
        mention: 'the spokesman',
        cue: 'said',
        as_of: '2026-03-01',
      }),
    ]);
  });

  test('foreign fighters before a verb of number, after "that", are foreign nationals', () => {
    const text = "Officials said that foreign terrorist fighters now make up nearly half of the group's ranks.";
    expect(read(text)).toEqual([
      expected({
        value_text: 'nearly half',
        approximation: 'approximately',
        fraction: 0.5,
        metric: 'foreign_fighters',
        country: 'Other (foreign nationals)',
        claimant: 'Officials',
        mention: 'Officials',
        cue: 'said',
        as_of: '2026-03-01',
      }),
    ]);
  });

  test('foreigners after a preposition are not the subject: "Besides foreigners, 40 people"', () => {
    const text = 'Besides foreigners, 40 people were arrested in the raids.';
    expect(read(text).map((s) => s.country)).toEqual([null]);
    expect(run(text, at).candidates[0].reasons.country).not.toMatch(/^foreign nationals/);
  });
});

describe('a nationality denied names foreign nationals', () => {
  test('"non-Syrians" and "of the non-Syrian fighters" are foreign nationals, not the nationality before', () => {
    const text =
      'Hayat Tahrir al-Sham has about 10,000 fighters in Idlib, among them roughly 2,000 non-Syrians. Some 500 Uzbeks fight ' +
      'with the group. About 80 of the non-Syrian fighters were killed in airstrikes.';
    expect(read(text).map((s) => [s.value_text, s.metric, s.country])).toEqual([
      ['about 10,000', 'members', null],
      ['roughly 2,000', 'foreign_fighters', 'Other (foreign nationals)'],
      ['Some 500', 'foreign_fighters', 'UZ'],
      ['About 80', 'killed', 'Other (foreign nationals)'],
    ]);
  });
});

describe('foreigners counted as a part of a group strength', () => {
  test('"of whom \\"several hundred\\" were foreigners": foreign nationals, and members as the strength', () => {
    const text = 'A UN report estimates the group\'s strength at 700 to 1,000, of whom "several hundred" were foreigners.';
    expect(read(text)).toEqual([
      expected({
        value_text: '700 to 1,000',
        value_low: 700,
        value_high: 1000,
        approximation: 'range',
        metric: 'members',
        claimant: 'UN',
        mention: 'A UN report',
        cue: 'estimates',
        as_of: '2026-03-01',
      }),
      expected({
        value_text: 'several hundred',
        approximation: 'vague',
        metric: 'members',
        country: 'Other (foreign nationals)',
        claimant: 'UN',
        mention: 'A UN report',
        cue: 'estimates',
        as_of: '2026-03-01',
      }),
    ]);
  });
});

describe('a whole its sentence breaks down by nationality counts the named set', () => {
  test('"nine of the accused: seven Iranian nationals and two Lebanese nationals" is the list of both', () => {
    const text = 'Interpol notices remain in force for nine of the accused: seven Iranian nationals and two Lebanese nationals.';
    expect(read(text).map((s) => [s.value_text, s.country])).toEqual([
      ['nine', ['IR', 'LB']],
      ['seven', 'IR'],
      ['two', 'LB'],
    ]);
  });

  test('a single national named after the counted parts counts one: "and an Indian"', () => {
    const text = 'The gunmen killed 20 hostages, nine Italians, seven Japanese, three Bangladeshis and an Indian, police said.';
    expect(read(text)[0]).toEqual(
      expected({
        value_text: '20',
        value: 20,
        metric: 'victims_killed',
        country: ['IT', 'JP', 'BD', 'IN'],
        claimant: 'police',
        mention: 'police',
        cue: 'said',
        as_of: '2026-03-01',
      }),
    );
  });

  test('parts that do not add up to the whole, or people of no nationality among them, leave the whole as it was', () => {
    expect(read('Police detained 31 people, among them 20 Burkinabe and eight Nigeriens.')[0].country).toBeNull();
    expect(read('The court tried 23 defendants: 14 Kuwaitis, 5 stateless people, 3 Syrians and 1 Saudi.')[0].country).toBeNull();
  });

  test('people its own words call foreign nationals stay foreign nationals', () => {
    const text = 'Police detained nine foreign nationals - five citizens of Tajikistan, two of Pakistan and two of Uzbekistan.';
    expect(read(text)[0].country).toBe('Other (foreign nationals)');
  });
});

describe('an origin set off in brackets is of the people counted', () => {
  test('"45 people (from France, Belgium and Germany)" counts the named set', () => {
    const text = 'Prosecutors have charged 45 people (from France, Belgium and Germany) after a joint investigation.';
    expect(read(text)).toEqual([
      expected({ value_text: '45', value: 45, metric: 'charged', country: ['FR', 'BE', 'DE'], as_of: '2026-03-01' }),
    ]);
  });
});

describe('another country: the state of the figure own clause, a ranking item', () => {
  test('a state whose authorities open the clause after a semicolon brings home its own nationals', () => {
    const text =
      "Spain's interior ministry said 15 Spanish citizens had been repatriated by 2025; Morocco's authorities gave 27 returnees, " +
      'of whom 11 were convicted.';
    expect(read(text).map((s) => [s.value_text, s.metric, s.country])).toEqual([
      ['15', 'returnees', 'ES'],
      ['27', 'returnees', 'MA'],
      ['11', 'convicted', 'MA'],
    ]);
  });

  test('"Kosovo comes next with 403" counts its nationals, not those of the item before', () => {
    const text = 'Bosnia sent 241 fighters to Syria, and Kosovo comes next with 403.';
    expect(read(text).map((s) => [s.value_text, s.metric, s.country])).toEqual([
      ['241', 'foreign_fighters', 'BA'],
      ['403', 'foreign_fighters', 'XK'],
    ]);
  });
});
