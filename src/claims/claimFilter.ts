import type { PartialDate } from '../dates';

export const CLAIM_SORTS = ['id', 'as_of', '-as_of', 'value', '-value', 'created_at', '-created_at'] as const;
export type ClaimSort = (typeof CLAIM_SORTS)[number];
/** What a sort orders by (its direction aside). */
export type SortColumn = Exclude<ClaimSort, `-${string}`>;

export const FACETS = ['country', 'metric', 'claimant', 'group', 'status', 'rank', 'year'] as const;
export type Facet = (typeof FACETS)[number];

/**
 * Filters over claims (GET /v1/claims, the exports, the comparison views): every field is optional and they
 * combine with AND. Each is read from its query parameter and becomes SQL in one place: claimFilters.ts.
 */
export interface ClaimFilter {
  countries?: string[];
  metrics?: string[];
  groups?: string[];
  /** true: claims naming no group; false: claims naming one. */
  noGroup?: boolean;
  claimantIds?: number[];
  claimantName?: string;
  documentId?: number;
  statuses?: string[];
  ranks?: string[];
  /** The claim’s whole as_of period lies on or after the first day of `from`… */
  from?: PartialDate;
  /** …and on or before the last day of `to`. Claims with unknown as_of never match either. */
  to?: PartialDate;
  /** Full-text query (websearch syntax) over quotes, value_text, notes and context. */
  q?: string;
  /** true: claims whose as_of is unknown; false: claims with one. */
  undated?: boolean;
  /** Bounds on the figure's best value (sortKeys.ts: its value, else the middle of its range); vague figures do not match. */
  minValue?: number;
  maxValue?: number;
  /** ISO 8601 instant: the ledger as it stood then, rebuilt from the revisions. */
  asRecorded?: string;
  sort?: ClaimSort;
  /** Keyset position: the sort key (as text, its sentinel for a claim without one; null for sort=id) and id of the last row served. */
  after?: { key: string | null; id: number };
  facets?: Facet[];
  limit: number;
}

/** The fields of a filter that select claims (what the query parameters of claimFilters.ts fill in). */
export type ClaimFilterField = Exclude<keyof ClaimFilter, 'sort' | 'after' | 'facets' | 'limit'>;

export interface FilterResolvers {
  /** Code, name or demonym → code, or null. */
  place(ref: string): string | null;
  /** Slug or alias → slug, or null. */
  group(ref: string): Promise<string | null>;
  /** Whether the metric code is in the vocabulary. */
  metric(code: string): Promise<boolean>;
}
