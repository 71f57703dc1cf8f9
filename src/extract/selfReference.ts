/**
 * A text speaking of itself ("This report finds that…", "This Policy Brief … It concentrates on … 3,500 in 2012", "Our own
 * count … identifies"): its figures are its author's, named by the words that refer to the text.
 */
import { type Attribution, plainAttribution } from './attribution';
import type { Sentence } from './text';

const DOCUMENT_NOUN =
  '(?:report|brief|paper|study|note|briefing|analysis|publication|assessment|review|update|bulletin|factsheet|fact\\s+sheet|dataset|survey|chapter|section|article|submission|statement|release|story|post)';
/** "This report", "The present study", "This Policy Brief": the text itself as a subject. */
/** "Our own count", "our estimates", "my own estimate": the writers' own figures. */
const OUR_FIGURES = '(?:count|counts|estimates?|figures|data|tally|calculations?|research|database)';
/** "An earlier version of this story", "the original version of this article": the text itself, before a correction. */
const EARLIER_VERSION = `(?:an?|the)\\s+(?:earlier|previous|original|first)\\s+version\\s+of\\s+this\\s+${DOCUMENT_NOUN}`;
const THIS_TEXT = new RegExp(
  `^((?:this|the\\s+present|the\\s+current|our)\\s+(?:[\\p{L}-]+\\s+){0,2}?${DOCUMENT_NOUN}|(?:our|my)\\s+(?:own\\s+)?${OUR_FIGURES}|${EARLIER_VERSION})\\b`,
  'iu',
);
/** The same, anywhere in a sentence: what "It" at the start of the next one refers back to. */
const THIS_TEXT_ANYWHERE = new RegExp(`\\b(?:This|The\\s+present)\\s+(?:[\\p{L}-]+\\s+){0,2}?${DOCUMENT_NOUN}\\b`, 'iu');

/** A label opening the line: "CORRECTION: ", "Update: ". (Made once: docs/extractor.md#perf50.) */
const LINE_LABEL = /^\s*\p{Lu}[\p{L} ]{0,24}:\s+/u;
/**
 * The document's own voice for a sentence whose subject is the text itself, or "It" right after such a sentence.
 * With no author known, the text names nobody (the publisher's own statement, which the workspace fills in).
 */
export function selfReference(text: string, s: Sentence, prev: Sentence | undefined, author: string | null): Attribution | null {
  const body = text.slice(s.start, s.end);
  // after a label that opens the line: "CORRECTION: An earlier version of this story said…", "Update: This report…"
  const label = LINE_LABEL.exec(body)?.[0] ?? '';
  let mention = THIS_TEXT.exec(body.slice(label.length))?.[1] ?? null;
  if (
    !mention &&
    prev &&
    prev.block === s.block &&
    /^It\s+(?!is\b|was\b|has\s+been\b|seems\b|appears\b|remains\b)/.test(body) &&
    THIS_TEXT_ANYWHERE.test(text.slice(prev.start, prev.end))
  )
    mention = 'It';
  if (!mention) return null;
  const cue = /^\s+([\p{Ll}]+)/u.exec(body.slice(label.length + mention.length))?.[1] ?? '';
  return plainAttribution({ name: author ?? mention, mention, cue, at: s.start + label.length, ...(author ? {} : { unnamed: true }) });
}
