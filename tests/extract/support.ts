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
