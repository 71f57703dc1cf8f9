/**
 * What a bare number in a table's cell counts: the heading of its column ("Country | Persons sought | Arrested"), as a
 * noun after a number in a sentence does. A heading that names people or what was done to them makes its cells counts
 * of people; one that names things ("Attacks", "Red notices") makes them counts of things.
 */
import type { FigureContext } from './figureContext';
import { statusesIn, type StatusHit } from './metric';
import { nounKind, NounKind } from './nouns';
import { BULLET_MARK, columnHeading, isTableRow, ITEM_MARK, lineEnd, lineStart } from './tableColumns';

/** Words of a heading that say its column counts people sought, as "wanted list" does in a sentence. */
export const SOUGHT_HEADING = /\b(?:wanted|sought|fugitives?|at large)\b/i;

/**
 * The status a heading, a list's lead or a subject states for the figures it stands over: its first status, else the
 * people a heading lists as sought ("Persons sought", "Wanted").
 */
export function topicStatus(text: string, span: { start: number; end: number }): StatusHit | null {
  const said = statusesIn(text, span.start, span.end);
  if (said.length) return said[0];
  const sought = SOUGHT_HEADING.exec(text.slice(span.start, span.end));
  if (!sought) return null;
  const start = span.start + sought.index;
  return { metric: 'wanted', start, end: start + sought[0].length, words: sought[0], strong: true };
}

/**
 * What the words in [start, end) name: people (a people noun, a plural demonym, a status such as "Arrested" or
 * "Wanted") or things (a thing noun), whichever comes first; null when they name neither.
 */
export function headingKind(ctx: FigureContext, start: number, end: number): { kind: NounKind; via: string } | null {
  const status = statusesIn(ctx.text, start, end).find((h) => h.strong);
  const sought = SOUGHT_HEADING.exec(ctx.text.slice(start, end));
  const statusAt = Math.min(status?.start ?? Infinity, sought ? start + sought.index : Infinity);
  for (let i = ctx.wordIndexAt(start); i < ctx.words.length && ctx.words[i].end <= end; i++) {
    const w = ctx.words[i];
    if (w.start >= statusAt) break;
    const demonym = ctx.demonymAt(w.start);
    if (demonym && /s$/.test(demonym.text)) return { kind: 'people', via: w.text };
    // (a place people are held in is where the counted are, not what is counted: "Prisons in Araba and Bizkaia: 104",
    // "Camps in the north-east: 4,300"; the lead over the list, or a status after it, says who they are)
    if (HELD_IN.test(w.lower)) continue;
    const kind = nounKind(w.lower);
    if (kind) return { kind, via: w.text };
  }
  if (statusAt < Infinity) return { kind: 'people', via: status && status.start === statusAt ? status.words : sought![0] };
  return null;
}

/** Places people are held in (prisons, jails, camps, detention centres). */
const HELD_IN = /^(?:prisons?|jails?|camps?|penitentiar(?:y|ies)|detention|centres?|centers?|facilit(?:y|ies))$/;

/** What a number in a table's cell counts by its column's heading, or null outside a table or for a heading of neither. */
export function columnCounts(ctx: FigureContext, at: number): { kind: NounKind; via: string } | null {
  const heading = columnHeading(ctx.text, at);
  if (!heading) return null;
  const said = headingKind(ctx, heading.start, heading.end);
  return said && { kind: said.kind, via: `the column "${ctx.text.slice(heading.start, heading.end)}"` };
}

/** A list item's opening: a bullet, a dash or a marker ("*", "•", "-", "1.", "(a)"), then a space. */
export const BULLET = new RegExp(`^\\s*${ITEM_MARK}\\s+`, 'i');
/** A short line that labels one number: "Tashkent region: 44", "Tashkent City Court — 18", "Acquitted (6)". */
const LABEL_LINE =
  /^[^.!?:\n]{1,80}(?::|\s[–—-])\s*(?:[~≈]\s*|(?:about|around|some|over|nearly|approximately|at\s+least|up\s+to)\s+)?\d[\d,.]*\+?\s*$/i;
/** Words that make a thing noun the rest of a breakdown, not what is counted: "Other regions: 31", "All remaining provinces". */
const REMAINDER = new RegExp(
  `^(?:${BULLET_MARK}\\s*)?(?:(?:all\\s+)?(?:other|others|remaining|the\\s+rest\\s+of(?:\\s+the)?)|rest\\s+of(?:\\s+the)?)\\s+`,
  'i',
);

function isItem(text: string, start: number, end: number): boolean {
  const line = text.slice(start, end);
  return BULLET.test(line) || LABEL_LINE.test(line.trim()) || isTableRow(text, start, end);
}

/**
 * The lead of the list or table whose item holds `at`: the nearest line above its items (one blank line may stand between
 * a heading and them), as a span; null when `at` is on no item line or the items have no lead.
 */
function leadOf(text: string, at: number): { start: number; end: number } | null {
  const start = lineStart(text, at);
  if (!isItem(text, start, lineEnd(text, at))) return null;
  let blank = 0;
  for (let above = start - 1, seen = 0; above > 0 && seen < 60; seen++) {
    const from = lineStart(text, above);
    const line = text.slice(from, above);
    if (!line.trim()) {
      if (++blank > 1) return null;
    } else if (!isItem(text, from, above)) return { start: from, end: above };
    else if (blank) return null; // a blank line between items ends the list
    above = from - 1;
  }
  return null;
}

/** Items of a list after a colon in one sentence, up to the number: "Russia 31, Türkiye 12, Germany " (names and numbers). */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+|the\s+|and\s+)?\p{Lu}[\p{L}'’.-]*)*`;
const INLINE_ITEMS = new RegExp(String.raw`^(?:\s*(?:and\s+)?${NAME}\s*:?\s*\d[\d,.]*\s*[,;]?)*\s*(?:and\s+)?${NAME}\s*:?\s*$`, 'u');

/**
 * The lead of the list whose item holds `at`: the words before the colon of a list run into its sentence ("Tajik
 * nationals arrested abroad: Russia 31, Türkiye 12"), else the line over the list's or table's lines; with where the
 * item's own label starts. Null when `at` is in no list item.
 */
export function listLead(
  text: string,
  at: number,
  sentence: { start: number; end: number },
): { lead: { start: number; end: number }; labelFrom: number } | null {
  const before = text.slice(sentence.start, at);
  const colon = before.lastIndexOf(':');
  if (colon >= 0 && INLINE_ITEMS.test(before.slice(colon + 1)) && /\p{Ll}/u.test(before.slice(0, colon))) {
    const clauseAt = Math.max(before.lastIndexOf(';', colon), before.lastIndexOf('\n', colon)) + 1;
    return { lead: { start: sentence.start + clauseAt, end: sentence.start + colon }, labelFrom: sentence.start + colon + 1 };
  }
  const lead = leadOf(text, at);
  return lead && { lead, labelFrom: lineStart(text, at) };
}

/**
 * What a bare number that is an item of a list or a table counts: its own label before it ("Acquitted: 6", "Other
 * regions: 31" as the rest of the breakdown), else what the list's lead names — the heading or caption over its lines
 * ("Detentions", "Table 3. Persons placed on the wanted list") or the words before the colon of a list run into a
 * sentence ("Tajik nationals arrested abroad: Russia 31, Türkiye 12"). Null when the number is no list item or neither
 * names people or things; the lead's span comes back when it states a status, to give the metric.
 */
export function listItemCounts(
  ctx: FigureContext,
  at: number,
  sentence: { start: number; end: number },
): { kind: NounKind; via: string; lead?: { start: number; end: number } } | null {
  const { text } = ctx;
  const found = listLead(text, at, sentence);
  if (!found) {
    // a short line that labels its number with no lead over it ("Released on licence: 14" opening a text, or after a
    // paragraph): its own label says what it counts
    const from = lineStart(text, at);
    if (!LABEL_LINE.test(text.slice(from, lineEnd(text, at)).trim()) || REMAINDER.test(text.slice(from, at).trim())) return null;
    const own = headingKind(ctx, from, at);
    return own && { kind: own.kind, via: `"${own.via}" labelling its line` };
  }
  const { lead, labelFrom } = found;
  // the item's own label first ("Acquitted: 6", "Attacks prevented: 6"), unless it names the rest of a breakdown
  const label = text.slice(labelFrom, at);
  if (!REMAINDER.test(label.trim())) {
    const own = headingKind(ctx, labelFrom, at);
    if (own) return { kind: own.kind, via: `"${own.via}" labelling its list item` };
  }
  const said = headingKind(ctx, lead.start, lead.end);
  if (!said) {
    // a lead that names nothing ("By region", "Breakdown") sets out the people counted just before it, in its paragraph
    // or the one before
    const leadBlock = ctx.sentenceOf(lead.start).block;
    const whole = ctx.accepted.filter((f) => f.end <= lead.start && f.sentence.block >= leadBlock - 1).pop();
    return whole ? { kind: 'people', via: `a breakdown of "${text.slice(whole.start, whole.end)}" before its list` } : null;
  }
  return {
    kind: said.kind,
    via: `"${said.via}" in its list's lead`,
    lead: topicStatus(text, lead) ? lead : undefined,
  };
}
