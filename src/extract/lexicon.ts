/**
 * The ledger's vocabularies as the extractor reads them: countries and regions (names, aliases, demonyms) and
 * groups (names, aliases). Built from the database by the service and passed in, so the extractor stays pure and
 * whatever editors add to the vocabularies is recognised in the next extraction.
 */
import { AbbreviationIndex } from './acronyms';
import { placeNamesOf } from './demonymForms';
import { capitalised, type Gazetteer, keyedPlaces, keyedSpan, nameGoesOnBefore, spaceJoined } from './gazetteer';
import type { GazetteerPlace } from './gazetteerFile';
import { metricLabelForms, metricLabelKey as labelKey } from './metricLabels';
import { Word, words } from './text';

export interface PlaceEntry {
  code: string;
  kind: 'country' | 'subdivision' | 'region' | 'grouping' | 'world';
  name: string;
  demonyms: string[];
  aliases: string[];
  /** For a subdivision, the country it is within. */
  within?: string | null;
}
export interface GroupEntry {
  slug: string;
  name: string;
  aliases: string[];
}
/** A metric of the ledger's vocabulary (db table metrics): the code a candidate proposes, the label editors read. */
export interface MetricEntry {
  code: string;
  label: string;
}
/** A place inside a country (db table places_within): text naming it names its country. */
export interface PlaceWithinEntry {
  name: string;
  country: string;
  code?: string | null;
  aliases: string[];
  demonyms: string[];
}

export interface NameMention {
  start: number;
  end: number;
  text: string;
  type: 'place' | 'group';
  /** A place code or a group slug. */
  ref: string;
  /** For places: a demonym ("Kazakh", "Kazakhs") or the place's name ("Kazakhstan"). */
  form: 'demonym' | 'name';
  /** For a place inside a country ("Mindanao", "Chechens"): its name; `ref` is then the country's code. */
  within?: string;
  /** Its ISO 3166-2 code, for a first-level subdivision that has one (RU-CE). */
  subdivision?: string;
}

interface Entry {
  type: 'place' | 'group';
  ref: string;
  form: 'demonym' | 'name';
  exactCase: string | null;
  within?: string;
  subdivision?: string;
}

/** A people's name formed from a place's is read over this many words at most ("New Yorkers": two). */
const FORMED_WORDS = 3;

/** What a mention of an entry says of the place it names inside a country, when it is one ("Mindanao", RU-CE). */
const insideOf = (e: Entry): Pick<NameMention, 'within' | 'subdivision'> => ({
  ...(e.within ? { within: e.within } : {}),
  ...(e.subdivision ? { subdivision: e.subdivision } : {}),
});

/** A gazetteer place as a mention names it: its country, its own name as the place within, its ISO 3166-2 code if any. */
const gazetteerPlaceOf = (place: GazetteerPlace): Pick<NameMention, 'ref' | 'within' | 'subdivision'> => ({
  ref: place.country,
  within: place.name,
  ...(place.code ? { subdivision: place.code } : {}),
});

export class Lexicon {
  private readonly entries = new Map<string, Entry[]>();
  private readonly places = new Map<string, PlaceEntry>();
  /** The slugs of the groups the vocabulary holds. */
  readonly groupSlugs = new Set<string>();
  /** Every word sequence that begins some name: a span stops growing as soon as it is not one. */
  private readonly prefixes = new Set<string>();
  private maxWords = 1;
  /** First words of lower-case names of several words, which may start a name though not capitalised. */
  private readonly lowerStarts = new Set<string>();
  /** The ledger's actors by abbreviation and initials, for claimants named by one ("UN", "the U.N."). */
  readonly actors: AbbreviationIndex;
  /** The codes of the ledger's metrics, or null when the extractor is run without them (then every code is proposed). */
  readonly metricCodes: Set<string> | null;
  /** The ledger's metrics by their label in lower case, singular and plural ("hostages", "hostage"). */
  private readonly metricLabels = new Map<string, string>();
  /** The places' names (not their demonyms) as written, with their entries: keyed by transliteration on first use. */
  private readonly placeNames: { name: string; entry: Entry }[] = [];
  private keyed: Map<string, { name: string; entry: Entry } | null> | null = null;

  constructor(
    places: PlaceEntry[],
    groups: GroupEntry[],
    within: PlaceWithinEntry[] = [],
    actors: { name: string; aliases: string[] }[] = [],
    /** The world's provinces and cities, looked up where none of the names above matches. */
    private readonly gazetteer: Gazetteer | null = null,
    /** The ledger's metrics: a candidate proposes only these codes, and one an editor added is known by its label. */
    metrics: MetricEntry[] | null = null,
  ) {
    this.actors = new AbbreviationIndex(actors);
    this.metricCodes = metrics ? new Set(metrics.map((m) => m.code)) : null;
    for (const m of metrics ?? [])
      for (const f of metricLabelForms(m.label)) if (!this.metricLabels.has(f)) this.metricLabels.set(f, m.code);
    for (const p of places) {
      this.places.set(p.code, p);
      if (p.kind !== 'subdivision') this.addPlace(p.code, [p.name, ...p.aliases], p.demonyms);
    }
    // A subdivision of the vocabulary is read as a place within its country, as places_within rows are: its names
    // give its country, and its code only where the text treats it as the origin of the people counted.
    const subdivisions = places.flatMap((p) =>
      p.kind === 'subdivision' && p.within
        ? [{ name: p.name, country: p.within, code: p.code, aliases: p.aliases, demonyms: p.demonyms }]
        : [],
    );
    // a country's own names win over a place inside one of the same spelling
    for (const w of [...subdivisions, ...within])
      if (this.places.has(w.country)) this.addPlace(w.country, [w.name, ...w.aliases], w.demonyms, w.name, w.code ?? undefined);
    for (const g of groups) {
      this.groupSlugs.add(g.slug);
      for (const n of [g.name, ...g.aliases]) this.add(n, { type: 'group', ref: g.slug, form: 'name', exactCase: null });
    }
  }

  private addPlace(ref: string, names: string[], demonyms: string[], within?: string, subdivision?: string): void {
    const inside = within ? { within, ...(subdivision ? { subdivision } : {}) } : {};
    for (const n of names) {
      const entry: Entry = { type: 'place', ref, form: 'name', exactCase: null, ...inside };
      this.add(n, entry);
      this.placeNames.push({ name: n, entry });
    }
    for (const d of demonyms) {
      this.add(d, { type: 'place', ref, form: 'demonym', exactCase: null, ...inside });
      // plural demonyms: Kazakhs, Britons, Malaysians (not British, French: those do not take an s)
      if (!/(sh|tch|nch|ese|s|z)$/i.test(d)) this.add(`${d}s`, { type: 'place', ref, form: 'demonym', exactCase: null, ...inside });
      // French → Frenchmen, Dutch → Dutchman: the demonyms that take no s name their people with -men
      if (/(sh|ch)$/i.test(d))
        for (const m of ['men', 'man', 'women', 'woman'])
          this.add(`${d}${m}`, { type: 'place', ref, form: 'demonym', exactCase: null, ...inside });
    }
  }

  private add(name: string, entry: Entry): void {
    const ws = words(name).map((w) => w.lower);
    if (ws.length === 0) return;
    // a lower-case name of several words ("jihadist groups") is matched in lower case too
    if (ws.length > 1 && /^\p{Ll}/u.test(name)) this.lowerStarts.add(ws[0]);
    // Short all-capital abbreviations (IS, US, UK) are matched with their case: "is" and "us" are words. A word ends
    // before its final full stop, so "U.S." is matched as the word "U.S" the text's "U.S. citizens" reads.
    const exactCase = /^[A-Z.]{1,4}$/.test(name) ? name.replace(/\.$/, '') : null;
    const key = ws.join(' ');
    for (let k = 1; k <= ws.length; k++) this.prefixes.add(ws.slice(0, k).join(' '));
    const list = this.entries.get(key) ?? [];
    if (entry.within && list.some((e) => e.type === 'place' && !e.within)) return;
    if (!list.some((e) => e.type === entry.type && e.ref === entry.ref)) list.push({ ...entry, exactCase });
    this.entries.set(key, list);
    this.maxWords = Math.max(this.maxWords, ws.length);
  }

  /** The metric whose label the words name ("hostages" for a metric labelled "Hostages"), or null. */
  metricLabelled(words: string): string | null {
    return this.metricLabels.get(labelKey(words)) ?? null;
  }

  place(code: string): PlaceEntry | undefined {
    return this.places.get(code);
  }

  /** The longest run of words from ws[i] on that is one of the names; a name does not run across punctuation but spaces. */
  private longest(text: string, ws: Word[], i: number): { n: number; key: string } | null {
    let key = ws[i].lower;
    if (!this.prefixes.has(key)) return null;
    let best: { n: number; key: string } | null = this.entries.has(key) ? { n: 1, key } : null;
    for (let n = 2; n <= this.maxWords && i + n - 1 < ws.length; n++) {
      const w = ws[i + n - 1];
      if (!/^\s+$/.test(text.slice(ws[i + n - 2].end, w.start))) break;
      key = `${key} ${w.lower}`;
      if (!this.prefixes.has(key)) break;
      if (this.entries.has(key)) best = { n, key };
    }
    return best;
  }

  /**
   * A people's name formed from a place's (demonymForms.ts) at ws[i], one word or the last of several ("Minnesotans",
   * "New Yorkers"): the people of that place, read where none of the names matched. The place is one of the
   * vocabulary's names, else the gazetteer's; not a word ending a longer proper name ("Crimean Tatars", "Houston
   * Texans").
   */
  private formedDemonym(text: string, ws: Word[], i: number): { n: number; mention: NameMention } | null {
    if (nameGoesOnBefore(text, ws, i)) return null;
    // the words before the last are a place's first words as written: capitalised, one space apart ("New Yorkers")
    let n = 1;
    while (n < FORMED_WORDS && i + n < ws.length && capitalised(ws[i + n - 1]) && spaceJoined(text, ws[i + n - 1], ws[i + n])) n++;
    for (; n >= 1; n--) {
      const last = ws[i + n - 1];
      const lead = text.slice(ws[i].start, last.start);
      for (const stem of placeNamesOf(last.text)) {
        const name = lead + stem;
        const at = {
          start: ws[i].start,
          end: last.end,
          text: text.slice(ws[i].start, last.end),
          type: 'place' as const,
          form: 'demonym' as const,
        };
        const key = words(name)
          .map((w) => w.lower)
          .join(' ');
        const held = this.entries.get(key)?.find((e) => e.type === 'place' && e.form === 'name' && !e.exactCase);
        if (held) return { n, mention: { ...at, ref: held.ref, ...insideOf(held) } };
        const place = this.gazetteer?.named(name);
        if (place && this.places.has(place.country)) return { n, mention: { ...at, ...gazetteerPlaceOf(place) } };
      }
    }
    return null;
  }

  /**
   * A place named by another transliteration of one of its names (placeKey.ts: "Sulaimaniya", "Duhok",
   * "Kabardino-Balkariya"), read where no name matched as written: the vocabulary's names first, then the gazetteer's.
   * Not a word of a longer proper name.
   */
  private loosely(text: string, ws: Word[], i: number): { n: number; mention: NameMention } | null {
    if (nameGoesOnBefore(text, ws, i)) return null;
    this.keyed ??= keyedPlaces(
      this.placeNames,
      (p) => [p.name],
      (p) => `${p.entry.ref} ${p.entry.subdivision ?? p.entry.within ?? ''}`,
    );
    const at = (n: number) => ({ start: ws[i].start, end: ws[i + n - 1].end, text: text.slice(ws[i].start, ws[i + n - 1].end) });
    const held = keyedSpan(this.keyed, text, ws, i, this.maxWords);
    const after = held ? ws[i + held.n] : undefined;
    if (held && !(capitalised(after) && spaceJoined(text, ws[i + held.n - 1], after))) {
      const e = held.entry.entry;
      return { n: held.n, mention: { ...at(held.n), type: 'place', ref: e.ref, form: 'name', ...insideOf(e) } };
    }
    const found = this.gazetteer?.loosely(text, ws, i);
    if (!found || !this.places.has(found.place.country)) return null;
    return { n: found.n, mention: { ...at(found.n), type: 'place', form: 'name', ...gazetteerPlaceOf(found.place) } };
  }

  /** Every place and group named in text[from, to), longest match first, not overlapping. */
  find(text: string, from = 0, to = text.length, given?: Word[]): NameMention[] {
    // a possessive is its name plus "'s": "Kazakhstan's" names Kazakhstan
    const ws = (given ?? words(text, from, to)).map((w): Word & { linked?: boolean } => {
      // so is a compound of origin: "Uzbek-born", "Tajik-origin" name Uzbeks and Tajiks; and "UK-linked", "British-linked"
      // name the place (whether its nationals are counted is the country's reading: not "Iran-linked militias")
      const m = /^(.+?)(?:['’]s|-(?:born|origin|descended|descent|national|nationals|citizens?|(linked)))$/.exec(w.text);
      return m ? { text: m[1], lower: m[1].toLowerCase(), start: w.start, end: w.start + m[1].length, linked: m[2] !== undefined } : w;
    });
    const out: NameMention[] = [];
    for (let i = 0; i < ws.length; i++) {
      const first = ws[i];
      if (!/^[\p{Lu}]/u.test(first.text) && !/^al-/i.test(first.lower) && !this.lowerStarts.has(first.lower)) continue;
      const held = this.longest(text, ws, i);
      // a longer name of the gazetteer over a place within a country the ledger names by fewer words ("Osh Region",
      // KG-O, over the city Osh; "Nairobi County" KE-30 over Nairobi): the ledger's names are read first, but not to
      // cut a longer name short. A country's, a region's or a group's name always wins.
      const longer =
        held && this.entries.get(held.key)!.every((e) => e.type === 'place' && e.within) ? this.gazetteer?.longest(text, ws, i) : null;
      const best = longer && longer.n > held!.n && this.places.has(longer.place.country) ? null : held;
      if (!best) {
        const found = this.gazetteer?.longest(text, ws, i);
        if (found && this.places.has(found.place.country)) {
          const end = ws[i + found.n - 1].end;
          out.push({
            start: first.start,
            end,
            text: text.slice(first.start, end),
            type: 'place',
            form: 'name',
            ...gazetteerPlaceOf(found.place),
          });
          i += found.n - 1;
          continue;
        }
        const formed = this.formedDemonym(text, ws, i);
        if (formed) {
          out.push(formed.mention);
          i += formed.n - 1;
          continue;
        }
        const loose = this.loosely(text, ws, i);
        if (loose) {
          out.push(loose.mention);
          i += loose.n - 1;
        }
        continue;
      }
      const start = first.start;
      const end = ws[i + best.n - 1].end;
      const surface = text.slice(start, end);
      let found = false;
      for (const e of this.entries.get(best.key)!) {
        if (e.exactCase && e.exactCase !== surface) continue;
        // "al-Qaeda-linked JNIM" names JNIM's ties, not the group counted
        if (e.type === 'group' && ws[i + best.n - 1].linked) continue;
        if (!e.exactCase && best.n === 1 && surface === surface.toUpperCase() && surface.length <= 3 && surface.toLowerCase() !== best.key)
          continue;
        out.push({
          start,
          end,
          text: surface,
          type: e.type,
          ref: e.ref,
          form: e.form,
          ...insideOf(e),
        });
        found = true;
      }
      if (found) i += best.n - 1;
    }
    return out;
  }
}
