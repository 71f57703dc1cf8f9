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
      as_of: '2018',
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
