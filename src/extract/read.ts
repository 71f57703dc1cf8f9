import type { Candidate } from './candidate';
import { extractCandidates } from './extract';
import { GroupEntry, Lexicon, PlaceEntry } from './lexicon';
import { organisationsIn } from './organisations';
import { words } from './text';

/** What the extractor reads a text with: the ledger's places and groups, and the date the text was published. */
export interface ReadingInput {
  text: string;
  places: PlaceEntry[];
  groups: GroupEntry[];
  published: string | null;
}

export interface Reading {
  candidates: Candidate[];
  /** Organisations the text names with an acronym ("Kazakh National Security Committee (KNB)"): [name, acronym]. */
  acronyms: [string, string][];
}

/** The CPU-bound part of an extraction, pure: run in the request's thread for short texts, in a worker for long ones. */
export function readText({ text, places, groups, published }: ReadingInput): Reading {
  const lexicon = new Lexicon(places, groups);
  const { candidates } = extractCandidates(text, lexicon, { published });
  const acronyms = organisationsIn(text, lexicon.find(text, 0, text.length, words(text)))
    .filter((o) => o.acronym && o.acronym !== o.name).map((o): [string, string] => [o.name, o.acronym!]);
  return { candidates, acronyms };
}
