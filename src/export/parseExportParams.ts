import { CLAIM_FILTER_NAMES, readClaimFilters } from '../claims/claimFilters';
import type { ClaimFilter, FilterResolvers } from '../claims/claimFilter';
import { DomainError, FieldError } from '../errors';
import { bomParam } from './bom';
import { EXPORT_FORMATS, ExportFormat } from './serialize';
import { onlyKnown, type QueryRecord, textParam } from '../query';

/**
 * The filters an export accepts: every claim filter, time travel included, without paging, sorting or facets (an
 * export is everything that matches, in claim id order).
 */
export const EXPORT_FILTER_PARAMS = CLAIM_FILTER_NAMES;

export interface ExportParams {
  filter: ClaimFilter;
  format: ExportFormat;
  include: 'sources' | 'revisions';
  /** Whether the CSV opens with a byte-order mark (`?bom=1`, bom.ts). */
  bom: boolean;
}

/** Reads GET /v1/export/claims parameters; the filters mean what they mean on GET /v1/claims. */
export async function parseExportParams(query: QueryRecord, resolvers: FilterResolvers): Promise<ExportParams> {
  onlyKnown(query, [...EXPORT_FILTER_PARAMS, 'format', 'include', 'bom']);
  const format = textParam(query, 'format') ?? 'csv';
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new DomainError('invalid_input', `format must be one of ${EXPORT_FORMATS.join(', ')}.`, [
      { field: 'format', message: `must be one of ${EXPORT_FORMATS.join(', ')}` },
    ]);
  }
  const bom = bomParam(query, format);
  const include = textParam(query, 'include');
  if (include !== undefined && include !== 'revisions') {
    throw new DomainError('invalid_input', 'include must be "revisions" (or left out).', [
      { field: 'include', message: 'must be revisions' },
    ]);
  }
  const errors: FieldError[] = [];
  const filter: ClaimFilter = { limit: 0 };
  await readClaimFilters(query, resolvers, EXPORT_FILTER_PARAMS, filter, errors);
  if (errors.length > 0) throw new DomainError('invalid_input', 'Some query parameters are not valid.', errors);
  return { filter, format: format as ExportFormat, include: include ?? 'sources', bom };
}
