/**
 * Country on unseen text (extract46): a part taken from people counted before is of them — when a figure of other
 * people stands between ("two of the citizens" after "14 Latvian citizens and 3 long-term residents") and when the
 * part was killed ("nine of the recruited persons were killed"); fighters a state's agency says travelled are that
 * state's nationals, as the people it says left are ("According to Moroccan intelligence, 1,600 fighters travelled");
 * and a share whose noun follows "of those are" with no noun of its own ("Around 40 of those are orphans") no longer
 * stops the extractor. Sentences written for these tests, in the kinds of source the corpora lack (a radio transcript,
 * a security service's answer, an indictment's summary); each assertion is of the whole candidate.
 */
import { expected, run, shapes } from './support';

const at = { published: '2026-03-01' };

/** Each candidate's words, country and country reason. */
const read = (text: string) => run(text, at).candidates.map((c) => [c.value_text, c.country, c.reasons.country]);

describe('a part taken from people counted before by the same noun is of them', () => {
  test('"two of the citizens" after "14 Latvian citizens and 3 long-term residents" are Latvians', () => {
    const text =
      'The security service has identified 14 Latvian citizens and 3 long-term residents who reached Syria; two of the citizens are believed to have been killed.';
    const service = { claimant: 'security service', mention: 'The security service', cue: 'has identified', as_of: '2026-03-01' };
    expect(shapes(text, at)).toEqual([
      expected({ value_text: '14', value: 14, country: 'LV', ...service }),
      expected({ value_text: '3', value: 3, ...service }),
      expected({ value_text: 'two', value: 2, metric: 'killed', country: 'LV', ...service }),
    ]);
    expect(read(text)[2]).toEqual(['two', 'LV', 'as the "citizens" counted before']);
  });

  test('"Three of the men" after "12 foreign men" are foreign nationals, as those men are', () => {
    const text = 'Police detained 40 people, among them 12 foreign men. Three of the men were later charged.';
    expect(read(text)).toEqual([
      ['40', null, 'people of several nationalities: no one nationality stated'],
      ['12', null, 'foreign nationals of several countries'],
      ['Three', null, 'foreign nationals of several countries, as the "men" counted before'],
    ]);
  });
});

describe('a part of people counted before who were killed is of them', () => {
  test('"nine of the recruited persons were killed" after "31 Albanian nationals" are Albanians', () => {
    const text =
      'Prosecutors say the network sent 31 Albanian nationals to Syria. According to the indictment, nine of the recruited persons were killed in combat.';
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: '31',
        value: 31,
        country: 'AL',
        claimant: 'Prosecutors',
        mention: 'Prosecutors',
        cue: 'say',
        as_of: '2026-03-01',
      }),
      expected({
        value_text: 'nine',
        value: 9,
        metric: 'victims_killed',
        country: 'AL',
        claimant: 'indictment',
        mention: 'the indictment',
        cue: 'According to',
        as_of: '2026-03-01',
      }),
    ]);
  });

  test('victims of an attack and the part of them that were police officers stay of no nationality', () => {
    const text = 'Police arrested five Moroccans on Monday. The attack had killed 30 people; 12 of them were police officers.';
    expect(read(text).map(([words, country]) => [words, country])).toEqual([
      ['five', 'MA'],
      ['30', null],
      ['12', null],
    ]);
  });
});

describe('fighters a state source says travelled are its nationals', () => {
  test('"According to Moroccan intelligence, 1,600 fighters travelled to Syria" counts Moroccans', () => {
    const text = 'According to Moroccan intelligence, 1,600 fighters travelled to Syria and Iraq.';
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: '1,600',
        value: 1600,
        country: 'MA',
        claimant: 'Moroccan intelligence',
        mention: 'Moroccan intelligence',
        cue: 'According to',
        as_of: '2026-03-01',
      }),
    ]);
  });

  test('fighters a state source says remain, with no travel said, are a group strength of no nationality', () => {
    expect(read('The Nigerian army says 300 fighters remain in the forest.').map(([words, country]) => [words, country])).toEqual([
      ['300', null],
    ]);
  });
});

describe('a share named after "of those are" with no noun of its own', () => {
  test('"Around 40 of those are orphans" after an answer of "about 150" counts children, of the people asked about', () => {
    const text =
      'How many Tunisians are still held in north-east Syria? We think about 150, most of them women and children. Around 40 of those are orphans.';
    expect(shapes(text, at)).toEqual([
      expected({ value_text: 'about 150', value: 150, approximation: 'approximately', country: 'TN', as_of: '2026-03-01' }),
      expected({
        value_text: 'Around 40',
        value: 40,
        approximation: 'approximately',
        metric: 'children',
        country: 'TN',
        as_of: '2026-03-01',
        relations: ['part_of c1'],
      }),
    ]);
    expect(run(text, at).candidates[1].reasons.metric).toBe('counts "orphans"');
  });
});
