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

/** The places of the generated file, read on first use. */
export function gazetteerPlaces(): GazetteerPlace[] {
  loaded ??= fs
    .readFileSync(fromRoot('src', 'extract', 'data', 'gazetteer.tsv'), 'utf8')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [name, country, code, , named, key] = line.split('\t');
      return { name, country, code: code || null, named: named === 'name', loose: key === 'key' };
    });
  return loaded;
}
