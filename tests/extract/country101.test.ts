/**
 * Country rules of extract101. People come or brought back home whom no other rule places are of the country the text
 * names most, its towns and regions counted as its own; the figures after them do not take it from them; fighters who
 * gave up at home, a part of people of no stated nationality and returnees counted where they now live take none.
 * Sentences written for these tests; each asserts the whole candidate, with the reason its country was given.
 */
import { shapesWithCountryReason, unattributedOn } from './support';

const all = (text: string) => shapesWithCountryReason(text, { published: '2026-03-01' });

const candidate = unattributedOn('2026-03-01');

const HOME = 'people come back home: of the country the text names most';

test('people brought home whom nothing else places are of the country the text names most', () => {
  expect(
    all(
      "Tunisia's interior ministry gave new figures on Monday. Forty-one children have been repatriated since 2020, the last six in March. Seven were later charged.",
    ),
  ).toEqual([
    candidate({
      value_text: 'Forty-one',
      value: 41,
      approximation: 'exact',
      metric: 'returnees',
      country: 'TN',
      as_of: '2026-03',
      why: HOME,
    }),
    candidate({ value_text: 'six', value: 6, approximation: 'exact', metric: 'returnees', country: 'TN', as_of: '2026-03', why: HOME }),
    // (the country the text's default gave people come home is not carried to the people counted after them)
    candidate({ value_text: 'Seven', value: 7, approximation: 'exact', metric: 'charged', country: null, why: '' }),
  ]);
});

test('the towns of a country count toward the home people come back to', () => {
  expect(
    all(
      'The mothers of Ben Guerdane marched again on Monday. Sfax and Sousse had seen the same. Forty-one children have been repatriated since 2020.',
    ),
  ).toEqual([candidate({ value_text: 'Forty-one', value: 41, approximation: 'exact', metric: 'returnees', country: 'TN', why: HOME })]);
});

test('fighters who gave up at home take no home country', () => {
  expect(all("Kenya's army reported progress on Monday. Some 300 former fighters have surrendered since 2020.")).toEqual([
    candidate({ value_text: 'Some 300', value: 300, approximation: 'approximately', metric: 'returnees', country: null, why: '' }),
  ]);
});

test('a part of people who gave up at home takes no home country either', () => {
  expect(
    all(
      'The army said 3,412 former associates of Boko Haram have surrendered in Cameroon since 2018. Of these, some 1,900 are women and children.',
    ),
  ).toEqual([
    candidate({
      value_text: '3,412',
      value: 3412,
      approximation: 'exact',
      metric: 'returnees',
      country: null,
      group: 'boko-haram',
      claimant: 'army',
      mention: 'The army',
      cue: 'said',
      why: '',
    }),
    candidate({
      value_text: 'some 1,900',
      value: 1900,
      approximation: 'approximately',
      metric: 'returnees',
      country: null,
      group: 'boko-haram',
      relations: ['part_of c1'],
      why: '',
    }),
  ]);
});

test('returnees counted where they now live take no home country', () => {
  expect(all("Kenya's police gave new figures on Monday. About 20 returnees living in Mombasa are under watch.")).toEqual([
    candidate({ value_text: 'About 20', value: 20, approximation: 'approximately', metric: 'returnees', country: null, why: '' }),
  ]);
});
