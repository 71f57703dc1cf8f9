import { isUtf8 } from 'node:buffer';
import querystring from 'node:querystring';
import { BadRequestError } from './errors';

/** node:querystring's own decoder to bytes (what querystring.unescape decodes with; not in its type declarations). */
const unescapeBuffer = (querystring as unknown as { unescapeBuffer(s: string): Buffer }).unescapeBuffer;

/** Whether a raw query-string component's percent-escapes decode to UTF-8. */
const decodesToUtf8 = (component: string) => !component.includes('%') || isUtf8(unescapeBuffer(component));

/**
 * The app's query parser (express's `simple` one, node:querystring), but a name or value whose percent-escapes are
 * not UTF-8 (`q=%FF`) is a 400 naming the parameter, instead of being read with a replacement character and
 * searched for. A `%` that starts no escape (`50%`) stays literal, as before. Express reads `req.query` when a
 * route does, so the error is answered by that route's handler: a page for browsers, problem+json for the API.
 */
/** What is wrong with a path segment, parameter or field whose percent-escapes are not UTF-8. */
export const NOT_UTF8 = 'is not valid percent-encoded UTF-8';

export function parseQueryString(raw: string | null | undefined): Record<string, unknown> {
  if (!raw) return querystring.parse('');
  const field = notUtf8Field(raw, 'query');
  if (field !== null) throw new BadRequestError(`The query parameter ${field} ${NOT_UTF8}.`, [{ field, message: NOT_UTF8 }]);
  // Every pair: node:querystring stops at 1,000 by default, empty ones (`&&`) counted, so a parameter after them was
  // dropped without a word (`?&&…&country=XX` listed every country). Node's header limit bounds the string.
  return querystring.parse(raw, undefined, undefined, { maxKeys: 0 });
}

/**
 * The first field of urlencoded text (a query string, a form's body) whose name or value is not UTF-8 once its
 * percent-escapes are decoded: its name (`whole` when the name itself is not), or null when every field is.
 */
export function notUtf8Field(urlencoded: string, whole: string): string | null {
  if (!urlencoded.includes('%')) return null; // nothing escaped: every field is the UTF-8 it was sent as
  for (const part of urlencoded.split('&')) {
    const eq = part.indexOf('=');
    const [name, value] = eq < 0 ? [part, ''] : [part.slice(0, eq), part.slice(eq + 1)];
    if (decodesToUtf8(name) && decodesToUtf8(value)) continue;
    return decodesToUtf8(name) ? querystring.unescape(name.replace(/\+/g, ' ')).slice(0, 100) : whole;
  }
  return null;
}
