/**
 * Plural nouns that never name a person (src/extract/data/thing-nouns.txt, written by scripts/build-thing-nouns.ts from
 * WordNet 3.1): positive evidence that a number before one counts things, events, acts or groups ("19 mobile clinics",
 * "3,500 hygiene kits", "2 renewals") where the extractor's own lists (nouns.ts) do not hold the noun. Read once per
 * process (and per worker); the lists of nouns.ts always come first, so a people noun of the ledger's own is never one.
 */
import fs from 'node:fs';
import { fromRoot } from '../paths';

/** A plural noun of things: whether it is also a verb ("houses", "reports"), which a word after it may make it. */
export type ThingNoun = { verb: boolean };

let loaded: Map<string, ThingNoun> | null = null;

function table(): Map<string, ThingNoun> {
  if (!loaded) {
    loaded = new Map();
    for (const line of fs.readFileSync(fromRoot('src', 'extract', 'data', 'thing-nouns.txt'), 'utf8').split('\n')) {
      if (line === '' || line.startsWith('#')) continue;
      const [form, flag] = line.split('\t');
      loaded.set(form, { verb: flag === 'v' });
    }
  }
  return loaded;
}

/** The plural noun of things a lower-case word is, or null. */
export function thingNoun(lower: string): ThingNoun | null {
  return table().get(lower) ?? null;
}
