import type { Request } from 'express';
import { readClaimFilters } from '../claims/claimFilters';
import { ClaimFilter, FilterResolvers, parseClaimFilter } from '../claims/parseClaimFilter';
import { DomainError, FieldError } from '../errors';
import { onlyKnown, type QueryRecord } from '../query';

/** The query string of a page as given: single text values only (the parsers reject anything else first). */
export function givenQuery(req: Request): Record<string, string> {
  return Object.fromEntries(
    Object.entries(req.query as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
}

/**
 * The search form's request as the claim filter parser should see it: the form sends every field, and an empty
 * one (the search box, a filter left blank) means no such filter, not a bad value.
 */
export function withoutEmptyFields(req: Request): Request {
  const entries = Object.entries(req.query as Record<string, unknown>);
  const kept = entries.filter(([, v]) => !(typeof v === 'string' && v.trim() === ''));
  if (kept.length === entries.length) return req;
  return Object.create(req, { query: { value: Object.fromEntries(kept) } }) as Request;
}

/** `as_recorded`, the one parameter of a single record's page, read as the claim filters read it. */
export async function parseAsRecorded(req: Request, resolvers: FilterResolvers): Promise<string | undefined> {
  onlyKnown(req.query as QueryRecord, ['as_recorded']);
  const errors: FieldError[] = [];
  const filter: Partial<ClaimFilter> = {};
  await readClaimFilters(req.query, resolvers, ['as_recorded'], filter, errors);
  if (errors.length > 0) throw new DomainError('invalid_input', 'Some query parameters are not valid.', errors);
  return filter.asRecorded;
}

/**
 * The claim filters of a page listing one record's claims (an actor's, a document's): those of the search, but
 * the parameter the page fixes (`claimant`, `document`) is the page's own and may not be given.
 */
export async function parseClaimsOf(req: Request, resolvers: FilterResolvers, fixed: 'claimant' | 'document'): Promise<ClaimFilter> {
  if (req.query[fixed] !== undefined) {
    throw new DomainError(
      'invalid_input',
      `This page lists one ${fixed === 'claimant' ? 'claimant' : 'document'}'s claims: ${fixed} is set by the address.`,
      [{ field: fixed, message: 'is set by the page' }],
    );
  }
  return parseClaimFilter(req.query, resolvers);
}
