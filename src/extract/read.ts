import type { Candidate } from './candidate';
import { extractCandidates, READ_BOUNDS, Unread } from './extract';
import { gazetteer } from './gazetteer';
import { GroupEntry, Lexicon, MetricEntry, PlaceEntry, PlaceWithinEntry } from './lexicon';
import { organisationsIn } from './organisations';
import { words } from './text';

/**
 * What the extractor reads a text with: the ledger's places, places within countries and groups, the actors the
 * text's abbreviations may name, and the date the text was published. Plain data: it is sent to a worker thread.
 */
export interface ReadingInput {
  text: string;
  places: PlaceEntry[];
  groups: GroupEntry[];
  within: PlaceWithinEntry[];
  /** The ledger's metrics: the codes a candidate may propose. */
  metrics?: MetricEntry[] | null;
  actors: { name: string; aliases: string[] }[];
  published: string | null;
  /** The document's first author, else its publisher: the voice of "This report finds…". */
  author?: string | null;
}

export interface Reading {
  candidates: Candidate[];
  /** Organisations the text names with an acronym ("Kazakh National Security Committee (KNB)"): [name, acronym]. */
  acronyms: [string, string][];
  /** Sentences past the extractor's bounds on its work, not read (`READ_BOUNDS`). */
  unread: Unread[];
}

/** The CPU-bound part of an extraction, pure: run in the request's thread for short texts, in a worker for long ones. */
export function readText({ text, places, groups, within, metrics, actors, published, author }: ReadingInput): Reading {
  const lexicon = new Lexicon(places, groups, within, actors, gazetteer(), metrics ?? null);
  const { candidates, unread } = extractCandidates(text, lexicon, { published, author });
  // (over the part of the text the extractor reads at most: its rules run over no more, nor does this)
  const head = text.length > READ_BOUNDS.textCharacters ? text.slice(0, READ_BOUNDS.textCharacters) : text;
  const acronyms = organisationsIn(head, lexicon.find(head, 0, head.length, words(head)))
    .filter((o) => o.acronym && o.acronym !== o.name)
    .map((o): [string, string] => [o.name, o.acronym!]);
  return { candidates, acronyms, unread };
}
