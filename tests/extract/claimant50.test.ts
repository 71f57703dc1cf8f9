/**
 * Claimants on unseen text, second round (extract50): how a court report, a transcript, a capitals headline and a UN
 * panel's paragraphs name the source of a figure. Sentences written for these tests.
 */
import { expected, shapes } from './support';

const at = { published: '2026-12-05' };

test('a body named after a comma with "of" or "from" is an aside between the subject and its cue', () => {
  expect(
    shapes('Inspector Mark Fenwick, of Counter Terrorism Policing North East, said 23 people were arrested in the region last year.', at),
  ).toEqual([
    expected({
      value_text: '23',
      value: 23,
      metric: 'arrested',
      claimant: 'Mark Fenwick',
      mention: 'Inspector Mark Fenwick',
      cue: 'said',
      as_of: '2025',
    }),
  ]);
  expect(shapes('Dr Amira Nasser, from the Centre for Conflict Data, estimates that 300 Tunisians have returned.', at)).toEqual([
    expected({
      value_text: '300',
      value: 300,
      metric: 'returnees',
      country: 'TN',
      claimant: 'Amira Nasser',
      mention: 'Dr Amira Nasser',
      cue: 'estimates',
      as_of: '2026-12-05',
    }),
  ]);
});

test('a line in capitals names the subject of its verb of saying, the cue as written', () => {
  expect(shapes('KAZAKHSTAN SAYS 1,100 FIGHTERS LEFT FOR SYRIA', at)).toEqual([
    expected({
      value_text: '1,100',
      value: 1100,
      metric: 'foreign_fighters',
      country: 'KZ',
      claimant: 'KAZAKHSTAN',
      mention: 'KAZAKHSTAN',
      cue: 'SAYS',
      as_of: '2026-12-05',
    }),
  ]);
  expect(shapes('TAJIK INTERIOR MINISTRY HAS CONFIRMED 40 ARRESTS', at)).toEqual([
    expected({
      value_text: '40',
      value: 40,
      metric: 'arrested',
      claimant: 'TAJIK INTERIOR MINISTRY',
      mention: 'TAJIK INTERIOR MINISTRY',
      cue: 'HAS CONFIRMED',
      as_of: '2026-12-05',
    }),
  ]);
});

test('a verb inside an aside before the sentence cue is no cue: the cue is the verb after the aside', () => {
  expect(
    shapes('Europol, which gathers data from all 27 member states, said 426 people were arrested for jihadist terrorism in 2024.', at),
  ).toEqual([
    expected({
      value_text: '426',
      value: 426,
      metric: 'arrested',
      group: 'jihadist-groups',
      claimant: 'Europol',
      mention: 'Europol',
      cue: 'said',
      as_of: '2024',
    }),
  ]);
  expect(
    shapes('Human Rights Watch, a New York-based group that has documented the camps, says 2,000 children remain in al-Hol.', at),
  ).toEqual([
    expected({
      value_text: '2,000',
      value: 2000,
      metric: 'in_camps',
      claimant: 'Human Rights Watch',
      mention: 'Human Rights Watch',
      cue: 'says',
      as_of: '2026-12-05',
    }),
  ]);
});

test('a first name stands for the full name a sentence described before, and a rank before a name is no part of it', () => {
  const text =
    'This week Aigerim Sadykova talks to Timur Rakhimov, a former prosecutor in Osh, about the camps. Timur says Kyrgyzstan has brought back 521 of its citizens since 2019.';
  expect(shapes(text, at)).toEqual([
    expected({
      value_text: '521',
      value: 521,
      metric: 'returnees',
      country: 'KG',
      claimant: 'Timur Rakhimov',
      mention: 'Timur',
      cue: 'says',
      as_of: '2026-12-05',
    }),
  ]);
  expect(shapes('Detective Sergeant Lena Okafor said 14 people were charged.', at)).toEqual([
    expected({
      value_text: '14',
      value: 14,
      metric: 'charged',
      claimant: 'Lena Okafor',
      mention: 'Detective Sergeant Lena Okafor',
      cue: 'said',
      as_of: '2026-12-05',
    }),
  ]);
});

test('another with a noun after it opens a subject, not a quantifier', () => {
  expect(shapes('Another Member State assessed the number at about 4,000 fighters.', at)).toEqual([
    expected({
      value_text: 'about 4,000',
      value: 4000,
      approximation: 'approximately',
      metric: 'members',
      claimant: 'Another Member State',
      mention: 'Another Member State',
      cue: 'assessed',
      as_of: '2026-12-05',
    }),
  ]);
  expect(shapes('Another 40 were killed, officials said.', at).map((c) => c.mention)).toEqual(['officials']);
});

test('a later clause with a named source speaks for its own figures when the sentence opens with the writers count', () => {
  expect(shapes('Our own count is about 600 returnees, and the government says 1,100 people have returned in all.', at)).toEqual([
    expected({ value_text: 'about 600', value: 600, approximation: 'approximately', metric: 'returnees', as_of: '2026-12-05' }),
    expected({
      value_text: '1,100',
      value: 1100,
      metric: 'returnees',
      claimant: 'government',
      mention: 'the government',
      cue: 'says',
      as_of: '2026-12-05',
      // the government's figure of the same returnees set against the writers own count
      relations: ['contradicts c1'],
    }),
  ]);
});
