/**
 * Accuracy against annotated passages, scored as ../shared/extraction/score.py scores them: the practice corpus
 * (when ../shared/extraction is there: a plain clone has no ../shared) and the held-out passages written for this
 * repository (tests/fixtures/extract), which the rules were never tuned on before they were written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Corpus, evaluate, score as scoreOf } from '../../src/extract/score';

const PRACTICE = path.join(__dirname, '..', '..', '..', 'shared', 'extraction', 'corpus.json');
const HELDOUT = path.join(__dirname, '..', 'fixtures', 'extract', 'heldout.json');
const read = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as Corpus;

const practice = fs.existsSync(PRACTICE);
if (!practice) console.warn(`Practice corpus not found at ${PRACTICE}: its accuracy test is skipped (a plain clone has no ../shared).`);

(practice ? test : test.skip)(
  'practice corpus: recall ≥ 0.95, precision ≥ 0.85, value ≥ 0.95, approximation ≥ 0.90, country ≥ 0.85, claimant ≥ 0.80',
  () => {
    const { score } = evaluate(read(PRACTICE));
    expect(score.recall).toBeGreaterThanOrEqual(0.95);
    expect(score.precision).toBeGreaterThanOrEqual(0.85);
    expect(score.field_accuracy.value).toBeGreaterThanOrEqual(0.95);
    expect(score.field_accuracy.approximation).toBeGreaterThanOrEqual(0.9);
    expect(score.field_accuracy.country).toBeGreaterThanOrEqual(0.85);
    expect(score.field_accuracy.claimant).toBeGreaterThanOrEqual(0.8);
    // no candidate on a year, a footnote marker, a percentage…
    expect(score.candidates_on_distractors).toBeLessThanOrEqual(3);
  },
);

test('held-out passages: every figure found, nothing else proposed, wording and claimants right', () => {
  const { score } = evaluate(read(HELDOUT));
  expect(score.recall).toBeGreaterThanOrEqual(0.95);
  expect(score.precision).toBeGreaterThanOrEqual(0.9);
  expect(score.field_accuracy.approximation).toBeGreaterThanOrEqual(0.95);
  // shares carry the value they imply (a third of 1,150 → 383), which the annotation leaves null
  expect(score.field_accuracy.value).toBeGreaterThanOrEqual(0.9);
  expect(score.field_accuracy.claimant).toBeGreaterThanOrEqual(0.85);
  expect(score.field_accuracy.country).toBeGreaterThanOrEqual(0.7);
});

test('the scorer is score.py: a candidate on a distractor is a false positive, a repeat costs nothing, fields count on true positives only', () => {
  const corpus: Corpus = {
    passages: [
      {
        id: 'x',
        text: 'In 2019, 40 Kazakhs left. 40 Kazakhs left.',
        claims: [
          {
            id: 'x-c1',
            cluster: 'x-c1',
            optional: false,
            start: 9,
            end: 11,
            value_text: '40',
            approximation: 'exact',
            metric: 'foreign_fighters',
            value: 40,
            country: 'KZ',
          },
          {
            id: 'x-c2',
            cluster: 'x-c1',
            optional: false,
            start: 26,
            end: 28,
            value_text: '40',
            approximation: 'exact',
            metric: 'foreign_fighters',
            value: 40,
            country: 'KZ',
          },
        ],
        distractors: [{ id: 'x-d1', kind: 'year', start: 3, end: 7 }],
      },
    ],
  };
  const result = scoreOf(corpus, {
    x: [
      { start: 3, end: 7 },
      { start: 9, end: 11, value: 40, country: 'UZ' },
      { start: 26, end: 28, value: 41 },
    ],
  });
  expect(result.score).toMatchObject({
    precision: 0.5,
    recall: 1,
    true_positives: 1,
    false_positives: 1,
    ignored_duplicates_or_optional: 1,
    candidates_on_distractors: 1,
    distractors_hit: '1/1',
  });
  expect(result.score.field_accuracy).toMatchObject({ value: 1, country: 0, metric: null });
});
