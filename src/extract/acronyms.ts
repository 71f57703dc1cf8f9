/**
 * Abbreviations and the names they stand for: "UN", "the U.N.", "UN's" are the United Nations when the ledger knows
 * an actor of that name or alias, or when the text spells the name out ("figures from the United Nations … the UN's
 * coordinator"). Initials are read off capitalised names, small joining words skipped: any actor, any text.
 */

import { abbreviationOf } from './names';

const SMALL = /^(of|the|for|and|on|in|to|de|du|des|la|le|al)$/i;

/** "United Nations" → "UN", "National Security Committee" → "NSC"; null for a single word. */
export function initialsOf(name: string): string | null {
  const ws = name
    .trim()
    .split(/[\s-]+/)
    .filter((w) => w && !SMALL.test(w));
  if (ws.length < 2 || !ws.every((w) => /^\p{Lu}/u.test(w))) return null;
  return ws
    .map((w) => w[0])
    .join('')
    .toUpperCase();
}

const CAPITALISED_RUN = /\p{Lu}[\p{L}’'-]+(?:\s+(?:(?:of|the|for|and|on|in)\s+)*\p{Lu}[\p{L}’'-]+)+/gu;

/**
 * The names a text spells out, by their initials: "the United Nations" gives UN. A name whose initials stand for
 * several different names of the text is left out: the abbreviation is then ambiguous.
 */
export function spelledOut(text: string): Map<string, string> {
  const found = new Map<string, string | null>();
  for (const m of text.matchAll(CAPITALISED_RUN)) {
    const name = m[0].replace(/^(?:The|A|An)\s+/, '').replace(/[’']s$/, '');
    const key = initialsOf(name);
    if (!key || key.length < 2) continue;
    const seen = found.get(key);
    if (seen === undefined) found.set(key, name);
    else if (seen !== null && seen !== name && !name.startsWith(seen) && !seen.startsWith(name)) found.set(key, null);
  }
  return new Map([...found].filter((e): e is [string, string] => e[1] !== null));
}

/** Names (actors' names and aliases) by abbreviation and by their initials, for claimants named by an abbreviation. */
export class AbbreviationIndex {
  private readonly byKey = new Map<string, string | null>();

  constructor(actors: { name: string; aliases: string[] }[]) {
    for (const a of actors) {
      const keys = new Set<string>();
      for (const n of [a.name, ...a.aliases]) {
        const abbr = abbreviationOf(n);
        if (abbr) keys.add(abbr);
      }
      const initials = initialsOf(a.name);
      if (initials) keys.add(initials);
      for (const k of keys) this.byKey.set(k, this.byKey.has(k) && this.byKey.get(k) !== a.name ? null : a.name);
    }
  }

  /** The one name an abbreviation stands for, or null when none or several do. */
  get(abbreviation: string): string | null {
    return this.byKey.get(abbreviation) ?? null;
  }
}

/** Generic nouns after an abbreviation that leave the body it names as the claimant: "UN monitors", "UN figures". */
const BODY_PLURAL =
  /^(?:officials?|monitors|investigators|experts|agencies|figures|data|estimates|statistics|report|reports|sources|spokes(?:man|woman|person)|team|mission|officers)$/i;

/**
 * The full name behind a claimant named by an abbreviation ("UN", "the U.N.", "UN monitors"): an actor of the
 * ledger first, else a name the text spells out; null when there is none.
 */
export function expandAbbreviation(name: string, actors: AbbreviationIndex, text: () => Map<string, string>): string | null {
  const words = name
    .trim()
    .replace(/^(?:the|a|an)\s+/i, '')
    .split(/\s+/);
  if (words.length > 1 && !words.slice(1).every((w) => BODY_PLURAL.test(w))) return null;
  const abbr = abbreviationOf(words[0]);
  if (!abbr) return null;
  return actors.get(abbr) ?? text().get(abbr) ?? null;
}
