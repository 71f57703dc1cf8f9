/**
 * extract110: a candidate's confidence is the chance that it is a claim with every field right, from the strength of
 * each field's reading (src/extract/confidence.ts): a figure read wholly from its own words is the surest; a metric by
 * default or from the people noun alone, a claimant carried from an earlier sentence, a country carried or found by no
 * rule, each lowers it. Sentences written for these tests; each asserts every candidate whole, with its confidence.
 */
import { confidenceFrom, confidenceReason, RIGHT } from '../../src/extract/confidence';
import { expected, run, shape } from './support';

const withConfidence = (text: string) =>
  run(text).candidates.map((c) => ({ ...shape(c), confidence: c.confidence, why: c.reasons.confidence }));

describe('the confidence of a candidate, from how each field was read', () => {
  test('a figure read wholly from its own words: a status word, its nationality named, its source before a cue', () => {
    expect(withConfidence('The Interior Ministry said 212 Belgians had travelled to Syria.')).toEqual([
      {
        ...expected({
          value_text: '212',
          value: 212,
          country: 'BE',
          claimant: 'Interior Ministry',
          mention: 'The Interior Ministry',
          cue: 'said',
        }),
        confidence: 0.6,
        why: "every field read from the figure's own words",
      },
    ]);
  });

  test('a metric by default, no status stated: lower', () => {
    expect(withConfidence('Some 300 Kazakh fighters are in Syria, the ministry said.')).toEqual([
      {
        ...expected({
          value_text: 'Some 300',
          value: 300,
          approximation: 'approximately',
          country: 'KZ',
          claimant: 'ministry',
          mention: 'the ministry',
          cue: 'said',
        }),
        confidence: 0.29,
        why: 'lowered by the metric set by default',
      },
    ]);
  });

  test('a metric read from the people noun alone: lower', () => {
    expect(withConfidence('The Interior Ministry said 38 women from Adana travelled to Syria.')).toEqual([
      {
        ...expected({
          value_text: '38',
          value: 38,
          metric: 'women',
          country: 'TR-01',
          claimant: 'Interior Ministry',
          mention: 'The Interior Ministry',
          cue: 'said',
        }),
        confidence: 0.4,
        why: 'lowered by the metric read from the people noun alone',
      },
    ]);
  });

  test('a claimant carried from an earlier sentence and a country carried from the figure before: lower still', () => {
    expect(withConfidence('The Interior Ministry said 212 Belgians had travelled to Syria. Another 40 are still there.')).toEqual([
      {
        ...expected({
          value_text: '212',
          value: 212,
          country: 'BE',
          claimant: 'Interior Ministry',
          mention: 'The Interior Ministry',
          cue: 'said',
        }),
        confidence: 0.6,
        why: "every field read from the figure's own words",
      },
      {
        ...expected({ value_text: '40', value: 40, metric: 'still_in_conflict_zone', country: 'BE', claimant: 'Interior Ministry' }),
        confidence: 0.21,
        why: 'lowered by the country carried from elsewhere in the text; the claimant carried from an earlier sentence',
      },
    ]);
  });

  test('a country carried from the whole the figure is part of, its source named before its own cue: a little lower', () => {
    expect(withConfidence('212 Belgians have travelled to Syria. Police said 40 of them were arrested.')).toEqual([
      {
        ...expected({ value_text: '212', value: 212, country: 'BE' }),
        confidence: 0.6,
        why: "every field read from the figure's own words",
      },
      {
        ...expected({
          value_text: '40',
          value: 40,
          metric: 'arrested',
          country: 'BE',
          claimant: 'Police',
          mention: 'Police',
          cue: 'said',
          relations: ['part_of c1'],
        }),
        confidence: 0.48,
        why: 'lowered by the country carried from elsewhere in the text',
      },
    ]);
  });

  test('no nationality found by any rule: lower', () => {
    expect(withConfidence('Officials in Brussels said 40 women were repatriated.')).toEqual([
      {
        ...expected({
          value_text: '40',
          value: 40,
          metric: 'returnees',
          claimant: 'Officials in Brussels',
          mention: 'Officials in Brussels',
          cue: 'said',
        }),
        confidence: 0.51,
        why: 'lowered by no nationality found, or none by a rule',
      },
    ]);
  });

  test('the estimate is the product of the strengths, never above the surest reading, and weaker for each weaker field', () => {
    const surest = { claim: 'explicit', metric: 'explicit', country: 'explicit', claimant: 'explicit' } as const;
    expect(confidenceFrom(surest)).toBe(0.6);
    for (const field of ['claim', 'metric', 'country', 'claimant'] as const)
      for (const weaker of ['carried', 'defaulted', 'guessed'] as const) {
        expect(RIGHT[field][weaker]).toBeLessThan(RIGHT[field].explicit);
        expect(confidenceFrom({ ...surest, [field]: weaker })).toBeLessThan(0.6);
      }
    // (extract116: the shares measured on held-out 21–40) .89 × .50 × .73 × .74
    expect(confidenceFrom({ claim: 'cue', metric: 'carried', country: 'carried', claimant: 'cue' })).toBe(0.24);
    // .67 × .41 × .43 × .36 is under the floor of 0.05
    const weakest = { claim: 'guessed', metric: 'defaulted', country: 'guessed', claimant: 'carried' } as const;
    expect(confidenceFrom(weakest)).toBe(0.05);
    expect(confidenceReason(weakest)).toBe(
      "lowered by nothing is said of the number; the metric set by default; the country guessed from the text's most-named; the claimant carried from an earlier sentence",
    );
  });
});
