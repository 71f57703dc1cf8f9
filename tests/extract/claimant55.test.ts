/**
 * Claimants on unseen text (extract55): where a clause of time, a conjunction, a transcript's label or an agency's
 * "quoting" stands between a figure and the name of its source. Sentences written for these tests.
 */
import { expected, shapes } from './support';

const at = { published: '2026-12-05' };

test('a measure of time and its after or before are no part of the subject of the clause they open', () => {
  expect(
    shapes('Rescue teams were still searching the rubble on Friday, a day after the defence ministry had put the toll at 25.', at),
  ).toEqual([
    expected({
      value_text: '25',
      value: 25,
      claimant: 'defence ministry',
      mention: 'the defence ministry',
      cue: 'had put',
      as_of: '2026-12-04',
    }),
  ]);
  expect(shapes('Hours after the blast the police said 12 people had died.', at)).toEqual([
    expected({ value_text: '12', value: 12, metric: 'victims_killed', claimant: 'police', mention: 'the police', cue: 'said' }),
  ]);
});

test('an indefinite description after a conjunction opens a clause of its own and describes no name before it', () => {
  expect(
    shapes(
      'Police declined to comment on individual cases, but a force spokeswoman said 240 people had been referred to the programme.',
      at,
    ),
  ).toEqual([expected({ value_text: '240', value: 240, claimant: 'force spokeswoman', mention: 'a force spokeswoman', cue: 'said' })]);
  expect(shapes('The ministry gave no figure for the region, while a local official said 31 fighters had surrendered.', at)).toEqual([
    expected({ value_text: '31', value: 31, metric: 'members', claimant: 'local official', mention: 'a local official', cue: 'said' }),
  ]);
});

test('a speaker label of a transcript ends at its colon and is no part of the role before a name', () => {
  expect(
    shapes(
      "CORRESPONDENT (Pemba): The army's regional commander, Colonel Joaquim Mangrasse, told journalists that 46 fighters had died.",
      at,
    ),
  ).toEqual([
    expected({
      value_text: '46',
      value: 46,
      metric: 'killed',
      claimant: 'Joaquim Mangrasse',
      mention: "The army's regional commander, Colonel Joaquim Mangrasse",
      cue: 'told journalists',
    }),
  ]);
});

test('an agency quoting a body relays the figure of the body it quotes', () => {
  expect(
    shapes(
      'Iraq has repatriated 1,200 more citizens from al-Hol camp, the state news agency INA reported on Sunday, quoting the Ministry of Migration and Displacement.',
      at,
    ),
  ).toEqual([
    expected({
      value_text: '1,200',
      value: 1200,
      metric: 'returnees',
      country: 'IQ',
      claimant: 'Ministry of Migration and Displacement (Iraq)',
      mention: 'the Ministry of Migration and Displacement',
      cue: 'quoting',
      relayed_by: 'state news agency INA',
      as_of: '2026-11-29',
    }),
  ]);
});

test('a colon between two clauses with sources of their own gives each figure the source of its clause', () => {
  expect(shapes('The government says 40 women have been brought home: the Red Cross puts the number at 52.', at)).toEqual([
    expected({
      value_text: '40',
      value: 40,
      metric: 'returnees',
      claimant: 'government',
      mention: 'The government',
      cue: 'says',
      as_of: '2026-12-05',
    }),
    expected({
      value_text: '52',
      value: 52,
      metric: 'returnees',
      claimant: 'Red Cross',
      mention: 'the Red Cross',
      cue: 'puts',
      as_of: '2026-12-05',
    }),
  ]);
  // a colon before the figure alone sets no two sources against each other
  expect(shapes('The ministry said: 40 fighters were killed in the raid.', at)).toEqual([
    expected({
      value_text: '40',
      value: 40,
      metric: 'killed',
      claimant: 'ministry',
      mention: 'The ministry',
      cue: 'said',
      as_of: '2026-12-05',
    }),
  ]);
});

test('the plural present of write, note and explain before its that is a cue', () => {
  expect(
    shapes('Its authors, Thomas Renard and Liesbeth van der Heide, write that Belgium alone released 45 terrorism convicts last year.', at),
  ).toEqual([
    expected({
      value_text: '45',
      value: 45,
      metric: 'convicted',
      claimant: 'Thomas Renard and Liesbeth van der Heide',
      mention: 'Thomas Renard and Liesbeth van der Heide',
      cue: 'write',
      as_of: '2025',
    }),
  ]);
  expect(shapes('Analysts note that some 300 fighters remain in the hills.', at)).toEqual([
    expected({
      value_text: 'some 300',
      value: 300,
      approximation: 'approximately',
      metric: 'members',
      claimant: 'Analysts',
      mention: 'Analysts',
      cue: 'note',
      as_of: '2026-12-05',
    }),
  ]);
});

test('a clause of time after a comma speaks for its own figures, not for the figure before it', () => {
  expect(
    shapes(
      'The army killed 38 militants this week, military officials said on Thursday, a day after the defence ministry had put the toll at 25.',
      at,
    ),
  ).toEqual([
    expected({
      value_text: '38',
      value: 38,
      metric: 'killed',
      claimant: 'military officials',
      mention: 'military officials',
      cue: 'said',
      as_of: '2026-12-05',
    }),
    expected({
      value_text: '25',
      value: 25,
      metric: 'killed',
      claimant: 'defence ministry',
      mention: 'the defence ministry',
      cue: 'had put',
      as_of: '2026-12-03',
    }),
  ]);
});
