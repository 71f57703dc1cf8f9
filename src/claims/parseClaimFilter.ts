import { parsePartialDate } from '../dates';
import { DomainError, FieldError, readingInto } from '../errors';
import type { PlaceIndex, VocabularyStore } from '../vocab/store';
import { CLAIM_SORTS, ClaimFilter, ClaimSort, Facet, FACETS, FilterResolvers, SortColumn } from './claimFilter';
import { CLAIM_FILTER_NAMES, readClaimFilters } from './claimFilters';
import { endsKeysLast, KEYS_LAST_CURSOR, SORT_KEYS } from './sortKeys';
import { decodeCursor, DEFAULT_LIMIT, onlyKnown, parseLimit, type QueryRecord, textParam } from '../query';

export { CLAIM_SORTS, FACETS } from './claimFilter';
export type { ClaimFilter, ClaimSort, Facet, FilterResolvers } from './claimFilter';

/** The parameters of GET /v1/claims: every claim filter, then sorting, facets and the page. */
export const CLAIM_LIST_PARAMS = [...CLAIM_FILTER_NAMES, 'sort', 'facets', 'limit', 'cursor'] as const;

/** The resolvers every filter parser needs, from the vocabularies. */
export function filterResolvers(deps: {
  places: PlaceIndex;
  vocabulary: Pick<VocabularyStore, 'resolveGroup' | 'metricExists'>;
}): FilterResolvers {
  return {
    place: (ref) => deps.places.resolve(ref),
    group: async (ref) => (await deps.vocabulary.resolveGroup(ref))?.slug ?? null,
    metric: (code) => deps.vocabulary.metricExists(code),
  };
}

function list(raw: string | undefined): string[] | undefined {
  if (raw === undefined) return undefined;
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

// The keys the server hands out are PostgreSQL's text of the sort key: a numeric (values come from JSON numbers, so
// at most ~310 digits before the point and ~340 after), a date, a timestamptz in the session's time zone; or the
// sentinel of a claim without a date or a number (SORT_KEYS).
const KEY_FORMS: Record<Exclude<SortColumn, 'id'>, RegExp> = {
  as_of: /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/,
  value: /^-?[0-9]{1,400}(\.[0-9]{1,400})?$/,
  created_at:
    /^[0-9]{4}-[0-9]{2}-[0-9]{2}[ T]([0-9]{2}):([0-9]{2}):([0-9]{2})(\.[0-9]{1,6})?(?:([+-])([0-9]{2})(?::?([0-9]{2})(?::?([0-9]{2}))?)?|Z)$/,
};

/** A cursor's timestamp is one PostgreSQL reads: hours, minutes and seconds in range, an offset within ±15:59:59. */
function timestampInRange(key: string): boolean {
  const m = KEY_FORMS.created_at.exec(key)!;
  const [h, min, sec, , , oh = '0', om = '0', os = '0'] = m.slice(1).map((x) => x ?? undefined);
  return Number(h) < 24 && Number(min) < 60 && Number(sec) < 60 && Number(oh) <= 15 && Number(om) < 60 && Number(os) < 60;
}

/** Whether a cursor's key is one this sort hands out: a key of its type, or its sentinel. */
function keyOf(sort: ClaimSort, key: unknown): boolean {
  if (sort === 'id') return key === null;
  if (typeof key !== 'string') return false;
  if (key === SORT_KEYS[sort].sentinel) return true;
  const column = sort.replace(/^-/, '') as Exclude<SortColumn, 'id'>;
  return (
    KEY_FORMS[column].test(key) &&
    (column === 'value' || parsePartialDate(key.slice(0, 10)) !== null) &&
    (column !== 'created_at' || timestampInRange(key))
  );
}

/** A keyset position must match the sort it came from and hold a key of that sort’s type. */
function readCursor(query: QueryRecord, sort: ClaimSort, errors: FieldError[]): ClaimFilter['after'] {
  const cursor = decodeCursor(query);
  if (!cursor) return undefined;
  const [cursorSort, key, id, last] = cursor;
  const keysLast = endsKeysLast(sort.replace(/^-/, '') as SortColumn);
  if (cursorSort === sort && keysLast && cursor.length === 3) {
    errors.push({
      field: 'cursor',
      message:
        'comes from an earlier order of this sort (claims without a date or a number now come last): start again from the first page',
    });
    return undefined;
  }
  const lengthOk = keysLast ? cursor.length === 4 && last === KEYS_LAST_CURSOR : cursor.length === 3;
  if (cursorSort !== sort || !keyOf(sort, key) || typeof id !== 'number' || !Number.isSafeInteger(id) || id < 0 || !lengthOk) {
    errors.push({ field: 'cursor', message: 'is not a valid cursor for this sort: use the next link of a previous page' });
    return undefined;
  }
  return { key: key as string | null, id };
}

/**
 * Reads GET /v1/claims filters, sort, facets and page from its query string; every unknown value is reported with the parameter it came
 * from.
 */
export async function parseClaimFilter(query: QueryRecord, resolvers: FilterResolvers): Promise<ClaimFilter> {
  onlyKnown(query, CLAIM_LIST_PARAMS);
  const errors: FieldError[] = [];
  const filter: ClaimFilter = { limit: readingInto(errors, () => parseLimit(query), DEFAULT_LIMIT) };
  await readClaimFilters(query, resolvers, CLAIM_FILTER_NAMES, filter, errors);
  const sort = textParam(query, 'sort');
  if (sort !== undefined && !(CLAIM_SORTS as readonly string[]).includes(sort)) {
    errors.push({ field: 'sort', message: `must be one of ${CLAIM_SORTS.join(', ')}` });
  }
  filter.sort = (CLAIM_SORTS as readonly string[]).includes(sort ?? '') ? (sort as ClaimSort) : 'id';
  const facets = list(textParam(query, 'facets'));
  if (facets) {
    for (const f of facets)
      if (!(FACETS as readonly string[]).includes(f)) errors.push({ field: 'facets', message: `must be some of ${FACETS.join(', ')}` });
    filter.facets = [...new Set(facets)] as Facet[];
  }
  const after = readCursor(query, filter.sort, errors);
  if (after) filter.after = after;
  if (errors.length > 0) throw new DomainError('invalid_input', 'Some query parameters are not valid.', errors);
  return filter;
}
