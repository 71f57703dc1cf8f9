import type { Candidate } from '../../src/extract/candidate';
import { extractCandidates, ExtractOptions } from '../../src/extract/extract';
import { fileLexicon } from '../../src/extract/fileLexicon';

const lexicon = fileLexicon();

/** Every field the extractor fills, with the claimant flattened: what a rule's test asserts as a whole. */
export interface Shape {
  value_text: string;
  value: number | null;
  value_low: number | null;
  value_high: number | null;
  approximation: Candidate['approximation'];
  fraction: number | null;
  metric: string | null;
  country: Candidate['country'];
  group: string | null;
  claimant: string | null;
  mention: string | null;
  cue: string | null;
  relayed_by: string | null;
  hedge: string | null;
  as_of: string | null;
  relations: string[];
}

export function shape(c: Candidate): Shape {
  return {
    value_text: c.value_text,
    value: c.value,
    value_low: c.value_low,
    value_high: c.value_high,
    approximation: c.approximation,
    fraction: c.fraction,
    metric: c.metric,
    country: c.country,
    group: c.group,
    claimant: c.claimant?.name ?? null,
    mention: c.claimant?.mention ?? null,
    cue: c.cue,
    relayed_by: c.relayed_by,
    hedge: c.hedge,
    as_of: c.as_of,
    relations: c.relations.map((r) => `${r.type} ${r.target}`),
  };
}

export function run(text: string, options: ExtractOptions = {}) {
  return extractCandidates(text, lexicon, options);
}

export function shapes(text: string, options: ExtractOptions = {}): Shape[] {
  return run(text, options).candidates.map(shape);
}

/** The candidates of `text` as shapes, each with the reason it was given its country (the country tests'). */
export function shapesWithCountryReason(text: string, options: ExtractOptions = {}) {
  return run(text, options).candidates.map((c) => ({ ...shape(c), why: c.reasons.country }));
}

/**
 * The fields of an unattributed figure with no bounds, relations or group, dated `as_of`, for a country test that gives
 * the value, wording, metric, country and reason itself (`over`).
 */
export const unattributedOn =
  (as_of: string) =>
  (over: Record<string, unknown>): Record<string, unknown> => ({
    value_low: null,
    value_high: null,
    fraction: null,
    group: null,
    claimant: null,
    mention: null,
    cue: null,
    relayed_by: null,
    hedge: null,
    as_of,
    relations: [],
    ...over,
  });

/** A candidate with the defaults of an unqualified, unattributed figure, overridden by `fields`. */
export function expected(fields: Partial<Shape> & Pick<Shape, 'value_text'>): Shape {
  return {
    value: null,
    value_low: null,
    value_high: null,
    approximation: 'exact',
    fraction: null,
    metric: 'foreign_fighters',
    country: null,
    group: null,
    claimant: null,
    mention: null,
    cue: null,
    relayed_by: null,
    hedge: null,
    as_of: null,
    relations: [],
    ...fields,
  };
}
