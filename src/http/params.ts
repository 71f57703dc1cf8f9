import type { Request } from 'express';
import { sha256 } from '../hash';
import { BadRequestError, PreconditionFailedError, PreconditionRequiredError } from './errors';

/** A query string as parsed: each parameter once (text), repeated (a list), or nested (anything else), by name. */
export type QueryRecord = Readonly<Record<string, unknown>>;

/** A single query parameter as a string; repeated or nested parameters are a 400 naming it. */
export function textParam(query: QueryRecord, name: string): string | undefined {
  const raw = query[name];
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string') throw new BadRequestError(`Query parameter ${name} must be given once, as text.`, [{ field: name, message: 'must be given once' }]);
  if (raw.includes('\u0000')) throw new BadRequestError(`Query parameter ${name} must not contain NUL characters.`, [{ field: name, message: 'must not contain NUL characters' }]);
  return raw;
}

/** A single query parameter of a request as a string (see textParam). */
export function queryParam(req: Request, name: string): string | undefined {
  return textParam(req.query as QueryRecord, name);
}

/** Rejects query parameters a parser does not know, so a typo is not silently ignored. */
export function onlyKnown(query: QueryRecord, known: readonly string[]): void {
  const unknown = Object.keys(query).filter((k) => !known.includes(k));
  if (unknown.length > 0) {
    throw new BadRequestError(`Unknown query parameter${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}.`, unknown.map((field) => ({ field, message: 'is not a known parameter' })));
  }
}

/** Rejects query parameters a route does not know (see onlyKnown). */
export function onlyParams(req: Request, known: readonly string[]): void {
  onlyKnown(req.query as QueryRecord, known);
}

/** A path id: a positive integer, else a 400 naming it (never a database type error). */
export function pathId(req: Request, name = 'id'): number {
  const raw = req.params[name];
  const n = /^[1-9][0-9]{0,15}$/.test(String(raw)) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(n)) throw new BadRequestError(`Path parameter ${name} must be a positive integer.`, [{ field: name, message: 'must be a positive integer' }]);
  return n;
}

/**
 * The ETag of a served record: its version, and a hash of the whole representation, so that it changes when
 * anything served changes, including what is joined from other records (a document's title on a claim, a
 * claimant's role). Computed from the representation alone, so every process gives the same tag.
 */
export function etag(version: number, served: unknown): string {
  return `"v${version}-${sha256(JSON.stringify(served)).slice(0, 16)}"`;
}

/** What If-Match asked for: a version, and the whole ETag when the client sent one (`"v3"` alone checks the version only). */
export interface Expected {
  version: number;
  tag: string | null;
}

/**
 * The version (and ETag) the client last saw, from If-Match. Updates without it are refused (428): an editor
 * must not overwrite a change they have not seen. `*` means "whatever the current version is".
 */
export function expectedVersion(req: Request, required = true): Expected | null {
  const header = req.get('if-match');
  if (header === undefined) {
    if (required) throw new PreconditionRequiredError('Send If-Match with the ETag of the version you edited.');
    return null;
  }
  if (header.trim() === '*') return null;
  const m = /^\s*(?:W\/)?("v([0-9]{1,9})(-[0-9a-f]{16})?")\s*$/.exec(header);
  if (!m) throw new PreconditionFailedError('If-Match does not match the current ETag.');
  return { version: Number(m[2]), tag: m[3] ? m[1] : null };
}

/** Refuses (412) a write made against another version than the current one, or, given its ETag, another representation. */
export function checkVersion(current: number, expected: Expected | null, served?: unknown): void {
  if (expected === null) return;
  if (expected.version !== current) {
    throw new PreconditionFailedError(`The record has changed: it is at version ${current}, the request was made against version ${expected.version}.`);
  }
  if (expected.tag !== null && served !== undefined && etag(current, served) !== expected.tag) {
    throw new PreconditionFailedError('The record has changed: what is served with it (a linked record\'s name, title or role) is not what the request was made against. Read it again.');
  }
}

/** Whether a request carries a body that body parsing left unread (not JSON: an NDJSON stream, or a wrong type). */
export function hasUnparsedBody(req: Request): boolean {
  return req.body === undefined && (Number(req.get('content-length') ?? 0) > 0 || req.get('transfer-encoding') !== undefined);
}
