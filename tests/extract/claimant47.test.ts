/**
 * Claimants on unseen text (extract47): how texts of kinds the corpora lack (a review, a fact check, a court report, a
 * thread, a situation report) place a source for one figure. Sentences written for these tests.
 */
import { expected, shapes } from './support';

const at = { published: '2026-12-05' };

test('a source in the relative clause right after a figure claims that figure, not the others of its sentence', () => {
  const text = 'Analysts estimate 2,850 Tunisian fighters, close to the 2,930 fighters that the interior ministry gave in 2018.';
  expect(shapes(text, at)).toEqual([
    expected({
      value_text: '2,850',
      value: 2850,
      metric: 'foreign_fighters',
      country: 'TN',
      claimant: 'Analysts',
      mention: 'Analysts',
      cue: 'estimate',
      // the 2018 is the date of the 2,930 the ministry gave, not of the analysts' estimate (extract78)
      as_of: '2026-12-05',
    }),
    expected({
      value_text: '2,930',
      value: 2930,
      metric: 'foreign_fighters',
      country: 'TN',
      claimant: 'interior ministry',
      mention: 'the interior ministry',
      cue: 'gave',
      as_of: '2018',
    }),
  ]);
  expect(shapes('That is well above the 105 travellers that the Ministry of National Security gave Parliament in 2019.', at)).toEqual([
    expected({
      value_text: '105',
      value: 105,
      metric: 'foreign_fighters',
      claimant: 'Ministry of National Security',
      mention: 'the Ministry of National Security',
      cue: 'gave',
      as_of: '2019',
    }),
  ]);
  expect(shapes('Her estimate is lower than the 1,200 fighters which the Pentagon has cited since 2024.', at)).toEqual([
    expected({
      value_text: '1,200',
      value: 1200,
      metric: 'members',
      claimant: 'Pentagon',
      mention: 'the Pentagon',
      cue: 'has cited',
      as_of: '2026-12-05',
    }),
  ]);
});

test('a participle agent after a figure is who counted, not who states it: the speaker of the sentence claims it', () => {
  expect(shapes('Some 2,500 foreign children identified by UNICEF are stateless, the coordinator said.', at)).toEqual([
    expected({
      value_text: 'Some 2,500',
      value: 2500,
      approximation: 'approximately',
      metric: 'children',
      claimant: 'coordinator',
      mention: 'the coordinator',
      cue: 'said',
      as_of: '2026-12-05',
    }),
  ]);
});

test('a relative clause between a subject and its cue may end in a list of names with its commas', () => {
  const text = 'The Joint Operations Centre, which shares data with Interpol, Europol and Frontex, said 48 suspects were arrested.';
  expect(shapes(text, at)).toEqual([
    expected({
      value_text: '48',
      value: 48,
      metric: 'arrested',
      claimant: 'Joint Operations Centre',
      mention: 'The Joint Operations Centre',
      cue: 'said',
      as_of: '2026-12-05',
    }),
  ]);
});

test('a description after a name, with a clause of its own inside it, leaves the name as the subject of the cue', () => {
  const text = 'Dr Amal Haddad, a sociologist who has interviewed returnees since 2019, estimates that 250 Jordanians came back.';
  expect(shapes(text, at)).toEqual([
    expected({
      value_text: '250',
      value: 250,
      metric: 'returnees',
      country: 'JO',
      claimant: 'Amal Haddad',
      mention: 'Dr Amal Haddad',
      cue: 'estimates',
      as_of: '2026-12-05',
    }),
  ]);
  // an indefinite subject after a sentence adverb is still the subject
  expect(shapes('Separately, a police officer who asked not to be named said 30 men were arrested.', at)).toEqual([
    expected({
      value_text: '30',
      value: 30,
      metric: 'arrested',
      claimant: 'police officer (unnamed)',
      mention: 'a police officer who asked not to be named',
      cue: 'said',
      as_of: '2026-12-05',
    }),
  ]);
});

test('the plain verb count before its figure is a cue; the noun count after a possessive is none', () => {
  expect(shapes('Researchers at the University of Oslo count 167 departures since 2012.', at)).toEqual([
    expected({
      value_text: '167',
      value: 167,
      metric: 'foreign_fighters',
      claimant: 'Researchers at the University of Oslo',
      mention: 'Researchers at the University of Oslo',
      cue: 'count',
      as_of: '2026-12-05',
    }),
  ]);
  expect(shapes('Monitors count some 300 fighters in the district.', at)).toEqual([
    expected({
      value_text: 'some 300',
      value: 300,
      approximation: 'approximately',
      metric: 'members',
      claimant: 'Monitors',
      mention: 'Monitors',
      cue: 'count',
      as_of: '2026-12-05',
    }),
  ]);
  expect(shapes('The department noted that its own count of detainees awaiting trial is 46.', at)).toEqual([
    expected({
      value_text: '46',
      value: 46,
      metric: 'awaiting_trial',
      claimant: 'department',
      mention: 'The department',
      cue: 'noted',
      as_of: '2026-12-05',
    }),
  ]);
});

test('a numbered thread post opens with its number and a slash before the subject, no part of the name', () => {
  const text = [
    '1/ New figures on Dutch jihadists. A thread.',
    '2/ AIVD says about 300 people left the Netherlands for Syria.',
    '3/12 Prosecutors say 40 returnees were convicted.',
  ].join('\n\n');
  expect(shapes(text, at)).toEqual([
    expected({
      value_text: 'about 300',
      value: 300,
      approximation: 'approximately',
      metric: 'foreign_fighters',
      country: 'NL',
      claimant: 'AIVD',
      mention: 'AIVD',
      cue: 'says',
      as_of: '2026-12-05',
    }),
    expected({
      value_text: '40',
      value: 40,
      metric: 'convicted',
      country: 'NL',
      claimant: 'Prosecutors',
      mention: 'Prosecutors',
      cue: 'say',
      as_of: '2026-12-05',
    }),
  ]);
});
