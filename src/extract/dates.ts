/**
 * When a figure holds, as the text fixes it: "in 2013", "by 2016", "(2014)", "November 2015", "By October 2015",
 * "Nov. 10, 2015", "last December" and "today" (from the publication date when it is known). "Since 2013" says
 * where a count starts, not when it holds, and is not taken.
 */
import type { Sentence } from './text';
import { numberWord } from './numbers';
import { ITEM_MARK } from './tableColumns';
import { MONTHS, SEASON_NAMES, WEEKDAY_NAME } from './wordLists';

export const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const pad = (n: number) => String(n).padStart(2, '0');
/** The count of "two months ago", "Eighteen months ago", "a year ago", "30 months ago", or null. */
const agoCount = (word: string): number | null =>
  /^\d/.test(word) ? Number(word) : /^an?$/i.test(word) ? 1 : numberWord(word.toLowerCase());
/** The month a quarter of a year ends in. */
const QUARTER_ENDS: Record<string, number> = { first: 3, '1st': 3, second: 6, '2nd': 6, third: 9, '3rd': 9, fourth: 12, '4th': 12 };

export interface DateMention {
  start: number;
  end: number;
  text: string;
  value: string;
  cumulativeStart: boolean;
  /** Another period the figure is compared with ("similarly to 2016", "than in 2019", "compared with last year"). */
  comparison: boolean;
  /** The year of a law or other instrument named with it ("the 2019 Anti-Terrorism Act", "a 2015 decree"). */
  instrument: boolean;
}

/**
 * A date that can say when a figure holds: neither where a cumulative count starts ("since 2013") nor another
 * period it is compared with ("similarly to 2016").
 */
export const canDate = (d: DateMention): boolean => !d.cumulativeStart && !d.comparison && !d.instrument;

/**
 * Words right before a date that make it the period compared with, not the figure's own: "compared with 2019", "more
 * than in 2020", "a sharp rise on last year", "down on 2022", "an increase over the previous year".
 */
const COMPARISON =
  /\b(?:(?:rise|rises|increase|increases|jump|fall|falls|drop|decrease|decline|up|down|higher|lower)\s+(?:on|over)|similar(?:ly)?\s+to|compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|than(?:\s+(?:in|during|for|at\s+the\s+end\s+of))?|as\s+(?:in|during)|unlike(?:\s+in)?|against)\s+(?:the\s+(?:end\s+of\s+)?)?$/i;

/**
 * A year that is part of an instrument's name or description says when the law was made, not when a figure holds:
 * "three were charged under the 2019 Anti-Terrorism Act", "a 2015 decree", "the country's 2017 counter-extremism law".
 * A determiner or possessive before the year, and between it and the instrument's noun only capitalised, hyphenated or
 * legal words ("the 2019 attacks prompted a law" is no instrument's year).
 */
const INSTRUMENT_BEFORE = /(?:\b(?:the|a|an|its|their|his|her|our|this|that)|['’]s)\s+$/i;
const INSTRUMENT_AFTER =
  /^(?:\s+(?:[A-Z][\w'’]*(?:-[\w'’]+)*|\w+(?:-\w+)+|terrorism|extremism|penal|criminal|security|citizenship|nationality|immigration|emergency|counterterrorism))*?\s+(?:act|law|code|decree|constitution|convention|treaty|statute|directive|regulation|ordinance|bill|amendments?|proclamation)s?\b(?!\s+enforcement)/i;

/** A publication date written at the top of a text ("date 2019-12-01", "Posted at Jun 01 2017"), or null. */
export function publicationDate(text: string): string | null {
  const head = text.slice(0, 300);
  let m = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(head);
  if (m) return isDate(m[0]) ? m[0] : null;
  m = new RegExp(`\\b(?:posted|published|updated)?(?:\\s+(?:at|on))?\\s*${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'i').exec(head);
  if (!m || !/posted|published|updated/i.test(m[0])) return null;
  const date = `${m[3]}-${pad(MONTHS[m[1].toLowerCase()])}-${pad(Number(m[2]))}`;
  return isDate(date) ? date : null;
}

function shift(published: string, months: number): { y: number; m: number } {
  const [y, mo] = published.split('-').map(Number);
  const total = y * 12 + (mo - 1) + months;
  return { y: Math.floor(total / 12), m: (total % 12) + 1 };
}

/**
 * The date patterns, global: read only through matchAll, which reads a copy of each, so that no call (one that returns
 * early, throws, or reads the dates before a "year before" inside its own loop) leaves a pattern's lastIndex set.
 */
const PATTERNS = {
  fullDate: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'gi'),
  dayMonthYear: new RegExp(`\\b(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})\\b`, 'gi'),
  iso: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
  monthYear: new RegExp(`\\b(?:(?:in|by|of|since|until|as of)\\s+)?(?:early|mid-|late\\s+)?${MONTH}\\s+(\\d{4})\\b`, 'gi'),
  season: new RegExp(`\\b(?:(?:in|by)\\s+)?((?:${SEASON_NAMES}|early|late|mid-?)\\s*(\\d{4}))\\b`, 'gi'),
  year: /(?:\b(?:in|by|of|during|for|as of|since|until|end of|start of|throughout|and|or|to|a|the|its|their|year)\s+|\b(?:end|mid|start)-|\(|^|[.!?]\s+|\n)((?:19|20)\d{2})\b(?![-–]\d)/gi,
  lastMonth: new RegExp(`\\blast\\s+${MONTH}\\b`, 'gi'),
  monthAlone: new RegExp(`\\b(?:in|since|by|until|last|(?:the\\s+)?(?:end|beginning|start|middle)\\s+of)\\s+${MONTH}(?!\\s+\\d)\\b`, 'gi'),
  halfYear: /\b(first|second)\s+half\s+of\s+((?:19|20)\d{2})\b/gi,
  quarter: /\b(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+of\s+((?:19|20)\d{2})\b/gi,
  relativeMonth: /\b(last|this|previous)\s+month\b/gi,
  ago: /\b(an?|[a-z]+(?:-[a-z]+)?|\d{1,2})\s+(months?|years?)\s+ago\b/gi,
  dayMonth: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?![\\s,]+\\d)`, 'gi'),
  monthDay: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?![\\s,]+\\d)`, 'gi'),
  today: /\b(today|now|currently|at present|this week)\b/gi,
  weekday: new RegExp(`\\b(?:(?:on|last)\\s+)?(${WEEKDAY_NAME})\\b`, 'gi'),
  yesterday: /\byesterday\b/gi,
  // ("in the last year" is the twelve months to now, no year of the calendar)
  relativeYear: /\b((?<!\bthe\s+)last|this|previous)\s+year\b/gi,
  yearBefore:
    /\b(?:the\s+(?:year\s+before|previous\s+year|preceding\s+year|prior\s+year|year\s+earlier)|a\s+year\s+(?:earlier|before))\b/gi,
};
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * The year of the last given month (and day) on or before the publication date: "in October" in an article of March
 * 2025 is October 2024; a month with no day is the publication's own month too.
 */
function latestYear(published: string, month: number, day?: number): number {
  const pub = shift(published, 0);
  const pubDay = Number(published.slice(8, 10)) || 31;
  return month < pub.m || (month === pub.m && (day === undefined || day <= pubDay)) ? pub.y : pub.y - 1;
}

/** The last given weekday on or before a YYYY-MM-DD date ("on Thursday" in an article of Friday 2019-04-19 → 2019-04-18). */
function lastWeekday(published: string, weekday: string, back = 0): string {
  const d = new Date(`${published}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - back);
  while (WEEKDAYS[d.getUTCDay()] !== weekday) d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * The windows read last and their dates, for the text and the publication date they were read in: the same window is
 * asked again and again (every figure of a paragraph walks back over its sentences for a reference date; each reading
 * of a sentence asks when it was stated).
 */
let read: { text: string; published: string | null; dates: Map<string, DateMention[]> } = { text: '', published: null, dates: new Map() };

/** Every date expression in text[from, to). */
export function datesIn(text: string, from: number, to: number, published: string | null): DateMention[] {
  if (read.text !== text || read.published !== published) read = { text, published, dates: new Map() };
  const window = `${from}:${to}`;
  let dates = read.dates.get(window);
  if (!dates) read.dates.set(window, (dates = readDates(text, from, to, published)));
  return [...dates];
}

/**
 * A date a claim can take: YYYY, YYYY-MM or YYYY-MM-DD, a month of the year and a day of its month. What the patterns
 * read is no date when the text's is none ("30 February", "2025-13-01") or the publication's precision could not give
 * one: every date read goes through here, once.
 */
function isDate(value: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), m[2] === undefined ? 1 : Number(m[2]), m[3] === undefined ? 1 : Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  return mo >= 1 && mo <= 12 && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d;
}

function readDates(text: string, from: number, to: number, published: string | null): DateMention[] {
  const slice = text.slice(from, to);
  const out: DateMention[] = [];
  const taken: [number, number][] = [];
  const add = (index: number, len: number, value: string | null) => {
    if (!value || !isDate(value)) return;
    const start = from + index;
    const end = start + len;
    if (taken.some(([a, b]) => start < b && a < end)) return;
    taken.push([start, end]);
    const before = text.slice(Math.max(0, start - 32), start);
    // "since 2013", and a date inside a clause opened by "since" ("since the first operation in March 2019", "since
    // the series began in 2001"), or one a span to the present follows ("Cumulative figures (2023 to date)", "2015
    // onwards"): where a cumulative count starts
    const cumulativeStart =
      /\b(since|from|starting|start of|beginning of)\s+(the\s+)?(start\s+of\s+)?$/i.test(before) ||
      /\bsince\b[^,;:.()"“”]*$/i.test(text.slice(Math.max(0, start - 90), start)) ||
      /^\s*(?:(?:[-–]|to|till|until)\s*(?:date|the\s+present|present)\b|onwards?\b)/i.test(text.slice(end, end + 20));
    const comparison = COMPARISON.test(before);
    const instrument = /^\d{4}$/.test(value) && INSTRUMENT_BEFORE.test(before) && INSTRUMENT_AFTER.test(text.slice(end, end + 120));
    out.push({ start, end, text: text.slice(start, end), value, cumulativeStart, comparison, instrument });
  };
  const { fullDate, dayMonthYear, iso, monthYear, halfYear, quarter, season, year, lastMonth, monthAlone, dayMonth, monthDay } = PATTERNS;
  const { today, weekday, yesterday, relativeYear, relativeMonth, ago } = PATTERNS;
  if (!/\d|today|now|currently|present|week|last|year|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|day/i.test(slice)) return out;
  for (const m of slice.matchAll(fullDate)) add(m.index, m[0].length, `${m[3]}-${pad(MONTHS[m[1].toLowerCase()])}-${pad(Number(m[2]))}`);
  for (const m of slice.matchAll(dayMonthYear))
    add(m.index, m[0].length, `${m[3]}-${pad(MONTHS[m[2].toLowerCase()])}-${pad(Number(m[1]))}`);
  for (const m of slice.matchAll(iso)) add(m.index, m[0].length, m[0]);
  for (const m of slice.matchAll(monthYear)) {
    const lead = /^(?:in|by|of|since|until|as of)\s+/i.exec(m[0])?.[0].length ?? 0;
    add(m.index + lead, m[0].length - lead, `${m[2]}-${pad(MONTHS[m[1].toLowerCase()])}`);
  }
  // a part of a year holds at its end: "in the first half of 2025" is June 2025, "the third quarter of 2019" September
  for (const m of slice.matchAll(halfYear)) add(m.index, m[0].length, `${m[2]}-${/^first$/i.test(m[1]) ? '06' : '12'}`);
  for (const m of slice.matchAll(quarter)) add(m.index, m[0].length, `${m[2]}-${pad(QUARTER_ENDS[m[1].toLowerCase()])}`);
  for (const m of slice.matchAll(season)) add(m.index + m[0].indexOf(m[1]), m[1].length, m[2]);
  for (const m of slice.matchAll(year)) add(m.index + m[0].indexOf(m[1]), m[1].length, m[1]);
  // "46 in 2025, up from 31 the year before", "18 a year earlier" after "on 31 December 2023": the last date its
  // sentence states before it, a year back
  for (const m of slice.matchAll(PATTERNS.yearBefore)) {
    const at = from + m.index;
    const lead = text.slice(Math.max(0, at - 200), at);
    const opens = at - lead.length + Math.max(0, ...['. ', '! ', '? ', '\n'].map((e) => lead.lastIndexOf(e) + 1));
    // (the dates before it are read by this same function: matchAll reads each pattern from a copy of its own, so the
    // inner reading leaves this loop where it was)
    const said = datesIn(text, opens, at, published).pop();
    const back = said && /^\d{4}/.test(said.value) ? `${Number(said.value.slice(0, 4)) - 1}${said.value.slice(4)}` : null;
    add(m.index, m[0].length, back);
  }
  // A publication known to its month at least dates a month or a day the text gives without a year ("last March", "on
  // 14 October"); one known by its year alone does not say which year such a day fell in (a report of 2026 on 2025's
  // attacks), and had dated them "NaN-03-21".
  const monthKnown = published !== null && /^\d{4}-\d{2}/.test(published);
  if (published && monthKnown) {
    for (const m of slice.matchAll(lastMonth)) {
      const target = MONTHS[m[1].toLowerCase()];
      const pub = shift(published, 0);
      const back = (pub.m - target + 12) % 12 || 12;
      const d = shift(published, -back);
      add(m.index, m[0].length, `${d.y}-${pad(d.m)}`);
    }
    // "on 14 October", "July 27": the last such day on or before the publication date
    for (const [re, day, month] of [
      [dayMonth, 1, 2],
      [monthDay, 2, 1],
    ] as const) {
      for (const m of slice.matchAll(re)) {
        // ("may 5" is a modal before a number; the month is written with a capital)
        if (/^may$/i.test(m[month]) && !/^May$/.test(m[month])) continue;
        const target = MONTHS[m[month].toLowerCase().replace(/\.$/, '')];
        const dd = Number(m[day]);
        if (!target || dd < 1 || dd > 31) continue;
        add(m.index, m[0].length, `${latestYear(published, target, dd)}-${pad(target)}-${pad(dd)}`);
      }
    }
    for (const m of slice.matchAll(monthAlone)) {
      if (/^last/i.test(m[0])) continue;
      const target = MONTHS[m[1].toLowerCase()];
      add(m.index + m[0].indexOf(m[1]), m[0].length - m[0].indexOf(m[1]), `${latestYear(published, target)}-${pad(target)}`);
    }
  }
  if (published) {
    for (const m of slice.matchAll(today)) add(m.index, m[0].length, published);
    // "last month" in an article of May 2024 is April 2024; "a year ago" the publication date's month a year back
    if (monthKnown) {
      for (const m of slice.matchAll(relativeMonth)) {
        const d = shift(published, /^this$/i.test(m[1]) ? 0 : -1);
        add(m.index, m[0].length, `${d.y}-${pad(d.m)}`);
      }
      // "a year ago", "two months ago": back from the publication date, to its month
      for (const m of slice.matchAll(ago)) {
        const n = agoCount(m[1]);
        if (n === null) continue;
        const d = shift(published, -n * (/^year/i.test(m[2]) ? 12 : 1));
        add(m.index, m[0].length, `${d.y}-${pad(d.m)}`);
      }
    }
    // "last year" in an article of 2024 is 2023; "this year" is 2024 (a year's figure, so the year alone)
    for (const m of slice.matchAll(relativeYear))
      add(m.index, m[0].length, String(Number(published.slice(0, 4)) - (/^this$/i.test(m[1]) ? 0 : 1)));
    if (/^\d{4}-\d{2}-\d{2}$/.test(published)) {
      for (const m of slice.matchAll(weekday))
        add(m.index, m[0].length, lastWeekday(published, m[1].toLowerCase(), /^last/i.test(m[0]) ? 1 : 0));
      for (const m of slice.matchAll(yesterday)) {
        const d = new Date(`${published}T12:00:00Z`);
        d.setUTCDate(d.getUTCDate() - 1);
        add(m.index, m[0].length, d.toISOString().slice(0, 10));
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** "As of 31 December 2023", "As at 30 June", "By the end of 2023": a date stated as the one the figures hold at. */
const REFERENCE = /\b(?:as\s+(?:of|at|on)(?:\s+the\s+end\s+of)?|by\s+the\s+end\s+of|at\s+the\s+end\s+of)\s+$/i;

/** A sentence that opens a list's item: "- Kosovo: about 400 travelled, … by the end of 2024." */
const LIST_ITEM = new RegExp(`^\\s*${ITEM_MARK}\\s`, 'i');

/**
 * The reference date a figure with no date of its own holds at: the last one stated earlier in its paragraph, or in
 * the heading of its section ("Figures as of 31 December 2023"), or null. Another list item's date is that item's own
 * ("- Kosovo: 242 repatriated by the end of 2024" does not date the next item's figures); the list's lead line does.
 */
export function referenceDate(text: string, sents: Sentence[], at: number, published: string | null): DateMention | null {
  // the sentence holding the figure, by binary search (sentences are in text order)
  let lo = 0;
  let hi = sents.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sents[mid].start <= at) lo = mid;
    else hi = mid - 1;
  }
  let i = sents.length && sents[lo].start <= at && at < sents[lo].end ? lo : -1;
  if (i < 0) return null;
  const block = sents[i].block;
  // the figure's paragraph, then back to the nearest heading (a bounded walk: a long text has many paragraphs)
  const lineOf = (offset: number) => text.lastIndexOf('\n', offset - 1) + 1;
  const figureLine = lineOf(at);
  // (a date on another line that opens a list item is that item's own)
  const otherItem = (d: DateMention) => lineOf(d.start) !== figureLine && LIST_ITEM.test(text.slice(lineOf(d.start), d.start));
  for (let steps = 0; i >= 0 && steps < 400; i--, steps++) {
    const s = sents[i];
    const own = s.block === block;
    if (!own && !s.headline) continue;
    // (a page's "Updated as of Jun 01 2017" dates the page, not its figures)
    const dates = datesIn(text, s.start, Math.min(s.end, at), published).filter(
      (d) =>
        REFERENCE.test(text.slice(Math.max(s.start, d.start - 20), d.start)) &&
        !/\b(?:updated|posted|published|modified|edited|revised)\s+as\s+(?:of|at|on)\s+$/i.test(
          text.slice(Math.max(s.start, d.start - 30), d.start),
        ) &&
        !otherItem(d),
    );
    if (dates.length) return dates[dates.length - 1];
    if (!own) break;
  }
  return null;
}
