/**
 * The world's provinces and larger cities with their country (src/extract/data/gazetteer.tsv, written by
 * scripts/build-gazetteer.ts from ISO 3166-2 and GeoNames data): a text that names only a province or a town names a
 * place inside a country as the ledger's places_within rows do. The file is generated, not edited: names that are
 * words or that name places in several countries are already left out of it. Read once per process (and per worker),
 * since it does not change while the server runs; the lexicon consults it only where none of the ledger's own names
 * matches, so a country, a region or an editor's places_within row of the same spelling always wins.
 */
import { type GazetteerPlace, gazetteerPlaces } from './gazetteerFile';
import { MIN_KEY, placeKey } from './placeKey';
import { Word, words } from './text';
import { OPENING_WORD } from './wordLists';

export type { GazetteerPlace } from './gazetteerFile';

export class Gazetteer {
  private readonly entries = new Map<string, GazetteerPlace>();
  /** Every word sequence that begins some name: a span stops growing as soon as it is not one. */
  private readonly prefixes = new Set<string>();
  private maxWords = 1;
  /** The places by their transliteration key (placeKey.ts), null for a key that two places share; built on first use. */
  private keyed: Map<string, GazetteerPlace | null> | null = null;

  constructor(private readonly places: GazetteerPlace[]) {
    for (const p of places) {
      const ws = words(p.name).map((w) => w.lower);
      if (ws.length === 0) continue;
      const key = ws.join(' ');
      if (this.entries.has(key)) continue;
      this.entries.set(key, p);
      for (let k = 1; k <= ws.length; k++) this.prefixes.add(ws.slice(0, k).join(' '));
      this.maxWords = Math.max(this.maxWords, ws.length);
    }
  }

  /**
   * The longest place named by the words from ws[i] on, with how many words it takes. Written as the place writes it
   * (its capitals: "Diffa", not "diffa") or all in capitals, as a dateline writes it ("MAKHACHKALA, November 27").
   */
  longest(text: string, ws: Word[], i: number): { n: number; place: GazetteerPlace } | null {
    let key = ws[i].lower;
    let best: { n: number; place: GazetteerPlace } | null = null;
    for (let n = 1; n <= this.maxWords && i + n - 1 < ws.length; n++) {
      if (n > 1) {
        if (!/^\s+$/.test(text.slice(ws[i + n - 2].end, ws[i + n - 1].start))) break;
        key = `${key} ${ws[i + n - 1].lower}`;
      }
      if (!this.prefixes.has(key)) break;
      const place = this.entries.get(key);
      if (!place) continue;
      const surface = text.slice(ws[i].start, ws[i + n - 1].end);
      if (surface === place.name || surface === place.name.toUpperCase()) best = { n, place };
    }
    return best && !partOfName(text, ws, i, i + best.n - 1) ? best : null;
  }

  /**
   * The longest place whose transliteration key (placeKey.ts) the words from ws[i] on have, where no name matched as
   * written: "Sulaimaniya" and "Slemani"'s neighbours "Duhok", "Kabardino-Balkariya". Its first and last words are
   * capitalised, and it is no part of a longer proper name.
   */
  loosely(text: string, ws: Word[], i: number): { n: number; place: GazetteerPlace } | null {
    // (the build marks a key loose only where it says one place: one country, and at most one subdivision of it, which
    // the key then reads before a city of its name)
    this.keyed ??= keyedPlaces(
      this.places.filter((p) => p.loose).sort((a, b) => Number(b.code !== null) - Number(a.code !== null)),
      (p) => [p.name],
      (p) => p.country,
    );
    const found = keyedSpan(this.keyed, text, ws, i, this.maxWords);
    return found && !partOfName(text, ws, i, i + found.n - 1) ? { n: found.n, place: found.entry } : null;
  }

  /** The place of this name exactly as written ("Minnesota", not "minnesota"), or null. */
  named(name: string): GazetteerPlace | null {
    const place = this.entries.get(name.toLowerCase().split(/\s+/).join(' '));
    return place && place.name === name ? place : null;
  }
}

/** Nouns that follow a place's name as part of it: "Tillabéri Region", "Diffa Province", "Kano State". */
const PLACE_NOUN =
  /^(?:region|province|district|county|governorate|state|oblast|krai|prefecture|division|department|city|island|islands|valley|municipality)$/i;

/** A capital opening a word. (Made once: docs/extractor.md#perf50.) */
const CAPITAL_FIRST = /^\p{Lu}/u;
/** A word that begins with a capital letter. */
export const capitalised = (w: Word | undefined): w is Word => w !== undefined && CAPITAL_FIRST.test(w.text);
/** Two words one space apart, as the words of one name are. */
export const spaceJoined = (text: string, a: Word, b: Word) => text.slice(a.end, b.start) === ' ';

/**
 * Whether a longer proper name runs on into ws[first] from before it: a capitalised word joined to it by a space, other
 * than a preposition, article or compass word opening a sentence or a headline ("In Makhachkala", "Northern Kerala").
 */
export function nameGoesOnBefore(text: string, ws: Word[], first: number): boolean {
  const before = ws[first - 1];
  return capitalised(before) && spaceJoined(text, before, ws[first]) && !OPENING_WORD.test(before.text);
}

/**
 * Whether the words ws[first..last] are part of a longer proper name, a person's or an organisation's ("Ahmed
 * Hassan", "Santiago Abascal", "Victoria Police"): a capitalised word joined to them by a space before (other than a
 * preposition, article or compass word opening a sentence or a headline: "In Makhachkala", "Northern Kerala") or
 * after (other than a noun of place: "Diffa Region").
 */
function partOfName(text: string, ws: Word[], first: number, last: number): boolean {
  if (nameGoesOnBefore(text, ws, first)) return true;
  const after = ws[last + 1];
  return capitalised(after) && spaceJoined(text, ws[last], after) && !PLACE_NOUN.test(after.text);
}

/**
 * Entries by the transliteration keys of their names (placeKey.ts): a key two entries of different places share (by
 * `which`) is null, so that it names neither.
 */
export function keyedPlaces<T>(entries: T[], names: (e: T) => string[], which: (e: T) => string): Map<string, T | null> {
  const out = new Map<string, T | null>();
  const of = new Map<string, string>();
  for (const e of entries)
    for (const name of names(e)) {
      const key = placeKey(name);
      if (key.length < MIN_KEY) continue;
      const held = of.get(key);
      if (held === undefined) {
        out.set(key, e);
        of.set(key, which(e));
      } else if (held !== which(e)) out.set(key, null);
    }
  return out;
}

/**
 * The longest span of words from ws[i] on, one space or nothing between them, whose key `keyed` holds a place for: its
 * first and last words capitalised.
 */
export function keyedSpan<T>(
  keyed: Map<string, T | null>,
  text: string,
  ws: Word[],
  i: number,
  maxWords: number,
): { n: number; entry: T } | null {
  if (!capitalised(ws[i])) return null;
  let best: { n: number; entry: T } | null = null;
  let joined = ws[i].text;
  for (let n = 1; n <= maxWords && i + n - 1 < ws.length; n++) {
    if (n > 1) {
      if (text.slice(ws[i + n - 2].end, ws[i + n - 1].start) !== ' ') break;
      joined = `${joined} ${ws[i + n - 1].text}`;
    }
    if (!capitalised(ws[i + n - 1])) continue;
    const entry = keyed.get(placeKey(joined));
    if (entry) best = { n, entry };
  }
  return best;
}

let loaded: Gazetteer | null = null;

/** The gazetteer of the generated file, read on first use. */
export function gazetteer(): Gazetteer {
  loaded ??= new Gazetteer(gazetteerPlaces());
  return loaded;
}
