/**
 * Claimants on unseen text (extract52): how wire stories, explainers, live blogs, press releases and transcripts name
 * the source of a figure. Sentences written for these tests.
 */
import { expected, shapes } from './support';

const at = { published: '2026-12-05' };

test('a time phrase between a subject and its verb of saying is no part of the subject', () => {
  expect(shapes('The army earlier this month said it had killed 60 fighters in the Lake Chad islands.', at)).toEqual([
    expected({
      value_text: '60',
      value: 60,
      metric: 'killed',
      claimant: 'army',
      mention: 'The army',
      cue: 'earlier this month said',
      as_of: '2026-12',
    }),
  ]);
  expect(shapes('The Interior Ministry on 8 March said that five soldiers had died in the clashes.', at)).toEqual([
    expected({
      value_text: 'five',
      value: 5,
      metric: 'victims_killed',
      claimant: 'Interior Ministry',
      mention: 'The Interior Ministry',
      cue: 'on 8 March said',
      as_of: '2026-03-08',
    }),
  ]);
  expect(
    shapes('The health ministry, which had earlier put the toll at 60, this afternoon said at least 170 people had died.', at),
  ).toEqual([
    expected({
      value_text: '60',
      value: 60,
      metric: 'killed',
      claimant: 'health ministry',
      mention: 'The health ministry',
      cue: 'this afternoon said',
    }),
    expected({
      value_text: 'at least 170',
      value: 170,
      value_low: 170,
      approximation: 'at_least',
      metric: 'deaths',
      claimant: 'health ministry',
      mention: 'The health ministry',
      cue: 'this afternoon said',
    }),
  ]);
});

test('a speaker after a quotation too long to be a subject is named without the body they speak for', () => {
  expect(
    shapes(
      '"We have seen around 200 young men leave the district for the camps," said Moussa Issoufou of the regional office of the National Commission for Human Rights in Tahoua.',
      at,
    ),
  ).toEqual([
    expected({
      value_text: 'around 200',
      value: 200,
      approximation: 'approximately',
      claimant: 'Moussa Issoufou',
      mention: 'Moussa Issoufou',
      cue: 'said',
      as_of: '2026-12-05',
    }),
  ]);
  // a short speaker keeps the words as written
  expect(shapes('"Only 14 of them have come back," said the deputy governor.', at)).toEqual([
    expected({
      value_text: '14',
      value: 14,
      metric: 'returnees',
      claimant: 'deputy governor',
      mention: 'the deputy governor',
      cue: 'said',
      hedge: 'Only',
      as_of: '2026-12-05',
    }),
  ]);
});

test('a news agency slug before a headline is no part of its subject', () => {
  expect(shapes('UPDATE 2-Chad says army killed 30 militants near the border with Niger', at)).toEqual([
    expected({ value_text: '30', value: 30, metric: 'killed', claimant: 'Chad', mention: 'Chad', cue: 'says', as_of: '2026-12-05' }),
  ]);
  expect(shapes('EXCLUSIVE-Mali\u2019s junta says 45 fighters were arrested in Mopti', at)).toEqual([
    expected({
      value_text: '45',
      value: 45,
      metric: 'arrested',
      claimant: 'Mali\u2019s junta',
      mention: 'Mali\u2019s junta',
      cue: 'says',
      as_of: '2026-12-05',
    }),
  ]);
});

test('figures obtained from a source are the source claims, whoever obtained them', () => {
  expect(
    shapes('Figures obtained by the BBC from the State Committee for National Security show that 112 returnees have been convicted.', at),
  ).toEqual([
    expected({
      value_text: '112',
      value: 112,
      metric: 'convicted',
      claimant: 'State Committee for National Security',
      mention: 'Figures obtained by the BBC from the State Committee for National Security',
      cue: 'show',
      as_of: '2026-12-05',
    }),
  ]);
  expect(
    shapes('Some 75 women have been charged, according to data the researchers received from the Iraqi Ministry of Justice.', at),
  ).toEqual([
    expected({
      value_text: 'Some 75',
      value: 75,
      approximation: 'approximately',
      metric: 'charged',
      claimant: 'Iraqi Ministry of Justice',
      mention: 'data the researchers received from the Iraqi Ministry of Justice',
      cue: 'according to',
      as_of: '2026-12-05',
    }),
  ]);
});

test('an estimate a sentence opens with is the estimate of the person its possessive pronoun points back to', () => {
  expect(
    shapes('Dr Nodira Saidova has studied the recruitment networks for a decade. Her own estimate is that some 2,500 Tajiks went.', at),
  ).toEqual([
    expected({
      value_text: 'some 2,500',
      value: 2500,
      approximation: 'approximately',
      country: 'TJ',
      claimant: 'Nodira Saidova',
      mention: 'Her',
      cue: 'estimate',
      as_of: '2026-12-05',
    }),
  ]);
  // a possessive before any other noun owns no figure
  expect(shapes('His brother was among the 40 men arrested.', at)).toEqual([
    expected({ value_text: '40', value: 40, metric: 'arrested', as_of: '2026-12-05' }),
  ]);
});

test('the date of a source report after its name is no part of the name', () => {
  expect(
    shapes(
      'According to the report of the Joint Command of the Armed Forces of 2 November 2026, a total of 21,340 persons have been apprehended.',
      at,
    ),
  ).toEqual([
    expected({
      value_text: '21,340',
      value: 21340,
      metric: 'arrested',
      claimant: 'Joint Command of the Armed Forces',
      mention: 'the report of the Joint Command of the Armed Forces',
      cue: 'According to',
      as_of: '2026-11-02',
    }),
  ]);
  expect(shapes('According to the statement of the Prosecutor General dated March 3, 2025, 48 people were charged.', at)).toEqual([
    expected({
      value_text: '48',
      value: 48,
      metric: 'charged',
      claimant: 'Prosecutor General',
      mention: 'the statement of the Prosecutor General',
      cue: 'According to',
      as_of: '2025-03-03',
    }),
  ]);
});
