/**
 * One rule for the words editors write into the vocabularies the extractor reads (src/extract/lexicon.ts): places'
 * names, aliases and demonyms (and a demonym's plural) and groups' names and aliases share one table of names there, read
 * before the gazetteer and the places within countries; so **a word names one thing only** — a place of the ledger, a
 * group, or a place inside a country the extractor knows (its gazetteer, the ledger's places_within rows) — and no write
 * changes what a word meant. Actors' names and aliases are not in it: the extractor reads them only to expand a
 * claimant's abbreviation ("UN"), and the workspace to match a claimant to an actor, where a government named as its
 * country ("Iraq said") or a person called "Jordan" is right, so they may share a place's word; their own rule is
 * actorWordErrors. Codes (a place's code, a group's slug) are identifiers within their own vocabulary: no text holds them.
 * Every check runs under one lock (`vocabulary words`, src/db/locks.ts), taken by every write of a place's or a group's
 * words.
 */
import { DomainError, type FieldError } from '../errors';
import { gazetteerPlaces } from '../extract/gazetteerFile';
import { metricLabelForms, metricLabelKey } from '../extract/metricLabels';
import { ordinaryName, ordinaryWordKind } from '../extract/ordinaryWords';
import { type PlaceIndex, placeWordKey, type VocabularyStore } from './store';

/** A word as sent, with the JSON pointer of its field; `code` for a code or slug, `plural` for a demonym's plural. */
export interface WordField {
  field: string;
  word: string;
  code?: boolean;
  plural?: boolean;
}

/**
 * Whose words are written: a place (and the country it is, or is within) or a group (its slug once it exists: null for a
 * new one, whose slug must be free), with the words it has already.
 */
export type WordOwner = { place: string; country: string; has?: string[] } | { group: string | null; has?: string[] };

/** A format character (Unicode's Cf: zero-width spaces and joiners, direction overrides, soft hyphens), never seen. */
const FORMAT_CHARACTER = /\p{Cf}/u;
/**
 * The zero-width non-joiner and joiner between two letters (or a letter's mark: an Indic virama, an Arabic vowel mark) of
 * a script that writes them as part of its words: Persian and the other Arabic-script languages, Syriac, N'Ko, Mongolian
 * and the Indic scripts ("می‌خواهم", "مَ‌خواهم", "क्‍ष"). Anywhere else they are invisible, as every other format
 * character. The letters around are judged by their Script_Extensions, not their Script: a vowel mark (fatha) is of the
 * script Inherited, its extensions name the scripts that write it (Arabic, Syriac).
 */
const JOINING_SCRIPTS = [
  'Arabic',
  'Syriac',
  'Nko',
  'Mongolian',
  'Devanagari',
  'Bengali',
  'Gurmukhi',
  'Gujarati',
  'Oriya',
  'Tamil',
  'Telugu',
  'Kannada',
  'Malayalam',
  'Sinhala',
];
const JOINER_IN_WORD = new RegExp(
  JOINING_SCRIPTS.map((script) => `(?<=[\\p{L}\\p{M}](?<=\\p{scx=${script}}))[\\u200c\\u200d](?=\\p{scx=${script}}(?<=\\p{L}))`).join('|'),
  'gu',
);
/**
 * A word (between blanks) whose letters are of Latin and of Cyrillic or Greek: the lookalike letters of those scripts
 * (Cyrillic U+0430 and U+0456, Greek U+03BF) make "Kaz\u0430khstan" look as "Kazakhstan" and be another word.
 */
const LATIN = /\p{sc=Latin}/u;
const LOOKALIKE_SCRIPTS = [
  { script: 'Cyrillic', letter: /\p{sc=Cyrillic}/u },
  { script: 'Greek', letter: /\p{sc=Greek}/u },
];
const mixedScript = (word: string): string | null => {
  for (const part of word.split(/\s+/)) {
    const letters = part.match(/\p{L}/gu) ?? [];
    if (!letters.some((l) => LATIN.test(l))) continue;
    const other = LOOKALIKE_SCRIPTS.find(({ letter }) => letters.some((l) => letter.test(l)));
    if (other) return other.script;
  }
  return null;
};
const mixesScripts = (script: string): string =>
  `mixes Latin letters with ${script} ones, which look as Latin letters and make it another word: write it in one script`;
/** A word (between blanks) opening with a combining mark, which joins the letter or blank before it: nothing of its own. */
const OPENING_MARK = /(?:^|\s)\p{M}/u;
/**
 * A word as the ordinary-word check reads it: NFKC ("Ｐｏｌｉｃｅ", "ſaid"), and the Latin letters that look as another
 * Latin letter and name it in no word of another language the extractor reads in this text: the dotless "ı" is Turkish
 * ("Diyarbakır" is a name), so it is allowed, but "Polıce" reads as "Police".
 */
const LATIN_LOOKALIKES: Record<string, string> = { ı: 'i', ȷ: 'j', ɑ: 'a', ɡ: 'g', ɩ: 'i' };
/**
 * The Cyrillic and Greek letters Unicode's confusables (UTS #39, confusables.txt) map to one Latin letter, each to it
 * (a capital's target taken in capitals: the check is blind to case). Only these: a letter confusables maps to another
 * symbol (Cyrillic "к" to "ĸ", "в" to "ʙ", Greek "κ" to "ĸ") looks as no Latin letter a word is made of.
 */
const SCRIPT_LOOKALIKES: Record<string, string> = Object.fromEntries(
  [
    ['аеіјорсухѕһӏүѵԁԛԝАВЕІЈКМНОРСТУХЅҮҺӀԚԜԌѴ', 'aeijopcyxshlyvdqwABEIJKMHOPCTYXSYHIQWGV'], // Cyrillic
    ['αγινορυϲϳΑΒΕΖΗΙΚΜΝΟΡΤΥΧϹͿ', 'ayivopucjABEZHIKMNOPTYXCJ'], // Greek
  ].flatMap(([from, to]) => [...from].map((letter, i) => [letter, to[i]])),
);
/**
 * A word (between blanks) of Cyrillic or Greek letters that all look as Latin ones, as it reads: "Роӏісе", every letter
 * Cyrillic, is "Police" to the eye though no Latin letter is in it (mixedScript sees none). Its accents are kept
 * (decomposed, the letter under them folded, composed again). A word with one letter that looks as no Latin letter
 * ("Москва": "к", "в") is its script's own and is read as written.
 */
const foldLookalikeWord = (word: string): string => {
  const letters = [...word.normalize('NFD')];
  const base = letters.filter((c) => /\p{L}/u.test(c));
  if (base.length === 0 || !base.every((c) => SCRIPT_LOOKALIKES[c] !== undefined)) return word;
  return letters
    .map((c) => SCRIPT_LOOKALIKES[c] ?? c)
    .join('')
    .normalize('NFC');
};
const readAs = (word: string): string =>
  word
    .normalize('NFKC')
    .replace(/[ıȷɑɡɩ]/gu, (letter) => LATIN_LOOKALIKES[letter])
    .replace(/[\p{L}\p{M}]+/gu, foldLookalikeWord);
const LETTER = /\p{L}/gu;

/**
 * A group's phrase: several words in lower case, none a function word ("terrorist suspects"), which the extractor reads
 * in lower case wherever it stands, as it means to; "The Women" (matched at every sentence opening "The women") or "the
 * women" (a function word) is no phrase.
 */
const groupPhrase = (word: string): boolean => {
  const parts = word.trim().split(/\s+/);
  return parts.length > 1 && /^\p{Ll}/u.test(parts[0]) && !parts.some((part) => ordinaryWordKind(part) === 'a function word');
};

/** Why no reader can tell the word from another as written, or null. */
function whyUnreadable(word: string, code: boolean | undefined): string | null {
  if (FORMAT_CHARACTER.test(word.replace(JOINER_IN_WORD, '')))
    return 'has an invisible format character (zero-width space or joiner, direction mark, soft hyphen)';
  const script = mixedScript(word);
  if (script !== null) return mixesScripts(script);
  if (OPENING_MARK.test(word)) return 'has a word opening with a combining mark, which belongs to the letter or blank before it';
  if (!code && (word.match(LETTER) ?? []).length < 2) return 'must have two letters at least';
  return null;
}

/** The refusals of `fields`' words: those no reader can tell from another (a 400), and those made of ordinary words (a 422). */
function unfitWords(
  fields: WordField[],
  { phrases = false, counts, of = 'a place or group' }: { phrases?: boolean; counts?: (kind: string) => boolean; of?: string } = {},
): { unreadable: FieldError[]; ordinary: FieldError[] } {
  const unreadable = fields.flatMap(({ field, word, code }) => {
    const why = whyUnreadable(word, code);
    return why === null ? [] : [{ field, message: why }];
  });
  const ordinary = fields.flatMap(({ field, word, code }) => {
    const read = readAs(word);
    const found = code || (phrases && groupPhrase(read)) ? null : ordinaryName(read, counts);
    if (!found) return [];
    const as = read === word ? '' : ` ("${word}" reads as it)`;
    return [{ field, message: `"${found.word}" is ${found.kind} to the extractor${as}: no name of ${of}` }];
  });
  return { unreadable, ordinary };
}

/**
 * Refuses, naming each field, a word no reader can tell from another or the extractor would read everywhere: a 400 for
 * a format character in it ("Sug\u200bhd" reads as "Sughd"; a joiner between letters of a script that writes it is the
 * name's own), Latin letters mixed with Cyrillic or Greek ones in a word ("Taj\u0456k", a Cyrillic "i"), a word opening
 * with a combining mark, or fewer than two letters ("A", "-"); a 422 for only words the extractor reads as something
 * else ("The", "Women", "Said", "Police", "May", "Twelve"; src/extract/ordinaryWords.ts), read as it reads them
 * (readAs: "Polıce" and the all-Cyrillic "Роӏісе" are "Police"). With `phrases` (a group's names) a phrase (groupPhrase)
 * is the group's own: the extractor reads a class of people as a group by one ("terrorist suspects" as terrorism-all).
 */
export function refuseUnfitWords(fields: WordField[], { phrases = false }: { phrases?: boolean } = {}): void {
  const { unreadable, ordinary } = unfitWords(fields, { phrases });
  if (unreadable.length > 0) throw new DomainError('invalid_input', 'A word cannot be told from another as written.', unreadable);
  if (ordinary.length > 0) throw new DomainError('invalid_record', 'A word is one the extractor reads as something else.', ordinary);
}

/** The kinds of ordinary word an actor's alias may not be made of only: none of them names anyone in particular. */
const NAMES_NOBODY = new Set(['a function word', 'a number', 'a word for people', 'a word for a body (police, ministry)']);

/**
 * The rule for actors' words, one place for every writer of an actor (the API, the workspace's new claimants, the
 * import: ActorService); the workspace matches a claimant the extractor reads to the actor of that name or alias:
 * - no word of a name or an alias may mix Latin letters with Cyrillic or Greek ones, which look as Latin letters
 *   ("Ab\u0443kaev", a Cyrillic "у", would be a second actor no editor tells from Abykaev);
 * - an alias may not be made only of words that name nobody in particular: function words, numbers, words for people or
 *   for a body ("The", "Police", "the Ministry", "Women"; look-alike letters read as the Latin ones): every article's
 *   "police said" would be this actor. A month or a verb of saying may be an alias ("May" for Theresa May, "Said"): a
 *   claimant is so named only where the text names a person. A name may be any words: the workspace names a new
 *   claimant as the text does ("Security services");
 * - a name or an alias may be a place's or a group's word: a person may be called "Jordan", and a government is named
 *   by its country ("Iraq said"). The words of places and groups (refuseHeldWords) are not actors' business;
 * - what else the places' rule refuses is kept as sent (tests/http/canonical-text.test.ts): an invisible character
 *   (a zero-width space makes another actor, as it did), one letter ("X", a source so called).
 * Returns the errors, for the actor's one refusal that names every problem (a 422).
 */
export function actorWordErrors(name: string | undefined, aliases: string[] | undefined): FieldError[] {
  const alias = (aliases ?? []).map((word, i) => ({ field: `/aliases/${i}`, word }));
  const mixed = [...(name === undefined ? [] : [{ field: '/name', word: name }]), ...alias].flatMap(({ field, word }) => {
    const script = mixedScript(word);
    return script === null ? [] : [{ field, message: mixesScripts(script) }];
  });
  const { ordinary } = unfitWords(alias, { counts: (kind) => NAMES_NOBODY.has(kind), of: 'anyone in particular' });
  const refused = new Set(mixed.map((e) => e.field));
  return [...mixed, ...ordinary.filter((e) => !refused.has(e.field))];
}

/** Each word of places inside countries, keyed as names are, to the countries that have a place of that word. */
function countriesByWord(places: Iterable<{ words: string[]; country: string }>): Map<string, Set<string>> {
  const byWord = new Map<string, Set<string>>();
  for (const { words, country } of places)
    for (const word of words) byWord.set(placeWordKey(word), (byWord.get(placeWordKey(word)) ?? new Set()).add(country));
  return byWord;
}

let gazetteerWords: Map<string, Set<string>> | null = null;

/** The countries of the places inside a country the extractor's gazetteer knows by this word. */
function gazetteerCountries(word: string): Set<string> {
  gazetteerWords ??= countriesByWord(gazetteerPlaces().map((p) => ({ words: [p.name], country: p.country })));
  return gazetteerWords.get(placeWordKey(word)) ?? new Set();
}

/**
 * Refuses (409, naming each field and what holds the word) a word that already names something else the extractor
 * reads: a metric's label (or its singular or plural: "Returnees", "Hostage"), another place of the ledger (a place's
 * code too, for a place), a group, or a place inside a country in its
 * gazetteer or the ledger's places_within rows — for a place, inside another country than its own (TJ's province
 * Sughd is TJ-SU's to take; a subdivision named "Paris" would turn "70 people from Paris" from FR into TJ-PA); for a
 * group, inside any (the extractor reads groups first: a group named "Mosul" would take the city's figures). The
 * words the owner has already stay its own (an admin's PATCH sends them again).
 */
export async function refuseHeldWords(store: VocabularyStore, places: PlaceIndex, fields: WordField[], owner: WordOwner): Promise<void> {
  const own = new Set((owner.has ?? []).map(placeWordKey));
  const fresh = fields.filter((f) => !own.has(placeWordKey(f.word)));
  const names = fresh.filter((f) => !f.code);
  const groups = await store.groupNameClashes(
    ('group' in owner ? fresh : names).map((f) => f.word),
    'group' in owner ? (owner.group ?? undefined) : undefined,
  );
  const within = countriesByWord(
    (names.length > 0 ? await store.listPlacesWithin() : []).map((row) => ({
      words: [row.name, ...row.aliases, ...row.demonyms],
      country: row.country,
    })),
  );
  const labelled = new Map<string, string>();
  for (const metric of names.length > 0 ? await store.listMetrics() : [])
    for (const form of metricLabelForms(metric.label)) if (!labelled.has(form)) labelled.set(form, metric.code);
  const errors = fresh.flatMap(({ field, word, code }) => {
    // a metric's label is what a figure counts ("500 returnees"): a place or group of that name would take the figure
    const metric = code ? undefined : labelled.get(metricLabelKey(word.replace(/^\s*the\s+/i, '')));
    if (metric)
      return [{ field, message: `"${word}" is the label of metric ${metric}, which the extractor reads as what a figure counts` }];
    const place = 'place' in owner ? places.resolve(word) : code ? null : places.named(word);
    if (place !== null && !('place' in owner && place === owner.place))
      return [{ field, message: `"${word}" already names ${place} (${places.get(place)?.name ?? place})` }];
    const group = groups.find((g) => g.word === word);
    if (group) return [{ field, message: `"${word}" already names group ${group.slug}` }];
    if (code || ('place' in owner && place === owner.place)) return [];
    const key = placeWordKey(word);
    const elsewhere = (countries: Set<string>) => [...countries].filter((c) => !('place' in owner) || c !== owner.country);
    const inside = elsewhere(within.get(key) ?? new Set());
    if (inside.length > 0)
      return inside.map((c) => ({
        field,
        message: `"${word}" already names a place in ${c} (${places.get(c)?.name ?? c}) the ledger holds`,
      }));
    return elsewhere(gazetteerCountries(word)).map((c) => ({
      field,
      message: `"${word}" already names a place in ${c} (${places.get(c)?.name ?? c}) in the extractor's gazetteer`,
    }));
  });
  if (errors.length > 0)
    throw new DomainError(
      'conflict',
      'place' in owner ? 'A word of this place already names something else.' : 'A name of this group already names something else.',
      errors,
    );
}
