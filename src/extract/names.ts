/**
 * What the server's own thread reads of a claimant's name: the names an actor may be held under (namesOf), the name a
 * new actor takes (actorNameOf), an abbreviation (abbreviationOf). The extractor's rules run in a worker under a time
 * limit (pool.ts); these run on every review and extraction in the server's thread, on names a text or a form gave,
 * so every regular expression here takes time linear in its input (eslint's regexp rules, eslint.config.mjs).
 */

/** An acronym as texts bracket it: "SDF", "BfV", "CJTF-OIR", "TE-SAT" (two capitals at least). */
export const ACRONYM = /^(?=(?:[^\p{Lu}]*\p{Lu}){2})\p{Lu}[\p{Lu}\p{Ll}-]{1,11}$/u;

/** A line break, which a name's first part never holds (the `.` of the patterns these functions replaced). */
const LINE_BREAK = /[\n\r\u2028\u2029]/;

/**
 * "Name (inner)rest" as its three parts: the last bracket closes the string's last parenthesis, the name before it
 * is followed by white space (not counted) and holds no line break. Null for any other shape. Found by indexOf, not by
 * the pattern `^(.+?)\s+\(([^()]+)\)` it replaces: that pattern tried every end of the name against every run of
 * spaces, so a name of 20,000 spaces and a letter took 0.8 s of the server's thread.
 */
function bracketed(claimant: string): { name: string; inner: string; rest: string } | null {
  const open = claimant.lastIndexOf('(');
  if (open < 0) return null;
  const close = claimant.indexOf(')', open);
  if (close <= open + 1 || claimant.lastIndexOf(')') !== close) return null;
  const before = claimant.slice(0, open);
  const name = before.trimEnd();
  if (name === before || name === '' || LINE_BREAK.test(name)) return null;
  return { name, inner: claimant.slice(open + 1, close), rest: claimant.slice(close + 1) };
}

/**
 * The names an actor may be held under for a normalised claimant: itself, and for "Full Name (ACR)[, State]" the full
 * name and the acronym, for "Name (State)" the name.
 */
export function namesOf(claimant: string): string[] {
  const parts = bracketed(claimant.trim());
  if (!parts || (parts.rest !== '' && !/^,[^,()]+$/.test(parts.rest))) return [claimant];
  if (ACRONYM.test(parts.inner)) return [claimant, parts.name, parts.inner];
  return parts.rest !== '' ? [claimant] : [claimant, parts.name];
}

/**
 * The name a new actor takes in the ledger for a claimant written with its acronym: the ledger names its actors
 * without it, the acronym being an alias ("Kazakh National Security Committee (KNB)" → "Kazakh National Security
 * Committee"). Any other claimant is its own name.
 */
export function actorNameOf(claimant: string): string {
  const parts = bracketed(claimant.trim());
  return parts && parts.rest === '' && ACRONYM.test(parts.inner) ? parts.name : claimant.trim();
}

/** "the U.N.'s" → "UN", "UNHCR" → "UNHCR"; null when the words are no abbreviation. */
export function abbreviationOf(words: string): string | null {
  const bare = words
    .trim()
    .replace(/^(?:the|a|an)\s+/i, '')
    .replace(/[’']s$/, '');
  if (!/^(?:\p{Lu}\.){2,8}$|^(?:\p{Lu}\.?){2,8}$|^\p{Lu}{2,8}(?:\/\p{Lu}{2,8})?$/u.test(bare)) return null;
  return bare.replace(/\./g, '');
}
