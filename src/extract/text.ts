/** Words, sentences and selectors over a text, with UTF-16 offsets into it. */
import { gluedFootnote } from './numbers';
export interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

const WORDS = /[\p{L}\p{N}]+(?:['’.\-&][\p{L}\p{N}]+)*/gu;

export function words(text: string, from = 0, to = text.length): Word[] {
  const out: Word[] = [];
  WORDS.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = WORDS.exec(text)) && m.index < to) {
    out.push({ text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * The matches of a global pattern for a name and its bracket after it ("the Syrian Democratic Forces (SDF)"), the
 * same as `text.matchAll(pattern)` gives, read only where one can be: before each "(" whose inside `closes` (a sticky
 * pattern, read right after the bracket) may be, back to the first character before it that no name holds
 * (`nameChar`, one character or a surrogate pair). The pattern must end on its one "(" and the first ")" after it, with
 * no lookaround and no anchor, and allow only `nameChar` before its "(". Scanned over the whole text it started at
 * every capital letter, most of them nowhere near a bracket (a whole-text scan cost ~4 % of the extractor's time).
 */
export function bracketedMatches(text: string, pattern: RegExp, closes: RegExp, nameChar: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    closes.lastIndex = open + 1;
    if (open < from || !closes.test(text)) continue;
    let start = open;
    while (start > from) {
      const pair = start - 2 >= from && /[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text.slice(start - 2, start));
      const width = pair ? 2 : 1;
      if (!nameChar.test(text.slice(start - width, start))) break;
      start -= width;
    }
    pattern.lastIndex = 0;
    const m = pattern.exec(text.slice(start, text.indexOf(')', open) + 1));
    // (the pattern is left as found, for a matchAll elsewhere)
    pattern.lastIndex = 0;
    if (!m) continue;
    m.index += start;
    out.push(m);
    from = m.index + m[0].length;
  }
  return out;
}

/** A time code opening a transcript's or show notes' line: "[00:03:44] ", "(12:04) ", "07:35 ". */
export const TIME_CODE = /^[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s+/;

/** A sentence without the time code that opens its line: the words after "(03:40) " are the sentence's own. */
export function withoutTimeCode(text: string, s: Sentence): Sentence {
  const code = TIME_CODE.exec(text.slice(s.start, Math.min(s.end, s.start + 20)));
  return code ? { ...s, start: s.start + code[0].length } : s;
}

export interface Sentence {
  start: number;
  end: number;
  /** A line without final punctuation standing alone: a headline, caption, byline or label. */
  headline: boolean;
  /** Index of the block (paragraph) it belongs to. */
  block: number;
  /** For a piece of a sentence past the extractor's bounds (`piecesWithinBounds`), where that sentence starts. */
  cutFrom?: number;
}

// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'sgt',
  // ranks as armies abbreviate them: "MGen. Villaflor", "BGen.", "Brig. Gen.", "Lt. Col.", "Maj.Gen."
  'mgen',
  'bgen',
  'ltgen',
  'brig',
  'maj.gen',
  'lt.gen',
  'brig.gen',
  'lt.col',
  'adm',
  'cdr',
  'cmdr',
  'cpl',
  'pvt',
  'supt',
  'insp',
  'sen',
  'rep',
  'gov',
  'st',
  'no',
  'nos',
  'vol',
  'pp',
  'p',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'approx',
  'ca',
  'cf',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'inc',
  'ltd',
  'co',
  'corp',
  'jr',
  'sr',
  'u.s',
  'u.k',
  'u.n',
  'e.u',
  'fig',
  'art',
  'para',
  'sec',
  'est',
]);

/** The last body masked and its masked text (`maskAbbreviations`). */
let masked = { body: '', masked: '' };

/**
 * The text with the full stops of abbreviations and initials ("Brig. Gen. Moses Tumusiime", "Alex P. Schmid") replaced
 * by a one-dot leader of the same length, so that a pattern stopping at full stops reads such a name whole; offsets
 * are unchanged.
 */
export function maskAbbreviations(body: string): string {
  // (every reading of a sentence masks the same body, two to four times in a row: the last one is kept)
  if (body !== masked.body) masked = { body, masked: body.replace(/\./g, (dot, at: number) => (endsSentence(body, at) ? dot : '\u2024')) };
  return masked.masked;
}

/** The dot of a web address or an outlet's name, a lowercase letter right after it: "24.kg", "news.cn". */
export const addressDot = (text: string, dot: number): boolean =>
  /[\p{L}\d]/u.test(text[dot - 1] ?? '') && /\p{Ll}/u.test(text[dot + 1] ?? '');

function endsSentence(text: string, dot: number): boolean {
  if (text[dot] !== '.') return true;
  if (addressDot(text, dot)) return false;
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot));
  if (!before) return true;
  const word = before[1].toLowerCase();
  if (ABBREVIATIONS.has(word)) return false;
  // an initial: "Alex P. Schmid"
  if (/^\p{Lu}$/u.test(before[1])) return false;
  return true;
}

/** A line that is nothing but a figure: a number or a vague quantity, with the words that bound it ("Nearly 1,500"). */
const FIGURE_LINE =
  /^(?:(?:about|around|some|nearly|almost|over|more\s+than|at\s+least|up\s+to|fewer\s+than|less\s+than|an\s+estimated|estimated|approximately|roughly|at\s+most|as\s+many\s+as)\s+)?(?:\d[\d,.\u00a0\u202f]*(?:\s*[-–]\s*\d[\d,.\u00a0\u202f]*)?\+?(?:\s+(?:million|thousand))?|(?:several|a\s+few)\s+(?:hundred|thousand|dozen)|hundreds|thousands|dozens|tens\s+of\s+thousands)$/i;

/**
 * A line that ends a sentence before a blank line: final punctuation, a colon or a closing quote, or after final
 * punctuation a closing bracket, footnote markers or a bracketed tag ("…in 2023.)", "…in 2023.[1][2]", "…in the
 * camps. (Kazinform)"); a bracket after words ends a title or a label ("Report 2023 – Summary (English version)").
 */
const CLOSED_LINE = /(?:[.!?:;"”’]|[.!?]["”’]?(?:[)\]]+|\s*(?:\([^()\n]{0,80}\)|\[[^\]\n]{0,80}\])+))$/;

/**
 * Splits a text into sentences. Blank lines end paragraphs; a single line break ends a sentence only when the line
 * ends with final punctuation or the next line starts a new one (capital, quote, digit) after a line without
 * punctuation (a headline); a line break inside a sentence ("on Thursday\nappealed") is kept inside it.
 */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let block = 0;
  let start = -1;
  let headline = false;
  const push = (end: number, isHeadline: boolean) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e, headline: isHeadline, block });
    start = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (start < 0) {
      if (/\s/.test(ch)) {
        if (ch === '\n' && /\n\s*$/.test(text.slice(Math.max(0, i - 3), i))) block++;
        continue;
      }
      start = i;
      headline = false;
    }
    if (ch === '\n') {
      const line = text.slice(start, i).trimEnd();
      const blank = /^\n[ \t\r]*\n/.test(text.slice(i, i + 20)) || /^\n[ \t\r]*$/.test(text.slice(i));
      const last = line[line.length - 1] ?? '';
      const rest = text.slice(i + 1).replace(/^[ \t\r]+/, '');
      const nextStarts = /^[\p{Lu}\p{N}"“‘'«([\-–—•]/u.test(rest);
      if (blank) {
        push(i, !CLOSED_LINE.test(line));
        block++;
        continue;
      }
      // a factbox's figure on a line of its own, its caption on the next ("7,620\nPeople killed in attacks in 2024"):
      // the caption says what the figure counts, so the two are one sentence
      if (FIGURE_LINE.test(line) && /^\p{L}+(?:[ \t]+[^\s]+){2}/u.test(rest)) continue;
      if (/[.!?"”’]$/.test(last) && nextStarts) {
        push(i, false);
        continue;
      }
      if (!/[.!?,;:]$/.test(last) && nextStarts && !/^[a-z]/.test(rest) && !/^[([]/.test(rest)) {
        push(i, true);
        continue;
      }
      continue;
    }
    if (ch === '.' || ch === '!' || ch === '?') {
      let j = i + 1;
      while (j < text.length && /["”’')\]]/.test(text[j])) j++;
      // footnote markers after the full stop belong to the sentence: "…Syria.[2] [3] While…"
      const markers = /^(?:\s?\[\d{1,3}\])+/.exec(text.slice(j, j + 40));
      if (markers) j += markers[0].length;
      // a marker glued to the full stop after a word or a year: "…in the annex.4 The…", "…in 2022.5 The…"
      // …or to a number: "…the figure exceeds 150.46 The…"
      const number = /[\d,]+$/.exec(text.slice(Math.max(0, i - 12), i));
      const glued =
        !markers &&
        (/(?:\p{L}{2}|\b(?:19|20)\d\d)$/u.test(text.slice(Math.max(0, i - 4), i)) ||
          (number && gluedFootnote(text, i - number[0].length, i)))
          ? /^\d{1,3}(?=\s+[\p{Lu}"“]|\s*$)/u.exec(text.slice(j, j + 5))
          : null;
      if (glued) j += glued[0].length;
      const after = text.slice(j, j + 3);
      // "[4] [5]" footnote markers after the full stop belong to the sentence
      if (/^\s+[\p{Lu}"“‘«(\d]/u.test(after) && endsSentence(text, i)) {
        push(j, false);
        i = j - 1;
      }
    }
  }
  if (start >= 0) push(text.length, headline || !/[.!?"”’)\]]\s*$/.test(text.slice(start)));
  return out;
}

export interface TextQuote {
  exact: string;
  start: number;
  end: number;
  prefix: string;
  suffix: string;
}

/** A W3C TextQuoteSelector with 32 characters of context either side. */
export function quoteOf(text: string, start: number, end: number): TextQuote {
  return {
    exact: text.slice(start, end),
    start,
    end,
    prefix: text.slice(Math.max(0, start - 32), start),
    suffix: text.slice(end, end + 32),
  };
}

/** Whether the end of `before` (a sentence up to a word) lies inside a quotation: a quotation mark opened and not closed. */
export function insideQuotation(before: string): boolean {
  return (before.match(/“/g) ?? []).length > (before.match(/”/g) ?? []).length || (before.match(/"/g) ?? []).length % 2 === 1;
}
