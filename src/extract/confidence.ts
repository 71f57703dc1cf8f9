/**
 * How sure the extractor is of a candidate: the chance that it is a claim and that every field a claim is made of —
 * value, approximation, metric, country, claimant — is right, estimated from how each field was read. Each reading has
 * a strength (its own words, a cue, carried from another figure, a default, a guess), and each strength the share of
 * readings of that strength found right on articles the rules were not written from (held-out 21–40: RIGHT says when):
 * the estimate is their product. scripts/eval-confidence.ts measures it back, bucket by bucket, the mean confidence
 * against the share all right (docs/extractor.md, "extract110", "extract116"). The one place a candidate's confidence
 * is made.
 */
import type { CountryRule, Work } from './work';

/** How a field was read, from strongest to weakest: what lowers a candidate's confidence is named here. */
export type Strength = 'explicit' | 'cue' | 'carried' | 'defaulted' | 'guessed';

export interface Readings {
  /** Whether it is a claim: explicit, people named or a status said; cue, a headline; guessed, a bare number, nothing said of it. */
  claim: Strength;
  /**
   * explicit, a status word said of the figure (or of the whole it is part of); carried, from the figure before or its
   * whole; guessed, from its people noun alone ("counts women"); defaulted, travellers or a group's strength by default.
   */
  metric: Strength;
  /**
   * explicit, named for the figure or its list item; carried, from a figure before, its section or the text's one
   * nationality; defaulted, no nationality by a rule or none found; guessed, the text's most-named country.
   */
  country: Strength;
  /**
   * explicit, named before its cue or the publisher's own (nobody named); cue, a tag after a quotation or a restatement;
   * carried, from an earlier sentence; guessed, named with no cue (a possessed figure).
   */
  claimant: Strength;
}

/** The country rules that read a figure's own words, or its list item's. */
const COUNTRY_EXPLICIT = new Set<CountryRule>([
  'named',
  'list-item',
  'list-destination',
  'list-item-cases',
  'group-fighters',
  'group-fighters-untravelled',
  'foreign',
  'world',
  'opens-sentence',
  'brought-home',
  'forces-of-source',
  'state-forces',
  'asked',
  'subdivision-anaphor',
  'set-referred-back',
  'broken-down',
  'strength',
]);
/** The country rules that carry a country from elsewhere in the text. */
const COUNTRY_CARRIED = new Set<CountryRule>([
  'carried',
  'part-of',
  'section',
  'text-nationality',
  'text-region',
  'region-named-before',
  'list-lead',
  'after-strength',
]);
/** The country rules that take the text's most-named country for people nothing places. */
const COUNTRY_GUESSED = new Set<CountryRule>(['most-named', 'came-home']);

/** How each field of a figure's work record was read. */
export function readingsOf(w: Work): Readings {
  const { fig } = w;
  const a = w.attribution;
  const claim: Strength = !fig.noun && !w.status && w.metricByDefault ? 'guessed' : fig.sentence.headline ? 'cue' : 'explicit';
  const metric: Strength = w.metricByDefault
    ? 'defaulted'
    : w.status && w.metric === w.status.metric
      ? 'explicit'
      : fig.noun && w.partOf === null
        ? 'guessed'
        : 'carried';
  const rule = w.countryRule;
  const country: Strength =
    rule && COUNTRY_EXPLICIT.has(rule)
      ? 'explicit'
      : rule && COUNTRY_CARRIED.has(rule)
        ? 'carried'
        : rule && COUNTRY_GUESSED.has(rule)
          ? 'guessed'
          : 'defaulted';
  const claimant: Strength = !a ? 'explicit' : a.restated || a.quoteTag ? 'cue' : a.carried ? 'carried' : a.cue ? 'explicit' : 'guessed';
  return { claim, metric, country, claimant };
}

/**
 * The share of readings of each strength found right on articles the rules were not written from: held-out 21–40,
 * measured on 7 Dec 2026 at c8de1ba9 (`npx tsx scripts/eval-confidence.ts --aggregate --strengths`, 2,745 candidates;
 * docs/extractor.md, "extract116"): for the claim, the share that were a claim at all (not a false positive). Value and
 * approximation are read from the figure's own words and were right 99.7% of the time: they lower nothing. Shares read
 * from few readings: a claim guessed 38 of 57, a country guessed 6 of 14, a claimant guessed 14 of 32. Strengths
 * readingsOf never gives (a metric's or a country's cue, a claim carried or by default, a claimant by default) were never
 * measured: their shares, a neighbour's, only keep the table whole. (Until extract116 the shares were the studied sets',
 * 4–15 points higher than on unseen articles.)
 */
export const RIGHT: Record<keyof Readings, Record<Strength, number>> = {
  claim: { explicit: 0.94, cue: 0.89, carried: 0.89, defaulted: 0.67, guessed: 0.67 },
  metric: { explicit: 0.85, cue: 0.57, carried: 0.5, defaulted: 0.41, guessed: 0.57 },
  country: { explicit: 0.9, cue: 0.77, carried: 0.73, defaulted: 0.77, guessed: 0.43 },
  claimant: { explicit: 0.83, cue: 0.74, carried: 0.36, defaulted: 0.44, guessed: 0.44 },
};

/** The chance that a candidate is a claim with every field right, from how its fields were read: 0.05–0.95. */
export function confidenceFrom(r: Readings): number {
  const chance = RIGHT.claim[r.claim] * RIGHT.metric[r.metric] * RIGHT.country[r.country] * RIGHT.claimant[r.claimant];
  return Math.round(Math.min(0.95, Math.max(0.05, chance)) * 100) / 100;
}

/**
 * The confidence of a candidate whose every field was read from the figure's own words, the highest reading: what "accept
 * all high-confidence" takes (src/web/workspace/review.ts), derived here so that a share re-measured never leaves that
 * button with nothing to accept.
 */
export const OWN_WORDS_CONFIDENCE = confidenceFrom({ claim: 'explicit', metric: 'explicit', country: 'explicit', claimant: 'explicit' });

/** The weaker readings in words, for the editor: what lowered a candidate's confidence. */
export const WEAKER: Record<keyof Readings, Partial<Record<Strength, string>>> = {
  claim: { cue: 'a headline', guessed: 'nothing is said of the number' },
  metric: {
    carried: 'the metric carried from another figure',
    defaulted: 'the metric set by default',
    guessed: 'the metric read from the people noun alone',
  },
  country: {
    carried: 'the country carried from elsewhere in the text',
    defaulted: 'no nationality found, or none by a rule',
    guessed: "the country guessed from the text's most-named",
  },
  claimant: {
    cue: 'the claimant read from a tag or a restatement',
    carried: 'the claimant carried from an earlier sentence',
    guessed: 'the claimant named without a cue',
  },
};

/** What lowered a candidate's confidence, in words: its `reasons.confidence`. */
export function confidenceReason(r: Readings): string {
  const weaker = (Object.keys(WEAKER) as (keyof Readings)[]).map((k) => WEAKER[k][r[k]]).filter((x): x is string => !!x);
  return weaker.length ? `lowered by ${weaker.join('; ')}` : "every field read from the figure's own words";
}

/** A candidate's confidence and its reason, from how its fields were read. */
export function confidenceOf(w: Work): { confidence: number; reason: string } {
  const r = readingsOf(w);
  return { confidence: confidenceFrom(r), reason: confidenceReason(r) };
}
