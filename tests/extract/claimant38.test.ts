/**
 * Claimants on unseen text (extract38): the subject after a fronted phrase with no comma, a source named in a phrase the
 * clause answers, figures shared by a body, a protected witness known by a code. Sentences written for these tests.
 */
import { expected, shapes } from './support';

const at = { published: '2026-12-05' };

test('a phrase of time fronted with no comma is no part of the subject after it', () => {
  const text = 'In a speech to the nation on Monday the president spoke of more than 300 young men who had joined the group.';
  expect(shapes(text, at)).toEqual([
    expected({
      value_text: 'more than 300',
      value: 300,
      value_low: 300,
      approximation: 'more_than',
      claimant: 'president',
      mention: 'the president',
      cue: 'spoke of',
      as_of: '2026-11-30',
    }),
  ]);
});

test('a span of dates fronted with no comma leaves the body that recorded the figure', () => {
  const text = 'Between January and October 2026 the Office recorded 112 civilians killed in the four municipalities.';
  expect(shapes(text, at).map((s) => [s.value_text, s.claimant, s.mention, s.cue])).toEqual([['112', 'Office', 'the Office', 'recorded']]);
});

test('a fronted phrase set off by a comma still gives its subject (control)', () => {
  const text = 'In a speech on Monday, the minister said 45 militants had been arrested.';
  expect(shapes(text, at).map((s) => [s.value_text, s.claimant, s.mention, s.cue])).toEqual([['45', 'minister', 'the minister', 'said']]);
});

test('a report the clause answers is not its source: the body answering it states the figure', () => {
  const text =
    'The ministry rejected the findings on Tuesday. Responding to a report by Amnesty International, it said only 40 detainees had died in custody.';
  expect(shapes(text, at)).toEqual([
    expected({ value_text: '40', value: 40, metric: 'deaths', claimant: 'ministry', mention: 'it', cue: 'said', hedge: 'only' }),
  ]);
});

test('figures shared by a body named in lower case name that body, not nobody', () => {
  const text = 'According to figures shared by the interior ministry with Reuters, 1,200 Kenyans remain in Somalia.';
  expect(shapes(text, at)).toEqual([
    expected({
      value_text: '1,200',
      value: 1200,
      metric: 'still_in_conflict_zone',
      country: 'KE',
      claimant: 'interior ministry',
      mention: 'figures shared by the interior ministry with Reuters',
      cue: 'According to',
      as_of: '2026-12-05',
    }),
  ]);
});

test('a protected witness known by a code answers in the turns of its label, not the counsel who asked', () => {
  const text = [
    'Transcript of hearing, Trial Chamber II',
    '',
    'PRESIDING JUDGE: Please continue, Madam Prosecutor.',
    'MS OKAFOR: How many men were taken from the village?',
    'WITNESS P-0431: I saw about 50 men taken from the village.',
    'MS OKAFOR: How many of them were women?',
    'WITNESS P-0431: Around 20 of them.',
  ].join('\n');
  expect(shapes(text, at).map((s) => [s.value_text, s.claimant, s.mention])).toEqual([
    ['about 50', 'Witness P-0431', 'WITNESS P-0431'],
    ['Around 20', 'Witness P-0431', 'WITNESS P-0431'],
  ]);
});

test('a source noun with a verb of its own after it is no cue: unnamed estimates and media reports name nobody', () => {
  const text = [
    'Independent estimates suggest that some 600 Tajiks are still held in camps in Syria.',
    'Local media reports speaking of "about 70" returnees could not be verified.',
    'One commonly cited estimate is that 1,200 Kyrgyz citizens travelled to Syria.',
  ].join('\n\n');
  expect(shapes(text, at).map((s) => [s.value_text, s.claimant, s.mention, s.cue])).toEqual([
    ['some 600', null, null, null],
    ['about 70', null, null, null],
    ['1,200', null, null, null],
  ]);
});

test('a source noun that is the subject of a cue names its author, the noun kept in the mention', () => {
  const text = 'Police reports show 40 people were arrested in Mombasa.';
  expect(shapes(text, at)).toEqual([
    expected({
      value_text: '40',
      value: 40,
      metric: 'arrested',
      claimant: 'Police',
      mention: 'Police reports',
      cue: 'show',
      as_of: '2026-12-05',
    }),
  ]);
});

test('a heading field whose value is a reference number is no speaker, and makes no transcript of a report', () => {
  const text = [
    'APPEAL NOTICE',
    'AN: 188/26 Index: ASA 13/2026',
    'CASE NO: 24-0931/DHK',
    '',
    'On 20 November a court in Dhaka convicted 14 of the 20 defendants of terrorism offences.',
  ].join('\n');
  expect(shapes(text, at).map((s) => [s.value_text, s.claimant, s.mention])).toEqual([
    ['14', null, null],
    ['20', null, null],
  ]);
});
