import type { FieldError } from './errors';

/** A JSON Pointer segment (RFC 6901). */
const segment = (key: string | number) => String(key).replace(/~/g, '~0').replace(/\//g, '~1');

interface Level {
  array: boolean;
  /** The keys seen so far in an object: none, its one key, or a set made at its second key — a body nested deep
   * (a million levels of `[` or of `{"a":`) allocates no set per level. */
  keys: null | string | Set<string>;
  /** The current member's key, or the current element's index. */
  at: string | number;
}

const pointer = (stack: Level[]) => (stack.length === 0 ? 'body' : stack.map((l) => `/${segment(l.at)}`).join(''));

/** A number token read as a double: a finite non-zero figure never becomes Infinity or 0. */
function numberProblem(token: string): string | null {
  const n = Number(token);
  if (!Number.isFinite(n)) return 'is beyond the range of numbers (about ±1.8e308)';
  if (n === 0 && /[1-9]/.test(/^[^eE]*/.exec(token)![0])) return 'is too small to be told from 0 (below about 5e-324)';
  return null;
}

/**
 * What JSON.parse would accept but silently change: a number beyond the double range (1e400 read as Infinity,
 * 1e-400 as 0) and a key given twice in one object (the last would win, so two readers of one body could see two
 * different requests). The first such problem, with the JSON Pointer of its field, or null. Text that is not JSON
 * is left to the parser to refuse.
 */
export function silentChangeIn(text: string): FieldError | null {
  const stack: Level[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      if (j >= text.length) return null;
      const top = stack[stack.length - 1];
      if (expectKey && top && !top.array) {
        let key: string;
        try {
          key = JSON.parse(text.slice(i, j + 1)) as string;
        } catch {
          return null;
        }
        top.at = key;
        if (top.keys === key || (top.keys instanceof Set && top.keys.has(key))) {
          return { field: pointer(stack), message: 'is given twice: each key must appear once' };
        }
        if (top.keys === null) top.keys = key;
        else if (typeof top.keys === 'string') top.keys = new Set([top.keys, key]);
        else top.keys.add(key);
        expectKey = false;
      }
      i = j;
    } else if (c === '{' || c === '[') {
      stack.push({ array: c === '[', keys: null, at: 0 });
      expectKey = c === '{';
    } else if (c === '}' || c === ']') {
      stack.pop();
    } else if (c === ',') {
      const top = stack[stack.length - 1];
      if (top?.array) top.at = (top.at as number) + 1;
      else expectKey = true;
    } else if (c === '-' || (c >= '0' && c <= '9')) {
      const m = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 1100));
      if (!m) return null;
      const problem = numberProblem(m[0]);
      if (problem) return { field: pointer(stack), message: problem };
      i += m[0].length - 1;
    }
  }
  return null;
}

/** How many members the objects of a parsed JSON value have, all together. */
function memberCount(value: unknown): number {
  let count = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      for (const child of v) if (child !== null && typeof child === 'object') stack.push(child);
    } else {
      for (const key in v) {
        count += 1;
        const child = (v as Record<string, unknown>)[key];
        if (child !== null && typeof child === 'object') stack.push(child);
      }
    }
  }
  return count;
}

/** How many double quotes in a JSON text are followed (after blanks) by a colon: every key's closing quote is. */
function quotesBeforeColons(text: string): number {
  let count = 0;
  for (let i = text.indexOf('"'); i !== -1; i = text.indexOf('"', i + 1)) {
    let j = i + 1;
    let c = text.charCodeAt(j);
    while (c === 32 || c === 9 || c === 10 || c === 13) c = text.charCodeAt(++j);
    if (c === 58) count += 1;
  }
  return count;
}

/**
 * silentChangeIn of a text already parsed into `value`, as the import reads each of its lines. The scan costs twice
 * what JSON.parse does (at a million lines, seconds the bulk import has not got), so a line is scanned only when it
 * may hold a problem: a key given twice leaves the parsed objects fewer members than the text has keys (every key's
 * closing quote is followed by a colon; a string holding `\":` only adds to the text's count), and a number out of
 * range is written with an exponent or with a run of over 308 digits.
 */
export function silentChangeInParsed(text: string, value: unknown): FieldError | null {
  if (quotesBeforeColons(text) === memberCount(value) && !/\d[eE]|\d{309}/.test(text)) return null;
  return silentChangeIn(text);
}
