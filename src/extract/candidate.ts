/**
 * A candidate claim proposed by the extractor: the contract between the extractor (src/extract), its API
 * (POST /v1/extract, schemas/extract.json) and the editors' workspace. Offsets are UTF-16 code units into the
 * text that was read, end exclusive, as the ledger stores quotes. Field meanings follow
 * ../shared/extraction/README.md ("Fields of a gold mention").
 */
import type { Approximation, RelationType } from '../claims/model';

export type CandidateApproximation = Approximation;

/** The relations the extractor proposes (a corroboration is never read from one text). */
export const CANDIDATE_RELATION_TYPES = ['part_of', 'supersedes', 'derived_from', 'contradicts'] as const satisfies readonly RelationType[];
export type CandidateRelationType = (typeof CANDIDATE_RELATION_TYPES)[number];

export interface CandidateClaimant {
  /** The normalised name ("Nurtai Abykaev", "Europol"). */
  name: string;
  /** The words at the attribution point ("the chairman", "he", "the agency"), when they differ from the name. */
  mention: string | null;
  /** The ledger's actor when one matches by name or alias; null when the claimant would be a new actor. */
  actor_id: number | null;
  /** True when no actor matched: accepting the candidate creates the claimant. */
  new: boolean;
}

export interface CandidateQuote {
  /** The sentence (or headline, caption line) holding the figure, exactly as in the text. */
  exact: string;
  start: number;
  end: number;
  /** Up to 32 characters before and after, as a W3C TextQuoteSelector. */
  prefix: string;
  suffix: string;
}

export interface CandidateRelation {
  type: CandidateRelationType;
  /** The id of another candidate of the same extraction. */
  target: string;
}

/**
 * Another plausible reading of a field a rule decided between readings ("a state's own cases" read as the state or as no
 * nationality), with why: what an editor may take instead in one step.
 */
export interface CandidateReading<T> {
  value: T;
  reason: string;
}

/** For the fields a rule decided between readings, the other readings, most plausible first; a field read one way only is absent. */
export interface CandidateAlternatives {
  country?: CandidateReading<Candidate['country']>[];
  metric?: CandidateReading<string | null>[];
  claimant?: CandidateReading<CandidateClaimant | null>[];
}

export interface Candidate {
  /** Stable within one extraction: "c1", "c2", … in text order. */
  id: string;
  /** The figure as written, qualifier included, noun excluded ("over 300", "around half"). */
  start: number;
  end: number;
  value_text: string;
  value: number | null;
  value_low: number | null;
  value_high: number | null;
  approximation: CandidateApproximation;
  /** For verbal shares only ("half" → 0.5); the value fields are then null. */
  fraction: number | null;
  /** A metric code of the ledger's vocabulary (foreign_fighters, women, returnees, killed, …), or null. */
  metric: string | null;
  subgroup: string | null;
  /** Whose nationals: ISO 3166-1 alpha-2, a region or grouping code of the ledger, a list, or null. */
  country: string | string[] | null;
  location: string | string[] | null;
  /** A group slug of the ledger's vocabulary (islamic-state), or null. */
  group: string | null;
  claimant: CandidateClaimant | null;
  /** The attribution words as written ("said", "according to", "told Reuters"). */
  cue: string | null;
  /** Who passes on somebody else's figure ("Reuters"), or null. */
  relayed_by: string | null;
  /** Hedging or emphasis words that are not the qualifier ("are thought to", "only"). */
  hedge: string | null;
  /** When the figure holds: YYYY, YYYY-MM or YYYY-MM-DD, with the words that fix it. */
  as_of: string | null;
  as_of_text: string | null;
  /** When the claimant said it, when the text fixes it. */
  stated_on: string | null;
  quote: CandidateQuote;
  relations: CandidateRelation[];
  /** 0–1: how sure the extractor is that this is a claim and its fields are right (the estimated chance: confidence.ts). */
  confidence: number;
  /** For each field filled, a few words saying why ("'over' → more_than"). */
  reasons: Record<string, string>;
  /** The other plausible readings of the fields a rule decided between readings, each with its reason. */
  alternatives: CandidateAlternatives;
  /** Claims the ledger already holds with the same claimant, metric, country and value or bounds. */
  existing_claim_ids: number[];
}
