/**
 * Country rules of extract95. People listed as nationals of named countries and then people of many others ("Syrians,
 * Iraqis and people from around the world") are a mix of no one nationality: neither foreign nationals nor the world.
 * Sentences written for these tests; each asserts the whole candidate, with the reason its country was given.
 */
import { shapesWithCountryReason, unattributedOn } from './support';

const all = (text: string) => shapesWithCountryReason(text, { published: '2026-03-01' });

const candidate = unattributedOn('2026-03-01');

const MIXED = 'people of several nationalities, some named: no one nationality stated';

test('nationalities named in one list with the world are of no one nationality', () => {
  expect(all('The camp holds some 56,000 people: Syrians, Iraqis and people from around 50 other countries.')).toEqual([
    candidate({ value_text: 'some 56,000', value: 56000, approximation: 'approximately', metric: 'in_camps', country: null, why: MIXED }),
  ]);
  expect(all('Among them were about 2,000 children of ISIS fighters – Iraqis and others from dozens of countries, the UN said.')).toEqual([
    candidate({
      value_text: 'about 2,000',
      value: 2000,
      approximation: 'approximately',
      metric: 'children',
      country: null,
      group: 'islamic-state',
      claimant: 'UN',
      mention: 'the UN',
      cue: 'said',
      why: MIXED,
    }),
  ]);
});

test('people of many countries with none named stay foreign nationals', () => {
  expect(all('The camp holds some 2,600 women and children from around 50 countries, the UN said.')).toEqual([
    candidate({
      value_text: 'some 2,600',
      value: 2600,
      approximation: 'approximately',
      metric: 'in_camps',
      country: null,
      claimant: 'UN',
      mention: 'the UN',
      cue: 'said',
      why: 'foreign nationals of several countries',
    }),
  ]);
});

test('people from a kind of countries are not the world', () => {
  // a count of countries, or many of them, is the world's
  expect(all('Some 800 fighters from many countries joined the group.')).toEqual([
    candidate({
      value_text: 'Some 800',
      value: 800,
      approximation: 'approximately',
      metric: 'foreign_fighters',
      country: '001',
      why: 'people from many countries: the world',
    }),
  ]);
  // neighbouring countries are foreigners of unnamed nationalities; European ones are Europe's
  expect(all('About 300 Belgians went to Syria, and another 40 came from neighbouring countries, the minister said.')).toEqual([
    candidate({
      value_text: 'About 300',
      value: 300,
      approximation: 'approximately',
      metric: 'foreign_fighters',
      country: 'BE',
      claimant: 'minister',
      mention: 'the minister',
      cue: 'said',
      why: '"Belgians"',
    }),
    candidate({
      value_text: '40',
      value: 40,
      approximation: 'exact',
      metric: 'foreign_fighters',
      country: null,
      claimant: 'minister',
      mention: 'the minister',
      cue: 'said',
      why: 'foreign nationals of several countries',
    }),
  ]);
  expect(all('About 500 fighters from European countries joined the group.')).toEqual([
    candidate({
      value_text: 'About 500',
      value: 500,
      approximation: 'approximately',
      metric: 'foreign_fighters',
      country: '150',
      why: '"European"',
    }),
  ]);
});
