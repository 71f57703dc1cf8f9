/**
 * Reading a query string, as the API, the web pages and the exports' parsers all take it: a plain record of
 * parameters (no request), single text values, known names only, a page size and an opaque cursor.
 */
import { canonicalText } from './canonicalText';
import { controlCharacterFault } from './controlCharacters';
import { DomainError } from './errors';

/** A query string as parsed: each parameter once (text), repeated (a list), or nested (anything else), by name. */
export type QueryRecord = Readonly<Record<string, unknown>>;

/**
 * A single query parameter as a string, in the ledger's canonical form (canonicalText); repeated or nested parameters,
 * and control characters, are a 400 naming it.
 */
export function textParam(query: QueryRecord, name: string): string | undefined {
  const raw = query[name];
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string')
    throw new DomainError('invalid_input', `Query parameter ${name} must be given once, as text.`, [
      { field: name, message: 'must be given once' },
    ]);
  const control = controlCharacterFault(raw);
  if (control !== null) throw new DomainError('invalid_input', `Query parameter ${name} ${control}.`, [{ field: name, message: control }]);
  return canonicalText(raw);
}

/**
 * Rejects query parameters a parser does not know, so a typo is not silently ignored. `needs` names parameters known
 * only beside another (`{ style: 'format=citation' }`): one sent without it is refused as needing it, not as unknown
 * (a client who sent `style` to a view is told what to add, not that the view has no such parameter).
 */
export function onlyKnown(query: QueryRecord, known: readonly string[], needs: Readonly<Record<string, string>> = {}): void {
  const unknown = Object.keys(query).filter((k) => !known.includes(k));
  if (unknown.length === 0) return;
  const needing = unknown.filter((k) => Object.hasOwn(needs, k));
  const stray = unknown.filter((k) => !Object.hasOwn(needs, k));
  const title =
    stray.length > 0
      ? `Unknown query parameter${stray.length > 1 ? 's' : ''}: ${stray.join(', ')}.`
      : `Query parameter${needing.length > 1 ? 's' : ''} ${needing.join(', ')} ${needing.length > 1 ? 'need' : 'needs'} ${listedNeeds(needing, needs)}.`;
  throw new DomainError(
    'invalid_input',
    title,
    unknown.map((field) =>
      Object.hasOwn(needs, field) ? { field, message: `needs ${needs[field]}` } : { field, message: 'is not a known parameter' },
    ),
  );
}

const listedNeeds = (fields: string[], needs: Readonly<Record<string, string>>): string =>
  [...new Set(fields.map((f) => needs[f]))].join(' and ');

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 500;

/** `limit` from the query string; a listing whose rows are larger or smaller may have its own default and maximum. */
export function parseLimit(query: QueryRecord, { fallback = DEFAULT_LIMIT, max = MAX_LIMIT } = {}): number {
  const raw = textParam(query, 'limit');
  if (raw === undefined) return fallback;
  if (!/^[0-9]{1,4}$/.test(raw) || Number(raw) < 1 || Number(raw) > max) {
    throw new DomainError('invalid_input', `limit must be an integer from 1 to ${max}.`, [
      { field: 'limit', message: `must be an integer from 1 to ${max}` },
    ]);
  }
  return Number(raw);
}

/** Cursors are opaque to clients: base64url of a JSON array of the last row's sort keys. */
export function encodeCursor(keys: unknown[]): string {
  return Buffer.from(JSON.stringify(keys), 'utf8').toString('base64url');
}

/**
 * The longest cursor accepted, in base64url characters: room for the longest sort key served, a claimant name of
 * 300 characters each escaped in JSON as \uXXXX (the sources view pages by name), about 2,500.
 */
const MAX_CURSOR_LENGTH = 4096;

export function decodeCursor(query: QueryRecord): unknown[] | null {
  const raw = textParam(query, 'cursor');
  if (raw === undefined) return null;
  try {
    if (raw.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(raw)) throw new Error('not base64url');
    const keys: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (!Array.isArray(keys) || keys.length === 0) throw new Error('not an array');
    return keys;
  } catch {
    throw new DomainError('invalid_input', 'cursor is not valid: use the next link of a previous page.', [
      { field: 'cursor', message: 'is not a valid cursor' },
    ]);
  }
}

/**
 * The words a yes-or-no parameter takes, and what each means: what scripts send (true/false, 1/0; case aside, so
 * Python's True), what people type (yes/no) and what a form's checkbox sends (on). Every such parameter (`undated`,
 * `no_group`, `bom`) reads them with yesNo, so that none takes a word another refuses.
 */
const YES_NO_MEANINGS: Readonly<Record<string, boolean>> = {
  true: true,
  '1': true,
  yes: true,
  on: true,
  false: false,
  '0': false,
  no: false,
  off: false,
};
/** The words in the OpenAPI document's enum, in the order above (any letter case is taken as well). */
export const YES_NO = Object.keys(YES_NO_MEANINGS) as readonly string[];
export const YES_NO_MESSAGE = 'must be true or false (or 1 or 0, yes or no, on or off)';

/** A yes-or-no parameter's text: true or false; undefined when empty (a form's field left as it was); null for other words. */
export function yesNo(raw: string): boolean | null | undefined {
  const word = raw.trim().toLowerCase();
  if (word === '') return undefined;
  return Object.hasOwn(YES_NO_MEANINGS, word) ? YES_NO_MEANINGS[word] : null;
}
