import type { FilterResolvers } from '../claims/claimFilter';
import { ClaimFilterName, readClaimFilters } from '../claims/claimFilters';
import { parsePartialDate } from '../dates';
import { DomainError, FieldError } from '../errors';
import { CITATION_PARAMS } from '../cite/parseCitationParams';
import type { CompareQuery, Paging } from './view';
import { bomParam } from '../export/bom';
import { decodeCursor, onlyKnown, parseLimit, type QueryRecord, textParam } from '../query';

/** The comparison views, each at /v1/compare/<view>. */
export const COMPARE_VIEWS = ['sources', 'timeline', 'countries'] as const;
export type CompareView = (typeof COMPARE_VIEWS)[number];

/** What a view may answer with (`format`): its JSON, its CSV, or citations of the figures it shows. */
export const COMPARE_FORMATS = ['json', 'csv', 'citation'] as const;
export type CompareFormat = (typeof COMPARE_FORMATS)[number];

/** The claim filters each view accepts. */
export const COMPARE_FILTERS: Record<CompareView, readonly ClaimFilterName[]> = {
  sources: ['country', 'metric', 'group', 'from', 'to', 'as_recorded'],
  timeline: ['country', 'metric', 'group', 'claimant', 'from', 'to', 'as_recorded'],
  countries: ['country', 'metric', 'group', 'as_recorded'],
};

/**
 * The views with a row per claimant are paged (the countries view has a row per requested country): a sources
 * row is one figure, a timeline row a claimant with all their figures. The cursor holds the last row's sort key:
 * for sources the claimant's name and id, for the timeline the claimant's first figure's place in time.
 */
const PAGED = {
  sources: { limit: { fallback: 100, max: 1000 }, isKey: (k: unknown[]) => k.length === 2 && typeof k[0] === 'string' && isId(k[1]) },
  timeline: { limit: { fallback: 50, max: 500 }, isKey: (k: unknown[]) => k.length === 6 && k.every((x) => Number.isSafeInteger(x)) },
} as const;

const isId = (x: unknown) => Number.isSafeInteger(x) && (x as number) > 0;

/**
 * Reads a comparison view's parameters: the claim filters it accepts (parsed exactly as GET /v1/claims parses
 * them), `as_of` for the countries view, and `format` among those the view can render.
 */
export async function parseCompareParams(
  params: QueryRecord,
  resolvers: FilterResolvers,
  view: CompareView,
  formats: readonly string[],
): Promise<{ query: CompareQuery; format: string; paging?: Paging; bom?: boolean }> {
  const citing = textParam(params, 'format') === 'citation';
  const paged = view === 'countries' ? undefined : PAGED[view];
  // The citation's parameters are the view's only with format=citation: without it, a 400 saying so.
  const citationParams = ['citation_format', ...CITATION_PARAMS];
  onlyKnown(
    params,
    [
      ...COMPARE_FILTERS[view],
      'format',
      'bom',
      ...(view === 'countries' ? ['as_of'] : ['limit', 'cursor']),
      ...(citing ? citationParams : []),
    ],
    Object.fromEntries(citationParams.map((p) => [p, 'format=citation'])),
  );
  const errors: FieldError[] = [];
  const query: CompareQuery = {};
  await readClaimFilters(params, resolvers, COMPARE_FILTERS[view], query, errors);
  if (query.metrics === undefined) errors.push({ field: 'metric', message: 'is required: the metric to compare' });
  // Sources and timeline compare claimants within one country; several would mix unlike counts without a warning
  // (several metrics stay possible: the views warn about mixed metrics and units).
  if (view !== 'countries' && (query.countries?.length ?? 0) > 1)
    errors.push({ field: 'country', message: 'takes one country here (compare countries with /v1/compare/countries)' });
  if (query.countries === undefined)
    errors.push({
      field: 'country',
      message: view === 'countries' ? 'is required: the countries to compare, comma-separated' : 'is required: the country to compare',
    });
  if (view === 'countries') {
    const asOf = textParam(params, 'as_of');
    if (asOf !== undefined) {
      const pd = parsePartialDate(asOf);
      if (pd === null) errors.push({ field: 'as_of', message: 'must be a date: YYYY, YYYY-MM or YYYY-MM-DD' });
      else query.asOf = pd;
    }
  }
  const format = textParam(params, 'format') ?? 'json';
  if (!formats.includes(format)) errors.push({ field: 'format', message: `must be one of ${formats.join(', ')}` });
  if (errors.length > 0) throw new DomainError('invalid_input', 'Some query parameters are not valid.', errors);
  // a CSV opened by double-click in a spreadsheet reads as UTF-8 with a byte-order mark (src/export/bom.ts)
  const bom = bomParam(params, format);
  if (!paged) return { query, format, bom };
  // A CSV is a download of the whole view; JSON (and the citations of what it shows) come a page at a time.
  if (format === 'csv') {
    const paging = ['limit', 'cursor'].filter((p) => textParam(params, p) !== undefined);
    if (paging.length > 0)
      throw new DomainError(
        'invalid_input',
        'format=csv returns every row: limit and cursor page the JSON view.',
        paging.map((field) => ({ field, message: 'is not used with format=csv' })),
      );
    return { query, format, bom };
  }
  const limit = parseLimit(params, paged.limit);
  const after = decodeCursor(params);
  if (after !== null && !paged.isKey(after))
    throw new DomainError('invalid_input', 'cursor is not valid: use the next link of a previous page.', [
      { field: 'cursor', message: 'is not a valid cursor' },
    ]);
  return { query, format, paging: { limit, after } };
}
