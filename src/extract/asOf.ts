/**
 * When a figure holds (`as_of`): the nearest time expression that governs the figure's clause. In order: a date in
 * its own clause; the date its list shares; a date that opens its sentence ("In 2017, …") or the one date the
 * sentence states; when its claimant said it; a reference date ("As of 31 December 2023"); a date that frames its
 * paragraph or section (a heading "Returns in 2019", a line "The figures for 2022:" that opens a list); else the
 * dated article's date unless the sentence tells it as past. "Since 2013" says where a cumulative count starts, not
 * when it holds, and is never taken.
 */
import { canDate, DateMention, datesIn, referenceDate } from './dates';
import type { Sentence } from './text';
import { clauseOpening, setAgainst, type Work } from './work';

export interface AsOf {
  when: DateMention | null;
  stated: string | null;
  reason: string | null;
}

const PAST = /\b(?:had|earlier|previously|formerly|at the time|then|in the past|used to)\b/i;
/** A date opening a sentence or a clause governs what follows it: "In 2017, …", "During 2021 …", "By the end of 2018, …". */
const OPENING =
  /^\s*(?:["“]\s*)?(?:(?:in|during|by|for|throughout|over|as\s+(?:of|at))\s+(?:the\s+(?:end|course|whole|start|first\s+half|second\s+half)\s+of\s+)?|(?:at\s+the\s+end\s+of)\s+)?$/i;

const own = (text: string, from: number, to: number, published: string | null) => datesIn(text, from, to, published).filter(canDate);

/** A past participle and its particle describing people, right before a date: "men flown back in", "the women repatriated in". */
const PARTICIPLE_BEFORE_DATE =
  /\b(?:\p{Ll}{3,}ed|flown|brought|taken|sent|held|driven|caught|seen|found|given)\s+(?:(?:back|home|out|over)\s+)?(?:(?:to|from)\s+(?:the\s+)?(?:[\p{L}-]+\s+){1,3})?(?:in|on|during)\s+$/u;
/** A predicate that tells the figure as it is now: "are still in prison", "have since been released", "remain". */
const PRESENT_PREDICATE = /^[^.;]{0,20}?\b(?:are|is|remain|remains|(?:have|has)\s+(?:since|now|still)\b)/i;

/**
 * A date that only describes the people counted, in a participle phrase, while the figure's own predicate tells them as
 * they are now: "Seven men flown back in 2019 are still in prison", "Of the men repatriated in 2019, 14 have since been
 * released" (the flight's year, not when the figure holds).
 */
function describesPeople(text: string, d: DateMention, w: Work): boolean {
  const { fig } = w;
  if (!PARTICIPLE_BEFORE_DATE.test(text.slice(Math.max(fig.sentence.start, d.start - 50), d.start))) return false;
  const predicateFrom = d.start > fig.end ? d.end : fig.noun && fig.noun.end > fig.end ? fig.noun.end : fig.end;
  return PRESENT_PREDICATE.test(text.slice(predicateFrom, fig.sentence.end));
}

/**
 * Whether a date opening a bracket labels the figure right after it, a colon between: "(2024: 27,200)" (not a date
 * that ends a clause before a colon: "Police arrested 40 people in March: 12 were charged in April").
 */
function labels(text: string, d: DateMention, o: Work): boolean {
  return (
    o.fig.start > d.end && /\(\s*$/.test(text.slice(Math.max(0, d.start - 3), d.start)) && /^\s*:\s*$/.test(text.slice(d.end, o.fig.start))
  );
}

/** The dates in a sentence that stand at its opening (nothing but a preposition before them). */
function openingDate(text: string, s: Sentence, upTo: number, published: string | null): DateMention | null {
  const d = own(text, s.start, Math.min(s.end, upTo), published)[0];
  if (!d || !OPENING.test(text.slice(s.start, d.start))) return null;
  return d;
}

export function asOfFor(
  text: string,
  work: Work[],
  i: number,
  sents: Sentence[],
  sentenceIndex: (s: Sentence) => number,
  hasFigure: (s: Sentence) => boolean,
  published: string | null,
): AsOf {
  const w = work[i];
  const { fig } = w;
  const s = fig.sentence;
  // a date beyond a semicolon belongs to the next clause: "Last year 148 were arrested; in 2022, 247"
  const semicolonAfter = text.slice(fig.end, w.rightEnd).indexOf(';');
  const clauseStart = clauseOpening(text, w.leftStart, fig.start);
  let after: DateMention | undefined = own(text, fig.end, semicolonAfter >= 0 ? fig.end + semicolonAfter : w.rightEnd, published)[0];
  // a date inside a relative clause after the figure tells of its people's past ("40 men who had travelled in 2014"),
  // not when the figure holds
  if (after && /\b(?:who|whom|which|that|whose|had|after|before|since)\b/i.test(text.slice(fig.end, after.start))) after = undefined;
  // a date past a figure this one replaces, or one another source gives, is that figure's: "about 250, up from the 173
  // given in 2019", "310, more than the 240 the ministry reported in March" date the 173 and the 240 (a revision holds
  // when its own words say, not when the figure it replaces did)
  // (…or a figure set against it: "arrested 61 persons, against 48 in the whole of 2025")
  const replaced = (j: number) =>
    w.relations.some((r) => r.type === 'supersedes' && r.target === j) || (j === i + 1 && setAgainst(text, w, work[j]));
  const ownSource = (j: number) => work[j].attribution !== null && work[j].attribution!.name !== w.attribution?.name;
  const beyondAnother = (d: DateMention) =>
    work.some(
      (o, j) =>
        j !== i &&
        o.fig.sentence === s &&
        (d.start > fig.end
          ? o.fig.start > fig.end && o.fig.end <= d.start && (replaced(j) || ownSource(j))
          : o.fig.end < fig.start && o.fig.start >= d.end && replaced(j)),
    );
  if (after && beyondAnother(after)) after = undefined;
  // …and a date that labels the figure after it, the comparison a report brackets: "28,650 persons (2024: 27,200)"
  const labelsAnother = (d: DateMention) => work.some((o, j) => j !== i && o.fig.sentence === s && labels(text, d, o));
  if (after && labelsAnother(after)) after = undefined;
  if (after && describesPeople(text, after, w)) after = undefined;
  const leftDates = own(text, clauseStart, fig.start, published).filter((d) => !describesPeople(text, d, w));
  let when: DateMention | null = after ?? leftDates[leftDates.length - 1] ?? null;
  let why: string | null = null;
  // a list shares its date: "in April 2019, among them 74 children, 32 women and four men"
  const prevItem = work[i - 1];
  if (
    !when &&
    prevItem &&
    prevItem.fig.sentence === s &&
    prevItem.when &&
    // (a date the text states: the article's date, taken for want of one, is no list's)
    prevItem.when.start >= 0 &&
    // (…nor the label of a bracketed comparison: "50,250 persons (2024: 40,600), of whom 15,300")
    !labels(text, prevItem.when, prevItem) &&
    /^[^.;:]{0,30}$/.test(text.slice(prevItem.fig.end, fig.start)) &&
    /(,|\band\b)/.test(text.slice(prevItem.fig.end, fig.start))
  )
    when = prevItem.when;
  // a date opening the sentence governs all of it: "In 2017, police arrested 40 people and charged 12"
  if (!when) {
    const opening = openingDate(text, s, fig.start, published);
    if (opening) {
      when = opening;
      why = `"${opening.text}" opens the sentence`;
    }
  }
  // the one date its sentence states, wherever it stands: "Police arrested 67 suspects, charged 23 and, in 2022, …"
  if (!when) {
    const all = own(text, s.start, s.end, published).filter((d) => !describesPeople(text, d, w) && !labelsAnother(d));
    if (all.length && all.every((d) => d.value === all[0].value) && !beyondAnother(all[0])) {
      when = all[0];
      why = `"${all[0].text}", the one date its sentence states`;
    }
  }
  const a0 = w.attribution;
  const stated = a0 && !a0.carried ? a0.stated_on : null;
  if (!when && !stated) {
    const reference = referenceDate(text, sents, fig.start, published);
    if (reference) when = reference;
  }
  if (!when && !stated) {
    const frame = framingDate(text, sents, sentenceIndex(s), hasFigure, published);
    if (frame) {
      when = frame.date;
      why = frame.why;
    }
  }
  // a figure the text does not date holds when the dated article states it, at the precision the date is known,
  // unless the sentence tells it as past ("had been", "earlier")
  if (!when && !stated && published && !PAST.test(text.slice(s.start, s.end))) {
    when = { start: -1, end: -1, text: '', value: published, cumulativeStart: false, comparison: false, instrument: false };
  }
  const reason = when
    ? (why ??
      (when.start < 0
        ? "nothing in the text dates it: the article's date"
        : `"${when.text}"${when.text === when.value ? '' : ` → ${when.value}`}`))
    : stated
      ? `when it was said ("${a0!.stated_text}")`
      : null;
  return { when, stated, reason };
}

/**
 * A date that frames the figure's paragraph: a line before it in its paragraph that has no figure of its own and is
 * a heading or ends with a colon ("Returns in 2019", "The data for 2022 show the following:"), or the heading of its
 * section.
 */
function framingDate(
  text: string,
  sents: Sentence[],
  at: number,
  hasFigure: (s: Sentence) => boolean,
  published: string | null,
): { date: DateMention; why: string } | null {
  const block = sents[at].block;
  for (let k = at - 1, steps = 0; k >= 0 && steps < 60; k--, steps++) {
    const s = sents[k];
    if (s.block === block) {
      // a sentence with figures of its own speaks of them: it frames nothing after it
      if (hasFigure(s)) continue;
      const dates = own(text, s.start, s.end, published).filter((d) => /\d{4}/.test(d.text));
      if (dates.length && (s.headline || /[:]\s*$/.test(text.slice(s.start, s.end))))
        return { date: dates[dates.length - 1], why: `"${dates[dates.length - 1].text}" frames the paragraph` };
      continue;
    }
    // a list's lead line set apart by a blank line, ending with a colon: "The official figures, as of October 2026:"
    // over "- Kazakhstan: 754 …"
    if (sents[k + 1].block === block && !hasFigure(s) && /[:]\s*$/.test(text.slice(s.start, s.end))) {
      const dates = own(text, s.start, s.end, published).filter((d) => /\d{4}/.test(d.text));
      if (dates.length) return { date: dates[dates.length - 1], why: `"${dates[dates.length - 1].text}" leads the list` };
    }
    // the section's heading: the nearest headline before the paragraph, with nothing but prose between
    if (s.headline) {
      const dates = own(text, s.start, s.end, published).filter((d) => /\d{4}/.test(d.text));
      if (dates.length && sents.slice(0, k).some((x) => !x.headline))
        return { date: dates[dates.length - 1], why: `"${dates[dates.length - 1].text}" in the section's heading` };
      return null;
    }
    if (hasFigure(s)) return null;
  }
  return null;
}
