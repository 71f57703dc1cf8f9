import type { Request } from 'express';
import { parsePartialDate, PartialDate } from '../dates';
import { BadRequestError, FieldError } from '../http/errors';
import { decodeCursor, parseLimit } from '../http/pagination';
import { onlyParams, queryParam } from '../http/params';
import type { PlaceIndex, VocabularyStore } from '../vocab/store';

export const CLAIM_SORTS = ['id', 'as_of', '-as_of', 'value', '-value', 'created_at', '-created_at'] as const;
export type ClaimSort = (typeof CLAIM_SORTS)[number];

export const FACETS = ['country', 'metric', 'claimant', 'group', 'status', 'rank', 'year'] as const;
export type Facet = (typeof FACETS)[number];

/** Filters over claims (GET /v1/claims, the exports, the comparison views): every field is optional and they combine with AND. */
export interface ClaimFilter {
  countries?: string[];
  metrics?: string[];
  groups?: string[];
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
  /** Bounds on the best estimate `value`; claims without one do not match. */
  minValue?: number;
  maxValue?: number;
  /** ISO 8601 instant: the ledger as it stood then, rebuilt from the revisions. */
  asRecorded?: string;
  sort?: ClaimSort;
  /** Keyset position: the sort key (as text, null for an unknown value) and id of the last row served. */
  after?: { key: string | null; id: number };
  facets?: Facet[];
  limit: number;
}

export const CLAIM_FILTER_PARAMS = [
  'country', 'metric', 'group', 'claimant', 'document', 'from', 'to', 'status', 'rank', 'q', 'min_value', 'max_value',
  'as_recorded', 'sort', 'facets', 'limit', 'cursor',
] as const;

const STATUSES = ['active', 'superseded', 'retracted'];
const RANKS = ['preferred', 'normal', 'deprecated'];
const NUMBER = /^-?[0-9]{1,15}(\.[0-9]{1,10})?$/;
const INSTANT = /^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6})?)?(Z|[+-][0-9]{2}:[0-9]{2}))?$/;

export interface FilterResolvers {
  /** Code, name or demonym → code, or null. */
  place(ref: string): string | null;
  /** Slug or alias → slug, or null. */
  group(ref: string): Promise<string | null>;
  /** Whether the metric code is in the vocabulary. */
  metric(code: string): Promise<boolean>;
}

/** The resolvers every filter parser needs, from the vocabularies. */
export function filterResolvers(deps: { places: PlaceIndex; vocabulary: VocabularyStore }): FilterResolvers {
  return {
    place: (ref) => deps.places.resolve(ref),
    group: async (ref) => (await deps.vocabulary.resolveGroup(ref))?.slug ?? null,
    metric: (code) => deps.vocabulary.metricExists(code),
  };
}

function list(raw: string | undefined): string[] | undefined {
  if (raw === undefined) return undefined;
  return raw.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
}

type FilterParam = 'country' | 'metric' | 'group' | 'claimant' | 'document' | 'from' | 'to' | 'status' | 'rank' | 'q' | 'min_value' | 'max_value' | 'as_recorded';

/**
 * Reads the filter parameters named in `names` into `filter`, collecting every problem in `errors` with the
 * parameter it came from. Shared by the claim list and the comparison views so a parameter means the same everywhere.
 */
export async function readFilterParams(req: Request, resolvers: FilterResolvers, names: readonly FilterParam[], filter: Partial<ClaimFilter>, errors: FieldError[]): Promise<void> {
  const has = (n: FilterParam) => names.includes(n);
  const countries = has('country') ? list(queryParam(req, 'country')) : undefined;
  if (countries) {
    if (countries.length === 0) errors.push({ field: 'country', message: 'must name at least one country' });
    filter.countries = countries.map((ref) => {
      const code = resolvers.place(ref);
      if (code === null) errors.push({ field: 'country', message: `"${ref}" is not a known country, region or demonym` });
      return code ?? '';
    });
  }
  const metrics = has('metric') ? list(queryParam(req, 'metric')) : undefined;
  if (metrics) {
    if (metrics.length === 0) errors.push({ field: 'metric', message: 'must name at least one metric' });
    for (const m of metrics) {
      if (!/^[a-z][a-z0-9_]{1,62}$/.test(m) || !(await resolvers.metric(m))) errors.push({ field: 'metric', message: `"${m}" is not a known metric (see /v1/metrics)` });
    }
    filter.metrics = metrics;
  }
  const groups = has('group') ? list(queryParam(req, 'group')) : undefined;
  if (groups) {
    filter.groups = [];
    for (const ref of groups) {
      const slug = ref.length <= 200 ? await resolvers.group(ref) : null;
      if (slug === null) errors.push({ field: 'group', message: `"${ref.slice(0, 200)}" is not a known group or alias` });
      else filter.groups.push(slug);
    }
  }
  const claimant = has('claimant') ? queryParam(req, 'claimant') : undefined;
  if (claimant !== undefined) {
    if (/^[1-9][0-9]{0,14}$/.test(claimant)) filter.claimantIds = [Number(claimant)];
    else if (claimant.trim().length > 0 && claimant.length <= 300 && !claimant.includes('\u0000')) filter.claimantName = claimant.trim();
    else errors.push({ field: 'claimant', message: 'must be an actor id or name' });
  }
  const document = has('document') ? queryParam(req, 'document') : undefined;
  if (document !== undefined) {
    if (/^[1-9][0-9]{0,14}$/.test(document)) filter.documentId = Number(document);
    else errors.push({ field: 'document', message: 'must be a document id' });
  }
  for (const name of ['from', 'to'] as const) {
    const raw = has(name) ? queryParam(req, name) : undefined;
    if (raw === undefined) continue;
    const pd = parsePartialDate(raw);
    if (pd === null) errors.push({ field: name, message: 'must be a date: YYYY, YYYY-MM or YYYY-MM-DD' });
    else filter[name] = pd;
  }
  if (filter.from && filter.to && filter.from.date > filter.to.date) errors.push({ field: 'to', message: 'must not be before from' });
  const statuses = has('status') ? list(queryParam(req, 'status')) : undefined;
  if (statuses) {
    for (const s of statuses) if (!STATUSES.includes(s)) errors.push({ field: 'status', message: `must be one of ${STATUSES.join(', ')}` });
    filter.statuses = statuses;
  }
  const ranks = has('rank') ? list(queryParam(req, 'rank')) : undefined;
  if (ranks) {
    for (const r of ranks) if (!RANKS.includes(r)) errors.push({ field: 'rank', message: `must be one of ${RANKS.join(', ')}` });
    filter.ranks = ranks;
  }
  const q = has('q') ? queryParam(req, 'q') : undefined;
  if (q !== undefined) {
    if (q.trim().length === 0 || q.length > 500 || q.includes('\u0000')) errors.push({ field: 'q', message: 'must be 1 to 500 characters of text' });
    else filter.q = q.trim();
  }
  for (const [name, key] of [['min_value', 'minValue'], ['max_value', 'maxValue']] as const) {
    const raw = has(name) ? queryParam(req, name) : undefined;
    if (raw === undefined) continue;
    if (!NUMBER.test(raw)) errors.push({ field: name, message: 'must be a number' });
    else filter[key] = Number(raw);
  }
  if (filter.minValue !== undefined && filter.maxValue !== undefined && filter.minValue > filter.maxValue) {
    errors.push({ field: 'max_value', message: 'must not be less than min_value' });
  }
  const asRecorded = has('as_recorded') ? queryParam(req, 'as_recorded') : undefined;
  if (asRecorded !== undefined) {
    const t = INSTANT.test(asRecorded) && parsePartialDate(asRecorded.slice(0, 10)) !== null ? new Date(asRecorded.length === 10 ? `${asRecorded}T00:00:00Z` : asRecorded) : null;
    if (t === null || Number.isNaN(t.getTime()) || t.getUTCFullYear() < 1970) {
      errors.push({ field: 'as_recorded', message: 'must be an ISO 8601 instant such as 2025-01-31T00:00:00Z' });
    } else if (t.getTime() > Date.now()) {
      // The answer for a future instant would still change: it could not reproduce anything.
      errors.push({ field: 'as_recorded', message: 'must not be in the future' });
    } else filter.asRecorded = t.toISOString();
  }
}

// The keys the server hands out are PostgreSQL's text of the column: a numeric (values come from JSON numbers, so
// at most ~310 digits before the point and ~340 after), a date, a timestamptz in the session's time zone.
const KEY_FORMS: Record<string, RegExp> = {
  as_of: /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/,
  value: /^-?[0-9]{1,400}(\.[0-9]{1,400})?$/,
  created_at: /^[0-9]{4}-[0-9]{2}-[0-9]{2}[ T]([0-9]{2}):([0-9]{2}):([0-9]{2})(\.[0-9]{1,6})?(?:([+-])([0-9]{2})(?::?([0-9]{2})(?::?([0-9]{2}))?)?|Z)$/,
};

/** A cursor's timestamp is one PostgreSQL reads: hours, minutes and seconds in range, an offset within ±15:59:59. */
function timestampInRange(key: string): boolean {
  const m = KEY_FORMS.created_at.exec(key)!;
  const [h, min, sec, , , oh = '0', om = '0', os = '0'] = m.slice(1).map((x) => x ?? undefined);
  return Number(h) < 24 && Number(min) < 60 && Number(sec) < 60 && Number(oh) <= 15 && Number(om) < 60 && Number(os) < 60;
}

/** A keyset position must match the sort it came from and hold a key of that sort’s type. */
function readCursor(req: Request, sort: ClaimSort, errors: FieldError[]): ClaimFilter['after'] {
  const cursor = decodeCursor(req);
  if (!cursor) return undefined;
  const [cursorSort, key, id] = cursor;
  const column = sort.replace(/^-/, '');
  const keyOk = column === 'id' ? key === null
    : key === null ? column !== 'created_at'
      : typeof key === 'string' && KEY_FORMS[column].test(key) && (column === 'value' || parsePartialDate(key.slice(0, 10)) !== null)
        && (column !== 'created_at' || timestampInRange(key));
  if (cursorSort !== sort || !keyOk || typeof id !== 'number' || !Number.isSafeInteger(id) || id < 0 || cursor.length !== 3) {
    errors.push({ field: 'cursor', message: 'is not a valid cursor for this sort: use the next link of a previous page' });
    return undefined;
  }
  return { key: key as string | null, id };
}

/** Reads GET /v1/claims filters, sort, facets and page; every unknown value is reported with the parameter it came from. */
export async function parseClaimFilter(req: Request, resolvers: FilterResolvers): Promise<ClaimFilter> {
  onlyParams(req, CLAIM_FILTER_PARAMS);
  const errors: FieldError[] = [];
  const filter: ClaimFilter = { limit: parseLimit(req) };
  await readFilterParams(req, resolvers, ['country', 'metric', 'group', 'claimant', 'document', 'from', 'to', 'status', 'rank', 'q', 'min_value', 'max_value', 'as_recorded'], filter, errors);
  const sort = queryParam(req, 'sort');
  if (sort !== undefined && !(CLAIM_SORTS as readonly string[]).includes(sort)) {
    errors.push({ field: 'sort', message: `must be one of ${CLAIM_SORTS.join(', ')}` });
  }
  filter.sort = (CLAIM_SORTS as readonly string[]).includes(sort ?? '') ? (sort as ClaimSort) : 'id';
  const facets = list(queryParam(req, 'facets'));
  if (facets) {
    for (const f of facets) if (!(FACETS as readonly string[]).includes(f)) errors.push({ field: 'facets', message: `must be some of ${FACETS.join(', ')}` });
    filter.facets = [...new Set(facets)] as Facet[];
  }
  const after = readCursor(req, filter.sort, errors);
  if (after) filter.after = after;
  if (errors.length > 0) throw new BadRequestError('Some query parameters are not valid.', errors);
  return filter;
}
