/**
 * The claim as the ledger serves and stores it: the closed sets of its fields (each an `as const` array and the
 * union type derived from it), and the shapes of a claim, its sources, its relations and its figure. No store,
 * no HTTP: everything that handles claims imports its types from here. The filter and the sort are in
 * claimFilter.ts; what each approximation means is in approximation.ts.
 */
import type { ActorKind, Precision } from '../closedSets';

/** How the figure's words relate to its number: "over 300" is more_than 300, "hundreds of" is vague. */
export const APPROXIMATIONS = ['exact', 'approximately', 'more_than', 'at_least', 'less_than', 'at_most', 'range', 'vague'] as const;
export type Approximation = (typeof APPROXIMATIONS)[number];

/** The editor's ranking of a claim among those of the same figure. */
export const CLAIM_RANKS = ['preferred', 'normal', 'deprecated'] as const;
export type ClaimRank = (typeof CLAIM_RANKS)[number];

/** Whether a claim stands: superseded by a later claim, or retracted (a soft delete with a reason). */
export const CLAIM_STATUSES = ['active', 'superseded', 'retracted'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** The links a claim makes to another, as recorded (outgoing). */
export const RELATION_TYPES = ['supersedes', 'part_of', 'derived_from', 'contradicts', 'corroborates'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Incoming links are served from the other side: A supersedes B reads, on B, "superseded_by A". */
export const INVERSE_RELATION = {
  supersedes: 'superseded_by',
  part_of: 'has_part',
  derived_from: 'source_of',
  contradicts: 'contradicts',
  corroborates: 'corroborates',
} as const satisfies Record<RelationType, string>;
/** A relation as a served claim lists it: outgoing by its type, incoming by the inverse. */
export type ServedRelationType = RelationType | (typeof INVERSE_RELATION)[RelationType];

/** Relation types whose links must never form a loop: a claim cannot (indirectly) supersede, be part of or derive from itself. */
export const ACYCLIC_RELATIONS: ReadonlySet<RelationType> = new Set<RelationType>(['supersedes', 'part_of', 'derived_from']);

export interface ActorRef {
  id: number;
  name: string;
}

export interface Source {
  document: { id: number; title: string; url: string | null; publisher: ActorRef | null; published_on: string | null };
  quote: string;
  prefix: string | null;
  suffix: string | null;
  start: number | null;
  end: number | null;
}

export interface Relation {
  type: ServedRelationType;
  claim_id: number;
  asserted_by: ActorRef;
}

/** The numbers of a figure and how approximate they are. */
export interface FigureValue {
  value: number | null;
  value_low: number | null;
  value_high: number | null;
  approximation: Approximation;
}

/** An interval on the number line; `high: null` is unbounded (“more than 300” is (300, ∞)). */
export interface Interval {
  low: number;
  high: number | null;
  low_open: boolean;
  high_open: boolean;
}

/** A figure as it was given: the numbers, how approximate they are, the words, and when (served form). */
export interface StatedFigure extends FigureValue {
  value_text: string;
  as_of: string | null;
  stated_on: string | null;
}

export interface Claim extends StatedFigure {
  id: number;
  key: string | null;
  metric: string;
  country: string;
  group: string | null;
  location: string[];
  context: string | null;
  claimant: { id: number; name: string; kind: ActorKind; role: string | null; organization: ActorRef | null };
  sources: Source[];
  relations: Relation[];
  rank: ClaimRank;
  status: ClaimStatus;
  retraction_reason: string | null;
  credibility: number | null;
  notes: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** A claim's columns as the claims table holds them. */
export interface ClaimColumns extends FigureValue {
  key: string | null;
  metric: string;
  country: string;
  group_slug: string | null;
  location: string[];
  value_text: string;
  as_of: string | null;
  as_of_precision: Precision | null;
  stated_on: string | null;
  stated_precision: Precision | null;
  claimant_id: number;
  context: string | null;
  rank: ClaimRank;
  status: ClaimStatus;
  retraction_reason: string | null;
  credibility: number | null;
  notes: string | null;
}

/** The fields a claim is written with (the table's columns but its id, version and times). */
export type ClaimFields = ClaimColumns;

/** W3C Web Annotation TextQuoteSelector + TextPositionSelector of a quote in a stored text. */
export interface QuoteLocation {
  start: number;
  end: number;
  prefix: string;
  suffix: string;
}

export interface SourceToSave {
  document_id: number;
  quote: string;
  location: QuoteLocation | null;
}

export interface RelationToSave {
  type: RelationType;
  related_claim_id: number;
  asserted_by: number;
}

/** One claim of a supersession chain, as its history lists it. */
export interface ChainLink {
  claim_id: number;
  value: number | null;
  value_text: string;
  as_of: string | null;
  status: ClaimStatus;
}
