/**
 * Claimants on ordinary news (extract58): a clause of time spelt once for the subject and for the clauses. Sentences
 * written for these tests.
 */
import { expected, shapes } from './support';

const at = { published: '2026-12-06' };

test('a clause of time after a comma has a source of its own whatever its measure or conjunction', () => {
  expect(
    shapes(
      'The army killed 38 militants this week, military officials said on Thursday, five days after the defence ministry had put the toll at 25.',
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
      as_of: '2026-12-06',
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
  expect(
    shapes('The council reported that 60 people had returned from Syria, once the ministry confirmed that 45 of them were women.', at),
  ).toEqual([
    expected({ value_text: '60', value: 60, metric: 'returnees', claimant: 'council', mention: 'The council', cue: 'reported' }),
    expected({
      value_text: '45',
      value: 45,
      metric: 'returnees',
      claimant: 'ministry',
      mention: 'the ministry',
      cue: 'confirmed',
      relations: ['part_of c1'],
    }),
  ]);
});

test('a verb of saying coordinated after a first verb has the subject of the first and speaks for its own clause', () => {
  expect(
    shapes('Kazakhstan has brought home 38 of its citizens this year, and says 120 more are still held in camps in Syria.', at),
  ).toEqual([
    expected({ value_text: '38', value: 38, metric: 'returnees', country: 'KZ', as_of: '2026' }),
    expected({
      value_text: '120',
      value: 120,
      metric: 'in_camps',
      country: 'KZ',
      claimant: 'Kazakhstan',
      mention: 'Kazakhstan',
      cue: 'says',
      as_of: '2026',
    }),
  ]);
  // the figure of the first verb keeps the source carried into its sentence
  expect(
    shapes(
      'The Red Cross counts 400 foreign women in the camp. Germany took back 12 of them in March and says 30 more are waiting to leave.',
      at,
    ),
  ).toEqual([
    expected({
      value_text: '400',
      value: 400,
      metric: 'in_camps',
      claimant: 'Red Cross',
      mention: 'The Red Cross',
      cue: 'counts',
      as_of: '2026-12-06',
    }),
    expected({
      value_text: '12',
      value: 12,
      metric: 'returnees',
      country: 'DE',
      claimant: 'Red Cross',
      as_of: '2026-03',
      relations: ['part_of c1'],
    }),
    expected({
      value_text: '30',
      value: 30,
      metric: 'returnees',
      country: 'DE',
      claimant: 'Germany',
      mention: 'Germany',
      cue: 'says',
      as_of: '2026-03',
    }),
  ]);
});

test('a phrase of place or circumstance before a comma is no name that the description after it describes', () => {
  expect(shapes('Outside the court, a lawyer for the families said 40 more young people had left for Syria.')).toEqual([
    expected({ value_text: '40', value: 40, claimant: 'lawyer for the families', mention: 'a lawyer for the families', cue: 'said' }),
  ]);
  expect(shapes('Following the raids, a police spokeswoman said 14 people had been arrested.')).toEqual([
    expected({
      value_text: '14',
      value: 14,
      metric: 'arrested',
      claimant: 'police spokeswoman',
      mention: 'a police spokeswoman',
      cue: 'said',
    }),
  ]);
  // (a noun the preposition's word qualifies is a subject)
  expect(shapes('Outside experts said 40 people had left for Syria.')).toEqual([
    expected({ value_text: '40', value: 40, claimant: 'Outside experts', mention: 'Outside experts', cue: 'said' }),
  ]);
});

test('a clause opened by when has the subject after it and a source of its own', () => {
  expect(shapes('Fewer remain than in 2019, when the foreign ministry put the number of its nationals in the camps at around 20.')).toEqual(
    [
      expected({
        value_text: 'around 20',
        value: 20,
        approximation: 'approximately',
        metric: 'in_camps',
        claimant: 'foreign ministry',
        mention: 'the foreign ministry',
        cue: 'put',
      }),
    ],
  );
  expect(
    shapes('Police said 14 people were arrested on Monday, when the interior ministry reported that 30 more were under investigation.', at),
  ).toEqual([
    expected({ value_text: '14', value: 14, metric: 'arrested', claimant: 'Police', mention: 'Police', cue: 'said', as_of: '2026-11-30' }),
    expected({
      value_text: '30',
      value: 30,
      metric: 'under_investigation',
      claimant: 'interior ministry',
      mention: 'the interior ministry',
      cue: 'reported',
      as_of: '2026-11-30',
    }),
  ]);
});

test('the figures referred back to are those of the source named before them', () => {
  expect(
    shapes(
      'More than 1,100 people were detained on terrorism charges last year, according to figures released by the interior ministry. The figures show that 412 of those detained were foreign nationals.',
      at,
    ),
  ).toEqual([
    expected({
      value_text: 'More than 1,100',
      value: 1100,
      value_low: 1100,
      approximation: 'more_than',
      metric: 'arrested',
      group: 'terrorism-all',
      claimant: 'interior ministry',
      mention: 'figures released by the interior ministry',
      cue: 'according to',
      as_of: '2025',
    }),
    expected({
      value_text: '412',
      value: 412,
      metric: 'arrested',
      group: 'terrorism-all',
      claimant: 'interior ministry',
      mention: 'The figures',
      cue: 'show',
      as_of: '2026-12-06',
      relations: ['part_of c1'],
    }),
  ]);
  // (with no source named before, they name nobody)
  expect(shapes('The figures show that 412 people were detained last year.', at)).toEqual([
    expected({ value_text: '412', value: 412, metric: 'arrested', as_of: '2025' }),
  ]);
});
