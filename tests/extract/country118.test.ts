/**
 * Country rules of extract118. A country's name before a noun of nationals ("both U.S. citizens", "all of whom are UK
 * nationals") states their nationality, as its adjective does. A figure opened by "these", "those" or "the" with the
 * number of people counted before restates them and keeps their country, or their lack of one (the lead's trial10:
 * "These six defendants" after six men a state's press release counts). Sentences written for these tests; each asserts
 * the whole candidate, with the reason its country was given. Victoria (AU-VIC), the province of Liège (BE-WLG) and
 * Birmingham (GB-BIR), which migration 20261227040000 adds, are read as the origin they are.
 */
import { shapesWithCountryReason, unattributedOn } from './support';

const all = (text: string) => shapesWithCountryReason(text, { published: '2026-03-01' });

const candidate = unattributedOn('2026-03-01');

describe('a country name before a noun of nationals', () => {
  test('an apposition of the country name and citizens states the nationality of the defendants', () => {
    expect(all('Two of the defendants, both U.S. citizens, pleaded guilty in May.')).toEqual([
      candidate({
        value_text: 'Two',
        value: 2,
        approximation: 'exact',
        metric: 'charged',
        country: 'US',
        as_of: '2025-05',
        why: '"U.S"',
      }),
    ]);
  });

  test('an apposition with all of whom are states the nationality of the men arrested', () => {
    expect(all('Police arrested four men, all of whom are UK nationals, in Istanbul on Friday.')).toEqual([
      candidate({
        value_text: 'four',
        value: 4,
        approximation: 'exact',
        metric: 'arrested',
        country: 'GB',
        as_of: '2026-02-27',
        why: '"UK"',
      }),
    ]);
  });

  test('citizens of the country the men sent money to are others than the men arrested', () => {
    expect(all('Police arrested four men for sending money to U.S. citizens in Syria.')).toEqual([
      candidate({
        value_text: 'four',
        value: 4,
        approximation: 'exact',
        metric: 'arrested',
        country: null,
        why: "an authority's own cases: no nationality stated",
      }),
    ]);
  });
});

describe('a definite figure restating people counted before', () => {
  test('these six defendants are the six Dutch men charged before', () => {
    expect(
      all(
        'Prosecutors charged six Dutch men with planning to join the Islamic State. The men met in 2023. "These six defendants were ready to fight," the prosecutor said.',
      ),
    ).toEqual([
      candidate({
        value_text: 'six',
        value: 6,
        approximation: 'exact',
        metric: 'charged',
        country: 'NL',
        group: 'islamic-state',
        why: '"Dutch"',
      }),
      candidate({
        value_text: 'six',
        value: 6,
        approximation: 'exact',
        metric: 'charged',
        country: 'NL',
        group: 'islamic-state',
        claimant: 'prosecutor',
        mention: 'the prosecutor',
        cue: 'said',
        why: 'as the 6 counted before',
      }),
    ]);
  });

  test('the 14 suspects a judge released are the 14 Belgians arrested before', () => {
    expect(all('Police arrested 14 Belgians in raids on Tuesday. A judge later released the 14 suspects on bail.')).toEqual([
      candidate({
        value_text: '14',
        value: 14,
        approximation: 'exact',
        metric: 'arrested',
        country: 'BE',
        as_of: '2026-02-24',
        why: '"Belgians"',
      }),
      candidate({
        value_text: '14',
        value: 14,
        approximation: 'exact',
        metric: 'released_under_restrictions',
        country: 'BE',
        why: 'as the 14 counted before',
      }),
    ]);
  });

  test('the 14 young men are the 14 people of no stated nationality, not the Belgians counted between', () => {
    expect(
      all('Police said 14 people had left for Syria. Another 20 Belgians were questioned. The 14 young men are believed to be in Raqqa.'),
    ).toEqual([
      candidate({
        value_text: '14',
        value: 14,
        approximation: 'exact',
        metric: 'foreign_fighters',
        country: null,
        as_of: null,
        claimant: 'Police',
        mention: 'Police',
        cue: 'said',
        why: '',
      }),
      candidate({
        value_text: '20',
        value: 20,
        approximation: 'exact',
        metric: 'foreign_fighters',
        country: 'BE',
        why: '"Belgians"',
      }),
      candidate({
        value_text: '14',
        value: 14,
        approximation: 'exact',
        metric: 'foreign_fighters',
        country: null,
        why: 'as the 14 counted before: no nationality stated',
      }),
    ]);
  });
});

describe('the ISO 3166-2 places migration 20261227040000 adds', () => {
  test('men from Victoria are counted by the state of Victoria', () => {
    expect(all('Police said 12 men from Victoria had travelled to Syria.')).toEqual([
      candidate({
        value_text: '12',
        value: 12,
        approximation: 'exact',
        metric: 'foreign_fighters',
        country: 'AU-VIC',
        as_of: null,
        claimant: 'Police',
        mention: 'Police',
        cue: 'said',
        why: '"Victoria": Victoria, a subdivision of AU the ledger counts apart (AU-VIC)',
      }),
    ]);
  });

  test('young men from Liege are counted by the province of Liege', () => {
    expect(all('About 40 young men from Liège left for Syria between 2013 and 2015.')).toEqual([
      candidate({
        value_text: 'About 40',
        value: 40,
        approximation: 'approximately',
        metric: 'foreign_fighters',
        country: 'BE-WLG',
        as_of: '2015',
        why: '"Liège": Liège, a subdivision of BE the ledger counts apart (BE-WLG)',
      }),
    ]);
  });

  test('people from Birmingham are counted by the district of Birmingham', () => {
    expect(all('Some 25 people from Birmingham have joined the Islamic State, police said.')).toEqual([
      candidate({
        value_text: 'Some 25',
        value: 25,
        approximation: 'approximately',
        metric: 'foreign_fighters',
        country: 'GB-BIR',
        group: 'islamic-state',
        claimant: 'police',
        mention: 'police',
        cue: 'said',
        why: '"Birmingham": Birmingham, a subdivision of GB the ledger counts apart (GB-BIR)',
      }),
    ]);
  });

  test('a court in Birmingham is a venue, not the origin of the men it jailed', () => {
    expect(all('A court in Birmingham jailed three men on Friday.')).toEqual([
      candidate({
        value_text: 'three',
        value: 3,
        approximation: 'exact',
        metric: 'arrested',
        country: null,
        as_of: '2026-02-27',
        why: "an authority's own cases: no nationality stated",
      }),
    ]);
  });
});
