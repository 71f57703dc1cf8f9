import type { Request } from 'express';
import { FilterResolvers, parseClaimFilter } from '../claims/parseClaimFilter';
import type { ClaimFilter } from '../claims/store';
import { BadRequestError } from '../http/errors';
import { onlyParams, queryParam } from '../http/params';
import { EXPORT_FORMATS, ExportFormat } from './serialize';

/**
 * The filters an export accepts: those of GET /v1/claims, time travel included, without paging, sorting or
 * facets (an export is everything that matches, in claim id order).
 */
export const EXPORT_FILTER_PARAMS = [
  'country', 'metric', 'group', 'claimant', 'document', 'from', 'to', 'status', 'rank', 'q', 'min_value', 'max_value', 'as_recorded',
] as const;

export interface ExportParams {
  filter: ClaimFilter;
  format: ExportFormat;
  include: 'sources' | 'revisions';
}

/** The request as the claim filter parser should see it: only the filter parameters. */
function filterPart(req: Request): Request {
  const query = Object.fromEntries(Object.entries(req.query).filter(([k]) => (EXPORT_FILTER_PARAMS as readonly string[]).includes(k)));
  return Object.create(req, { query: { value: query } }) as Request;
}

/** Reads GET /v1/export/claims parameters; the filters go through parseClaimFilter, so they mean what they mean on GET /v1/claims. */
export async function parseExportParams(req: Request, resolvers: FilterResolvers): Promise<ExportParams> {
  onlyParams(req, [...EXPORT_FILTER_PARAMS, 'format', 'include']);
  const format = queryParam(req, 'format') ?? 'csv';
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new BadRequestError(`format must be one of ${EXPORT_FORMATS.join(', ')}.`, [{ field: 'format', message: `must be one of ${EXPORT_FORMATS.join(', ')}` }]);
  }
  const include = queryParam(req, 'include');
  if (include !== undefined && include !== 'revisions') {
    throw new BadRequestError('include must be "revisions" (or left out).', [{ field: 'include', message: 'must be revisions' }]);
  }
  const filter = await parseClaimFilter(filterPart(req), resolvers);
  return { filter, format: format as ExportFormat, include: include ?? 'sources' };
}
