/**
 * Claimants on unseen text (extract43): the form of the name the extractor reads and which of two names claims the
 * figure. Sentences written for these tests.
 */
import { expected, shapes } from './support';

const at = { published: '2026-12-05' };

test('a word of time opening the sentence is no part of the body after it', () => {
  const text = [
    'Today the prison administration counts 19 detainees held for terrorism offences.',
    'So far the interior ministry has recorded 312 returnees from Syria.',
  ].join('\n\n');
  expect(shapes(text, at)).toEqual([
    expected({
      value_text: '19',
      value: 19,
      metric: 'arrested',
      group: 'terrorism-all',
      claimant: 'prison administration',
      mention: 'the prison administration',
      cue: 'counts',
      as_of: '2026-12-05',
    }),
    expected({
      value_text: '312',
      value: 312,
      metric: 'returnees',
      group: 'terrorism-all',
      claimant: 'interior ministry',
      mention: 'the interior ministry',
      cue: 'has recorded',
      as_of: '2026-12-05',
    }),
  ]);
});

test('the listener of a verb of telling, with words before its noun, is no verb: the teller claims the figure', () => {
  const text = [
    'Residents told aid workers that at least 200 of their relatives are still in al-Hol.',
    'In August, officials told visiting parliamentary delegations that 22 AQAP members were in custody.',
  ].join('\n\n');
  expect(shapes(text, at)).toEqual([
    expected({
      value_text: 'at least 200',
      value: 200,
      value_low: 200,
      approximation: 'at_least',
      metric: 'in_camps',
      claimant: 'Residents',
      mention: 'Residents',
      cue: 'told',
      as_of: '2026-12-05',
    }),
    expected({
      value_text: '22',
      value: 22,
      metric: 'arrested',
      group: 'al-qaida-in-the-arabian-peninsula',
      claimant: 'officials',
      mention: 'officials',
      cue: 'told',
      as_of: '2026-08',
    }),
  ]);
});

test('a quotation inside the sentence is followed by no closing tag when its verb is an adjective after a determiner', () => {
  const text = 'The group still has "between 300 and 350" fighters hiding in the disputed territories, the spokesman told Rudaw.';
  expect(shapes(text, at)).toEqual([
    expected({
      value_text: 'between 300 and 350',
      value_low: 300,
      value_high: 350,
      approximation: 'range',
      metric: 'members',
      claimant: 'spokesman',
      mention: 'the spokesman',
      cue: 'told Rudaw',
      relayed_by: 'Rudaw',
      as_of: '2026-12-05',
    }),
  ]);
});

test('a plural verb after a singular noun is a noun: a talk show is no cue, the speaker after the fronted phrase is', () => {
  const text = 'Speaking on a late-night talk show on Sunday, the senator said that 400 citizens had joined the group.';
  expect(shapes(text, at)).toEqual([
    expected({
      value_text: '400',
      value: 400,
      metric: 'foreign_fighters',
      claimant: 'senator',
      mention: 'the senator',
      cue: 'said',
      as_of: '2026-11-29',
    }),
  ]);
});

test('a participle naming what its noun is counted as is no verb of saying: the subject before the that-clause claims', () => {
  const text = 'The ministry said that the organisations identified as terrorist have 4,000 members.';
  expect(shapes(text, at)).toEqual([
    expected({
      value_text: '4,000',
      value: 4000,
      metric: 'members',
      claimant: 'ministry',
      mention: 'The ministry',
      cue: 'said',
      as_of: '2026-12-05',
    }),
  ]);
});

test('a recital opening with "That" in a resolution or decree gives the subject after it', () => {
  const text = 'That the National Police estimates that the criminal groups have between 40,000 and 50,000 members;';
  expect(shapes(text, at)).toEqual([
    expected({
      value_text: 'between 40,000 and 50,000',
      value_low: 40000,
      value_high: 50000,
      approximation: 'range',
      metric: 'members',
      claimant: 'National Police',
      mention: 'the National Police',
      cue: 'estimates',
      as_of: '2026-12-05',
    }),
  ]);
});

test('a list of names in the subject or after a source noun is kept whole, not cut at its first comma', () => {
  const text = [
    'Nigerian, Chadian, Cameroonian and Nigerien forces reported killing 610 militants during the quarter.',
    'Estimates from security agencies in Indonesia, Malaysia and the Philippines show that at least 900 militants remain active.',
    'Germany, France, Belgium and the Netherlands together reported more than 2,000 returnees.',
  ].join('\n\n');
  expect(shapes(text, at).map((s) => [s.value_text, s.claimant, s.mention, s.cue])).toEqual([
    ['610', 'Nigerian, Chadian, Cameroonian and Nigerien forces', 'Nigerian, Chadian, Cameroonian and Nigerien forces', 'reported'],
    [
      'at least 900',
      'security agencies in Indonesia, Malaysia and the Philippines',
      'Estimates from security agencies in Indonesia, Malaysia and the Philippines',
      'show',
    ],
    ['more than 2,000', 'Germany, France, Belgium and the Netherlands', 'Germany, France, Belgium and the Netherlands', 'reported'],
  ]);
});

test('a list after a preposition in the subject keeps the words that open its clause', () => {
  const text = 'According to officials in Kenya, Uganda and Tanzania, about 300 recruits crossed into Somalia.';
  expect(shapes(text, at).map((s) => [s.value_text, s.claimant, s.mention, s.cue])).toEqual([
    ['about 300', 'officials in Kenya, Uganda and Tanzania', 'officials in Kenya, Uganda and Tanzania', 'According to'],
  ]);
});

test('a source named before "according to which" is the claimant, not the relative pronoun or the clause after it', () => {
  const text = 'The court relied on the indictment, according to which 12 men had joined the group.';
  expect(shapes(text, at)).toEqual([
    expected({
      value_text: '12',
      value: 12,
      metric: 'foreign_fighters',
      claimant: 'indictment',
      mention: 'the indictment',
      cue: 'according to',
    }),
  ]);
});
