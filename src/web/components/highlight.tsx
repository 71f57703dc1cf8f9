import type { ComponentChildren } from 'preact';
import { Shown, Stored, turnsDirection } from './storedText';

/** Words as the highlighter cuts text: runs of letters and digits (PostgreSQL's parser splits hyphenated words the same way). */
const WORD = /[\p{L}\p{N}]+/gu;

export function wordsOf(text: string | null | undefined): string[] {
  return text ? (text.match(WORD) ?? []) : [];
}

/**
 * The text with the words a search matched inside `<mark>`, isolated as all stored text is (storedText.tsx). Stored
 * text only ever becomes text nodes: the marks are elements around slices of it, never markup made from it.
 */
export function MatchedWords({ text, matched }: { text: string | null | undefined; matched: Set<string> }) {
  if (!text) return null;
  if (matched.size === 0) return <Stored text={text} />;
  const isolated = turnsDirection(text);
  const plain = (slice: string) => (isolated ? <Shown text={slice} /> : slice);
  const parts: ComponentChildren[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    if (!matched.has(m[0].toLowerCase())) continue;
    if (m.index > last) parts.push(plain(text.slice(last, m.index)));
    parts.push(<mark>{m[0]}</mark>);
    last = m.index + m[0].length;
  }
  parts.push(plain(text.slice(last)));
  return isolated ? <bdi>{parts}</bdi> : <>{parts}</>;
}

/** Where a claim quotes a document's text: [start, end) in UTF-16 code units, as the ledger stores offsets. */
export interface QuotedSpan {
  start: number;
  end: number;
  claimId: number;
}

export interface TextSegment {
  text: string;
  start: number;
  /** The claims whose quotes cover this segment, innermost (latest start, then shortest) first. */
  claims: number[];
  /** The claims whose quote begins at this segment. */
  opening: number[];
}

/**
 * Cuts a text at every quote's start and end, so overlapping and nested quotes each keep their extent: every
 * segment knows all the quotes covering it. Spans outside the text or empty are ignored.
 */
export function spanSegments(text: string, spans: QuotedSpan[]): TextSegment[] {
  const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const [start, end] = [cuts[i], cuts[i + 1]];
    const covering = valid
      .filter((s) => s.start <= start && s.end >= end)
      .sort((a, b) => b.start - a.start || a.end - a.start - (b.end - b.start) || a.claimId - b.claimId);
    segments.push({
      text: text.slice(start, end),
      start,
      claims: [...new Set(covering.map((s) => s.claimId))],
      opening: [...new Set(valid.filter((s) => s.start === start).map((s) => s.claimId))].sort((a, b) => a - b),
    });
  }
  return segments;
}

/** A window of `text` around [start, end): whole words, with an ellipsis where it was cut. */
export function textWindow(text: string, start: number, end: number, around = 280): { before: string; quote: string; after: string } {
  let from = Math.max(0, start - around);
  let to = Math.min(text.length, end + around);
  if (from > 0) from = text.indexOf(' ', from) >= 0 && text.indexOf(' ', from) < start ? text.indexOf(' ', from) + 1 : from;
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > end) to = space;
  }
  return {
    before: (from > 0 ? '…' : '') + text.slice(from, start),
    quote: text.slice(start, end),
    after: text.slice(end, to) + (to < text.length ? '…' : ''),
  };
}
