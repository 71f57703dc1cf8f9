/**
 * A people's name formed regularly from its place's name: what a text calls the people of a province, a state or a city
 * the vocabulary lists no demonym for ("more than 50 Minnesotans", "200 Bavarians", "40 Texans", "Dagestanis",
 * "Londoners", "Milanese", "some 300 Tatars"). English forms them with a handful of suffixes; a word is read as one only
 * where taking its suffix off (and the letters the suffix replaced back on) gives a place the lexicon or the gazetteer
 * knows, spelt with its capitals.
 */

/**
 * The suffixes of a people's name in the plural, which counts people, each with the endings of the place names it
 * replaces: Texas → Texans. (Not the singular: "Milan" is no Milan of Mila's, nor "Namangani" a man of Namangan's.)
 */
const FORMS: [RegExp, string[]][] = [
  // Paris → Parisians, Boston → Bostonians
  [/ians$/, ['']],
  // Kerala → Keralites (not Israel → Israelites, a people of old)
  [/ites$/, ['a']],
  // Minnesota → Minnesotans, Bavaria → Bavarians, Chicago → Chicagoans, Texas → Texans, Rome → Romans
  [/ans$/, ['a', '', 'as', 'e']],
  // Dagestan → Dagestanis, Sindh → Sindhis
  [/is$/, ['']],
  // London → Londoners, New York → New Yorkers
  [/ers$/, ['']],
  // Milan → Milanese, Vienna → Viennese
  [/ese$/, ['', 'a']],
  // Tatarstan → Tatars, Bashkortostan's Bashkorts
  [/s$/, ['stan', 'ostan', 'istan']],
];

/** A place's name shorter than this is never read out of a people's name: "Ur", "Ada". */
const MIN_STEM = 4;

/** A capitalised word of four letters or more. (Made once: docs/extractor.md#perf50.) */
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}{3,}$/u;
/**
 * The place names a capitalised word may be the people of, most likely first ("Minnesotans" → "Minnesota"); none for a
 * word that is not capitalised or has no such suffix.
 */
export function placeNamesOf(word: string): string[] {
  if (!CAPITALISED_WORD.test(word)) return [];
  const out: string[] = [];
  for (const [suffix, endings] of FORMS) {
    const m = suffix.exec(word);
    if (!m) continue;
    const base = word.slice(0, m.index);
    for (const ending of endings) {
      const stem = base + ending;
      if (stem.length >= MIN_STEM && stem !== word && !out.includes(stem)) out.push(stem);
    }
  }
  return out;
}
