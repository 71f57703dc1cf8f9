import type { Request } from 'express';
import { BadRequestError, FieldError } from '../http/errors';
import { decodeCursor, parseLimit } from '../http/pagination';
import { onlyParams, queryParam } from '../http/params';
import type { ClaimFilter } from './store';

export const CLAIM_FILTER_PARAMS = ['country', 'metric', 'group', 'claimant', 'document', 'status', 'limit', 'cursor'] as const;

const STATUSES = ['active', 'superseded', 'retracted'];

export interface FilterResolvers {
  /** Code, name or demonym → code, or null. */
  place(ref: string): string | null;
  /** Slug or alias → slug, or null. */
  group(ref: string): Promise<string | null>;
}

function list(raw: string | undefined): string[] | undefined {
  if (raw === undefined) return undefined;
  return raw.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
}

/** Reads GET /v1/claims filters; every unknown value is reported with the parameter it came from. */
export async function parseClaimFilter(req: Request, resolvers: FilterResolvers): Promise<ClaimFilter> {
  onlyParams(req, CLAIM_FILTER_PARAMS);
  const errors: FieldError[] = [];
  const filter: ClaimFilter = { limit: parseLimit(req) };

  const countries = list(queryParam(req, 'country'));
  if (countries) {
    filter.countries = countries.map((ref) => {
      const code = resolvers.place(ref);
      if (code === null) errors.push({ field: 'country', message: `"${ref}" is not a known country, region or demonym` });
      return code ?? '';
    });
  }
  const metrics = list(queryParam(req, 'metric'));
  if (metrics) {
    for (const m of metrics) if (!/^[a-z][a-z0-9_]{1,62}$/.test(m)) errors.push({ field: 'metric', message: `"${m}" is not a metric code` });
    filter.metrics = metrics;
  }
  const groups = list(queryParam(req, 'group'));
  if (groups) {
    filter.groups = [];
    for (const ref of groups) {
      const slug = await resolvers.group(ref);
      if (slug === null) errors.push({ field: 'group', message: `"${ref}" is not a known group or alias` });
      else filter.groups.push(slug);
    }
  }
  const claimant = queryParam(req, 'claimant');
  if (claimant !== undefined) {
    if (/^[0-9]{1,15}$/.test(claimant)) filter.claimantIds = [Number(claimant)];
    else if (claimant.trim().length > 0 && claimant.length <= 300) filter.claimantName = claimant.trim();
    else errors.push({ field: 'claimant', message: 'must be an actor id or name' });
  }
  const document = queryParam(req, 'document');
  if (document !== undefined) {
    if (/^[1-9][0-9]{0,14}$/.test(document)) filter.documentId = Number(document);
    else errors.push({ field: 'document', message: 'must be a document id' });
  }
  const statuses = list(queryParam(req, 'status'));
  if (statuses) {
    for (const s of statuses) if (!STATUSES.includes(s)) errors.push({ field: 'status', message: `must be one of ${STATUSES.join(', ')}` });
    filter.statuses = statuses;
  }
  const cursor = decodeCursor(req);
  if (cursor) {
    const [afterId] = cursor;
    if (typeof afterId !== 'number' || !Number.isSafeInteger(afterId) || afterId < 0) errors.push({ field: 'cursor', message: 'is not a valid cursor' });
    else filter.afterId = afterId;
  }
  if (errors.length > 0) throw new BadRequestError('Some query parameters are not valid.', errors);
  return filter;
}
