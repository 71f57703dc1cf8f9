import type { Request } from 'express';
import { FilterResolvers, readFilterParams } from '../claims/parseClaimFilter';
import { parsePartialDate } from '../dates';
import { BadRequestError, FieldError } from '../http/errors';
import { onlyParams, queryParam } from '../http/params';
import { CITATION_PARAMS } from '../cite/parseCitationParams';
import type { CompareQuery } from './service';

export type CompareView = 'sources' | 'timeline' | 'countries';

const FILTERS = {
  sources: ['country', 'metric', 'group', 'from', 'to', 'as_recorded'],
  timeline: ['country', 'metric', 'group', 'claimant', 'from', 'to', 'as_recorded'],
  countries: ['country', 'metric', 'group', 'as_recorded'],
} as const;

/**
 * Reads a comparison view's parameters: the claim filters it accepts (parsed exactly as GET /v1/claims parses
 * them), `as_of` for the countries view, and `format` among those the view can render.
 */
export async function parseCompareParams(req: Request, resolvers: FilterResolvers, view: CompareView, formats: readonly string[]): Promise<{ query: CompareQuery; format: string }> {
  const citing = queryParam(req, 'format') === 'citation';
  onlyParams(req, [...FILTERS[view], 'format', ...(view === 'countries' ? ['as_of'] : []), ...(citing ? ['citation_format', ...CITATION_PARAMS] : [])]);
  const errors: FieldError[] = [];
  const query: CompareQuery = {};
  await readFilterParams(req, resolvers, FILTERS[view], query, errors);
  if (query.metrics === undefined) errors.push({ field: 'metric', message: 'is required: the metric to compare' });
  // Sources and timeline compare claimants within one country; several would mix unlike counts without a warning
  // (several metrics stay possible: the views warn about mixed metrics and units).
  if (view !== 'countries' && (query.countries?.length ?? 0) > 1) errors.push({ field: 'country', message: 'takes one country here (compare countries with /v1/compare/countries)' });
  if (query.countries === undefined) errors.push({ field: 'country', message: view === 'countries' ? 'is required: the countries to compare, comma-separated' : 'is required: the country to compare' });
  if (view === 'countries') {
    const asOf = queryParam(req, 'as_of');
    if (asOf !== undefined) {
      const pd = parsePartialDate(asOf);
      if (pd === null) errors.push({ field: 'as_of', message: 'must be a date: YYYY, YYYY-MM or YYYY-MM-DD' });
      else query.asOf = pd;
    }
  }
  const format = queryParam(req, 'format') ?? 'json';
  if (!formats.includes(format)) errors.push({ field: 'format', message: `must be one of ${formats.join(', ')}` });
  if (errors.length > 0) throw new BadRequestError('Some query parameters are not valid.', errors);
  return { query, format };
}
