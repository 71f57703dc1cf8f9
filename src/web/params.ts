import type { NextFunction, Request, Response } from 'express';
import { readClaimFilters } from '../claims/claimFilters';
import { ClaimFilter, FilterResolvers, parseClaimFilter } from '../claims/parseClaimFilter';
import { withoutControlCharacters } from '../controlCharacters';
import { DomainError, FieldError } from '../errors';
import { onlyKnown, type QueryRecord } from '../query';

/**
 * The query string of a page as given, to refill its form and build its twins' links: single text values only (the
 * parsers reject anything else first), without control characters (`withoutControlCharacters`): a query refused for
 * one comes back in its form, where a NUL in an input's value is not valid HTML. The one reader of every page's
 * refilled values (the search, an actor's and a document's claims, the comparisons).
 */
export function givenQuery(req: Request): Record<string, string> {
  return Object.fromEntries(
    Object.entries(req.query as Record<string, unknown>).flatMap(([k, v]) =>
      typeof v === 'string' ? [[k, withoutControlCharacters(v)]] : [],
    ),
  );
}

/** Whether a `name=value` piece of a query string chooses nothing: no value, or only spaces. */
function choosesNothing(piece: string): boolean {
  const eq = piece.indexOf('=');
  try {
    return eq < 0 || decodeURIComponent(piece.slice(eq + 1).replace(/\+/g, ' ')).trim() === '';
  } catch {
    return false; // a malformed value is the parser's to refuse, naming it
  }
}

/**
 * The tags that newsletters, feeds and ad networks add to a link they pass on (`utm_source=…`, `fbclid=…`): they say
 * where a reader came from and choose nothing on the page.
 */
const TRACKING_PARAMETER = /^(?:utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid)$/i;

/** Whether a `name=value` piece of a query string is a tracking tag (see TRACKING_PARAMETER). */
function tracks(piece: string): boolean {
  const eq = piece.indexOf('=');
  return TRACKING_PARAMETER.test(eq < 0 ? piece : piece.slice(0, eq));
}

/**
 * A page's address carries only what was chosen. A GET form sends every field, the empty ones too
 * (`/?q=women&country=&metric=&from=`), and an empty parameter means no such filter; a link passed on by a newsletter
 * carries tracking tags (`utm_source=`). Such a request is sent on to the same page without them, so the address a
 * reader shares, bookmarks or finds in their history says what they chose, with script or without (the script leaves
 * empty fields out of the form's address itself: client/forms.ts). The pages' own links are built without empty
 * values (`withParams`). Any other parameter a page does not know is refused by its parser, naming it (400), as the
 * API refuses it: a mistyped filter must not show the unfiltered list as if it were the filtered one.
 */
export function redirectWithoutEmptyParameters(req: Request, res: Response, next: NextFunction): void {
  const at = req.originalUrl.indexOf('?');
  if ((req.method !== 'GET' && req.method !== 'HEAD') || at < 0) return next();
  const path = req.originalUrl.slice(0, at);
  // Only a page's own path: never '//host' or '/\\host', which a browser would read as another site.
  if (!/^\/(?![/\\])/.test(path) || path.startsWith('/v1/')) return next();
  const pieces = req.originalUrl.slice(at + 1).split('&');
  const kept = pieces.filter((piece) => !choosesNothing(piece) && !tracks(piece));
  if (kept.length === pieces.length) return next();
  res.redirect(302, kept.length > 0 ? `${path}?${kept.join('&')}` : path);
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
