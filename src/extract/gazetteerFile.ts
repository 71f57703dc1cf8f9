/**
 * The rows of the gazetteer's generated file (src/extract/data/gazetteer.tsv): the world's provinces and larger cities
 * with their country. Read once per process (and per worker): by the extractor's Gazetteer (gazetteer.ts), and by the
 * vocabulary's writes, so that no place an editor adds takes a word the extractor reads as a place of another country.
 * No regular expression here: the server's thread loads this module (scripts/main-thread-modules.json).
 */
import fs from 'node:fs';
import { fromRoot } from '../paths';

export interface GazetteerPlace {
  name: string;
  country: string;
  /** Its ISO 3166-2 code, for a first-level subdivision. */
  code: string | null;
  /** Whether this is the spelling a subdivision goes by (CLDR's English name, or its ISO 3166-2 name). */
  named: boolean;
  /** Whether its transliteration key says this place alone, so that other spellings of it may be read by the key. */
  loose: boolean;
}

let loaded: GazetteerPlace[] | null = null;
let former: Map<string, string> | null = null;

/** The file's lines, read on first use. */
const fileLines = (): string[] => fs.readFileSync(fromRoot('src', 'extract', 'data', 'gazetteer.tsv'), 'utf8').split('\n');

/**
 * Kazakhstan's regions, which ISO 3166-2 gave numeric codes in 2020 (KZ-AKM Akmola is KZ-11, KZ-YUZ South Kazakhstan
 * KZ-61 Turkistan), that the generated file does not list as replaced: country-region-data still gives the letters, and
 * CLDR names the numbers "Aqmola oblysy", which the build does not take for "Akmola" (it does KZ-ALA's and KZ-AST's,
 * whose names are the same). The extractor still proposes the letters (its annotated sets use them); the ledger finds
 * a region held by either code by the other, and does not hold one region under both.
 */
const KAZAKHSTAN_2020: readonly (readonly [string, string])[] = [
  ['KZ-AKM', 'KZ-11'],
  ['KZ-AKT', 'KZ-15'],
  ['KZ-ALM', 'KZ-19'],
  ['KZ-ATY', 'KZ-23'],
  ['KZ-ZAP', 'KZ-27'],
  ['KZ-ZHA', 'KZ-31'],
  ['KZ-KAR', 'KZ-35'],
  ['KZ-KUS', 'KZ-39'],
  ['KZ-KZY', 'KZ-43'],
  ['KZ-MAN', 'KZ-47'],
  ['KZ-PAV', 'KZ-55'],
  ['KZ-SEV', 'KZ-59'],
  ['KZ-YUZ', 'KZ-61'],
  ['KZ-VOS', 'KZ-63'],
];

/**
 * The ISO 3166-2 codes ISO has replaced, each with its code of today (IN-OR → IN-OD, ZA-GT → ZA-GP, RU-NOA → RU-SE): the
 * gazetteer gives places by today's code, and a subdivision an editor added by the old one is still found by either
 * (PlaceIndex, src/vocab/store.ts).
 */
export function formerCodes(): ReadonlyMap<string, string> {
  former ??= new Map([
    ...KAZAKHSTAN_2020,
    ...fileLines()
      .filter((line) => line.startsWith('#formerly\t'))
      .map((line) => {
        const [, was, now] = line.split('\t');
        return [was, now] as const;
      }),
  ]);
  return former;
}

/** The codes that name the same subdivision as `code` through a replacement (KZ-AKM for KZ-11, KZ-11 for KZ-AKM). */
export function sameSubdivisionCodes(code: string): string[] {
  const codes = formerCodes();
  const now = codes.get(code);
  return [...(now === undefined ? [] : [now]), ...[...codes].filter(([, current]) => current === code).map(([was]) => was)];
}

/** The places of the generated file, read on first use. */
export function gazetteerPlaces(): GazetteerPlace[] {
  loaded ??= fileLines()
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [name, country, code, , named, key] = line.split('\t');
      return { name, country, code: code || null, named: named === 'name', loose: key === 'key' };
    });
  return loaded;
}
