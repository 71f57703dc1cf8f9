import type { FieldError } from '../errors';

/** A JSON Pointer segment (RFC 6901). */
const segment = (key: string | number) => String(key).replace(/~/g, '~0').replace(/\//g, '~1');

interface Level {
  array: boolean;
  /** The keys seen so far in an object. */
  keys: Set<string>;
  /** The current member's key, or the current element's index. */
  at: string | number;
}

const pointer = (stack: Level[]) => (stack.length === 0 ? 'body' : stack.map((l) => `/${segment(l.at)}`).join(''));

/** A number token read as a double: a finite non-zero figure never becomes Infinity or 0. */
function numberProblem(token: string): string | null {
  const n = Number(token);
  if (!Number.isFinite(n)) return 'is beyond the range of numbers (about ±1.8e308)';
  if (n === 0 && /[1-9]/.test(token.replace(/[eE].*$/, ''))) return 'is too small to be told from 0 (below about 5e-324)';
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
        if (top.keys.has(key)) return { field: pointer(stack), message: 'is given twice: each key must appear once' };
        top.keys.add(key);
        expectKey = false;
      }
      i = j;
    } else if (c === '{' || c === '[') {
      stack.push({ array: c === '[', keys: new Set(), at: 0 });
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
