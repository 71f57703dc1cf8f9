/**
 * People counted without a people noun right after the number (extract62): the rest of people counted before ("the
 * remaining 16"), people of a nationality ("nine of other nationalities"), a count whose verb a parallel clause leaves out
 * ("and 20 of extremist offences"), a noun quoted as somebody's word (21 "political prisoners"), a people noun with a
 * prefix ("ex-combatants"). Sentences written for these tests, in the kinds of source the corpora lack (a police
 * release, a prison list, a court round-up); each assertion is of the whole candidate.
 */
import { expected, shapes } from './support';

const at = { published: '2026-03-01' };
const today = { as_of: '2026-03-01' };

describe('people counted without a people noun right after the number', () => {
  test('the rest of people counted before: "the remaining 16"', () => {
    // (which figures and what they count; the country the rest takes is the country rules' to say)
    const read = shapes('Of the 60 detainees, 44 were Syrians and the remaining 16 held eleven other nationalities.', at);
    expect(read.map((c) => [c.value_text, c.value, c.metric, c.relations])).toEqual([
      ['60', 60, 'arrested', []],
      ['44', 44, 'arrested', ['part_of c1']],
      ['16', 16, 'arrested', ['part_of c1']],
    ]);
  });

  test('"the remaining" before a count of things stays no figure', () => {
    expect(shapes('Officers searched the remaining 12 houses.', at)).toEqual([]);
  });

  test('people of a nationality: "nine of other nationalities", not nationalities counted', () => {
    expect(shapes('Police listed 80 foreigners in custody: 31 Ethiopians, 24 Moroccans and nine of other nationalities.', at)).toEqual([
      expected({ value_text: '80', value: 80, metric: 'arrested', ...today }),
      expected({ value_text: '31', value: 31, metric: 'arrested', country: 'ET', ...today }),
      expected({ value_text: '24', value: 24, metric: 'arrested', country: 'MA', ...today }),
      expected({ value_text: 'nine', value: 9, metric: 'arrested', ...today }),
    ]);
    expect(shapes('The fighters came from 12 nationalities.', at)).toEqual([]);
  });

  test('a parallel clause leaves out the verb and repeats its preposition: "and 20 of extremist offences"', () => {
    expect(shapes('Of the 50 people convicted, 30 were convicted of terrorist offences and 20 of extremist offences.', at)).toEqual([
      expected({ value_text: '50', value: 50, metric: 'convicted', group: 'terrorism-all', ...today }),
      expected({ value_text: '30', value: 30, metric: 'convicted', group: 'terrorism-all', ...today, relations: ['part_of c1'] }),
      expected({ value_text: '20', value: 20, metric: 'convicted', group: 'terrorism-all', ...today, relations: ['part_of c1'] }),
    ]);
  });

  test('a noun in quotation marks after the number: 21 "political prisoners", 40 "risk persons"', () => {
    expect(shapes('Supporters\' groups count 21 "political prisoners" in French jails.', at)).toEqual([
      expected({
        value_text: '21',
        value: 21,
        metric: 'arrested',
        claimant: "Supporters' groups",
        mention: "Supporters' groups",
        cue: 'count',
        ...today,
      }),
    ]);
    // the term the noun makes with its modifier is the figure's status (and the service that monitors them its source:
    // extract103)
    expect(shapes('The service monitors around 40 "risk persons" in the canton.', at)).toEqual([
      expected({
        value_text: 'around 40',
        value: 40,
        approximation: 'approximately',
        metric: 'classified_threat',
        claimant: 'service',
        mention: 'The service',
        cue: 'monitors',
        ...today,
      }),
    ]);
  });

  test('a people noun with a prefix: "412 ex-combatants"', () => {
    expect(shapes('The centres hosted 412 ex-combatants in June.', at)).toEqual([
      // (the centres that hosted them are their camp: extract73)
      expected({ value_text: '412', value: 412, metric: 'in_camps', as_of: '2025-06' }),
    ]);
  });
});

describe('the rest of a whole counts what the whole counts, not what its part before it did', () => {
  test('"Nine were charged; the remaining 16": the 16 are the arrested who were not charged', () => {
    expect(shapes('Police arrested 25 men on Monday. Nine were charged; the remaining 16 held foreign passports.', at)).toEqual([
      expected({ value_text: '25', value: 25, metric: 'arrested', as_of: '2026-02-23' }),
      expected({ value_text: 'Nine', value: 9, metric: 'charged', ...today }),
      expected({ value_text: '16', value: 16, metric: 'arrested', ...today }),
    ]);
  });

  test('"the last six" is the latest of them, not the rest', () => {
    expect(
      shapes('Forty-one children have been repatriated since 2020, the last six in March.', at).map((c) => [c.value_text, c.metric]),
    ).toEqual([
      ['Forty-one', 'returnees'],
      ['six', 'returnees'],
    ]);
  });
});

describe('a population its sentence names is no figure before it going on', () => {
  test('a camp population after an acquittal is the camp population, and a town population after arrests is none', () => {
    expect(
      shapes(
        'The court acquitted two of the accused. The camp population peaked at 73,000 in 2019. Police arrested five men. The town population is 2,400.',
        { published: '2026-12-07' },
      ),
    ).toEqual([
      expected({ value_text: 'two', value: 2, metric: 'charged', as_of: '2026-12-07' }),
      expected({ value_text: '73,000', value: 73000, metric: 'in_camps', as_of: '2019' }),
      expected({ value_text: 'five', value: 5, metric: 'arrested', as_of: '2026-12-07' }),
    ]);
  });
});
