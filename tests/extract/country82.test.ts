/**
 * The subdivisions migration 20261221040000 adds (extract82): people a text says come from one of them are counted by
 * its ISO 3166-2 code, as those of the subdivisions the ledger held before, with its country as the other reading;
 * people killed or arrested there are not its people. Sentences written for these tests in the style of wire stories;
 * each assertion is of the whole candidate, with the reason its country was given and its other readings.
 */
import { ORIGIN_SUBDIVISIONS } from '../../db/migrations/20261221040000_origin_subdivisions';
import { fileLexicon } from '../../src/extract/fileLexicon';
import { expected, run, shape, type Shape } from './support';

const read = (text: string) =>
  run(text, { published: '2026-03-01' }).candidates.map((c) => ({ ...shape(c), why: c.reasons.country, alternatives: c.alternatives }));
const withReadings = (s: Partial<Shape> & Pick<Shape, 'value_text'>, why: string, alternatives: Record<string, unknown> = {}) => ({
  ...expected(s),
  why,
  alternatives,
});

test('the offline vocabulary holds each added subdivision within its country', () => {
  const lexicon = fileLexicon();
  for (const s of ORIGIN_SUBDIVISIONS) expect(lexicon.place(s.code)).toMatchObject({ kind: 'subdivision', within: s.within, name: s.name });
});

test('men said to come from North Sinai are counted by its code, its country offered as the other reading', () => {
  expect(read('Egyptian officials said 35 young men from North Sinai had joined the militants since 2014.')).toEqual([
    withReadings(
      { value_text: '35', value: 35, country: 'EG-SIN', claimant: 'Egyptian officials', mention: 'Egyptian officials', cue: 'said' },
      '"North Sinai": North Sinai, a subdivision of EG the ledger counts apart (EG-SIN)',
      { country: [{ value: 'EG', reason: "North Sinai's country: its people counted as its nationals" }] },
    ),
  ]);
});

test('so are men from Kakheti who travelled to Syria', () => {
  expect(read("Georgia's security service said 18 men from Kakheti had travelled to Syria.")).toEqual([
    withReadings(
      {
        value_text: '18',
        value: 18,
        country: 'GE-KA',
        claimant: "Georgia's security service",
        mention: "Georgia's security service",
        cue: 'said',
      },
      '"Kakheti": Kakheti, a subdivision of GE the ledger counts apart (GE-KA)',
      { country: [{ value: 'GE', reason: "Kakheti's country: its people counted as its nationals" }] },
    ),
  ]);
});

test('militants killed in North Sinai and people arrested in Bizerte are not counted as their people', () => {
  expect(read('The army said 12 militants were killed in North Sinai on Sunday.')).toEqual([
    withReadings(
      { value_text: '12', value: 12, metric: 'killed', claimant: 'army', mention: 'The army', cue: 'said', as_of: '2026-03-01' },
      'fighters killed: no nationality stated',
    ),
  ]);
  expect(read('Police in Bizerte arrested 14 people on Friday.')).toEqual([
    withReadings(
      { value_text: '14', value: 14, metric: 'arrested', as_of: '2026-02-27' },
      "an authority's own cases: no nationality stated",
    ),
  ]);
});
