/**
 * Text as editors paste it — from web pages, PDFs, e-mail and word processors — read as the clean text it stands for:
 * the one reading layer before sentences, words and numbers. The extractor reads the reading copy; every offset it
 * finds there is mapped back into the text as given, which the ledger stores and quotes.
 */
import { ITEM_MARK } from './tableColumns';

export interface ReadingCopy {
  /** The text to read. */
  text: string;
  /** The offset in the text as given of a start (`end` false) or an end (`end` true) in the reading copy. */
  original(offset: number, end?: boolean): number;
}

/** Prefixes whose hyphen is the compound's own ("pro-government", "self-declared"), kept at a line's end. */
const PREFIXES = '(?:anti|co|ex|non|post|pre|pro|self|so|well)-';
/**
 * What a reading never needs and a paste brings: a carriage return before a line feed, a soft hyphen, a zero-width
 * space or joiner, a byte-order mark, a direction mark or embedding a page in Arabic or Hebrew leaves (U+200E, U+200F,
 * U+061C, U+202A–U+202E, U+2066–U+2069: "\u200f1. The appellants" is a numbered paragraph); a soft hyphen at a line's
 * end with the break after it; a word hyphenated across a line break ("fight-\ners", "Min-\nistry"), and the line break
 * in a compound broken at its own hyphen ("pro-\ngovernment" is "pro-government"); a web page's footnote markers in
 * brackets inside a sentence ("fighters,[13] followed by").
 */
const REMOVED = new RegExp(
  [
    '\\r(?=\\n)',
    '\\u00ad[ \\t]*\\r?\\n[ \\t]*',
    '[\\u00ad\\u200b\\u200c\\u2060\\ufeff\\u200e\\u200f\\u061c\\u202a-\\u202e\\u2066-\\u2069]',
    '\\u200d',
    `-(?<=(?<![\\p{L}-])(?!${PREFIXES})\\p{L}+-)[ \\t]*\\r?\\n[ \\t]*(?=\\p{Ll})`,
    // (each of the two below opens on what its match must start with, before its look behind: a pattern whose branches
    // all open on a character is tried only where one stands, and the text's every position no longer reads the look
    // behind, a third of the time it took: perf50)
    `(?=[ \\t\\r\\n])(?<=-)(?<=(?<![\\p{L}-])${PREFIXES})[ \\t]*\\r?\\n[ \\t]*(?=\\p{Ll})`,
    // a web page's footnote marker in brackets set against a word or its punctuation inside a sentence: "fighters,[13]
    // followed by", "travelled[3][4] to" (one after a sentence's full stop is left: a table's cell may follow it)
    `(?=\\[)(?<=[\\p{L}\\d,;:)"”’'])(?:\\[(?:\\d{1,3}(?:[-–,] ?\\d{1,3})*|[a-z]|citation needed|note \\d{1,3})\\])+`,
  ].join('|'),
  'giu',
);

/** Characters read as another of the same length: spaces inside numbers, other scripts' digits, dashes, a lone return. */
const SAME_LENGTH: Record<string, string> = {
  '\r': '\n',
  '\u00a0': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2004': ' ',
  '\u2005': ' ',
  '\u2006': ' ',
  '\u2007': ' ',
  '\u2008': ' ',
  '\u2009': ' ',
  '\u200a': ' ',
  '\u202f': ' ',
  '\u205f': ' ',
  '\u3000': ' ',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2212': '-',
  '\uff0c': ',',
  '\uff0e': '.',
  '\u066b': '.',
  '\u066c': ',',
};
for (let d = 0; d < 10; d++) {
  // full-width digits (Japanese, Chinese input methods), Arabic-Indic and Extended Arabic-Indic (Persian, Urdu) digits
  for (const zero of [0xff10, 0x0660, 0x06f0]) SAME_LENGTH[String.fromCharCode(zero + d)] = String(d);
}
const SAME_LENGTH_CHARS = new RegExp(`[${Object.keys(SAME_LENGTH).join('')}]`, 'g');

/**
 * A line that is a page's or a web page's furniture, not the article: a page number ("Page 4 of 12", "- 4 -", "4 / 12"),
 * an advertisement's label, a link to another story ("Read more: …", "Related: …", "Story continues below").
 */
const FURNITURE =
  /^[ \t]*(?:page\s+\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?|[-–—][ \t]*\d{1,4}[ \t]*[-–—]|\d{1,4}\s*\/\s*\d{1,4}|advertisement|sponsored(?:\s+content)?|(?:read|see)\s+(?:more|also)\b[^\n]*|related(?:\s+(?:stories|articles|coverage|content))?\s*:[^\n]*|(?:story|article)\s+continues\s+(?:below|after\s+(?:this\s+)?advertisement)|continue\s+reading(?:\s+(?:the\s+)?(?:main\s+)?story)?|scroll\s+to\s+continue(?:\s+with\s+content)?)[ \t\r]*$/gim;

/** A line's end inside a sentence: no final punctuation, no colon, no closing quote or bracket. */
const OPEN_END = /[^\s.!?:;"”’)\]]$/;

/** A span of the text as given read as a shorter string (most often none). */
interface Edit {
  from: number;
  to: number;
  by: string;
}

export function readingCopy(text: string): ReadingCopy {
  const edits: Edit[] = [...removals(text), ...furniture(text)].sort((x, y) => x.from - y.from || y.to - x.to);
  let origin: Int32Array | null = null;
  let read = text;
  if (edits.length > 0) {
    const kept: string[] = [];
    origin = new Int32Array(text.length + 1);
    let n = 0;
    let from = 0;
    const keep = (to: number) => {
      for (let i = from; i < to; i++) origin![n++] = i;
      kept.push(text.slice(from, to));
    };
    for (const edit of edits) {
      if (edit.from < from) continue; // within an edit already made
      keep(edit.from);
      for (let k = 0; k < edit.by.length; k++) origin[n++] = edit.from + k;
      kept.push(edit.by);
      from = edit.to;
    }
    keep(text.length);
    origin[n] = text.length;
    origin = origin.subarray(0, n + 1);
    read = kept.join('');
  }
  read = quotedInSingles(cellsRejoined(unwrapped(read.replace(SAME_LENGTH_CHARS, (ch) => SAME_LENGTH[ch]))));
  if (read === text) return { text, original: (offset) => offset };
  const map = origin;
  return {
    text: read,
    original: (offset, end = false) => {
      if (!map) return offset;
      // an end is one past the last character read, so that a character removed after it stays out of the span
      return end && offset > 0 ? map[offset - 1] + 1 : map[offset];
    },
  };
}

const removals = (text: string): Edit[] => [...text.matchAll(REMOVED)].map((m) => ({ from: m.index, to: m.index + m[0].length, by: '' }));

/**
 * Page and web furniture lines, each removed with its line break; where such a line broke a sentence — the line
 * before it open, the next one going on in lower case or with a number, or the line before ending on a word no
 * sentence ends on ("about") — the line breaks around it go too, read as one space, so that the sentence reads whole.
 */
function furniture(text: string): Edit[] {
  const out: Edit[] = [];
  for (const m of text.matchAll(FURNITURE)) {
    const at = m.index;
    const end = at + m[0].length;
    const before = /([^\n]*\S)([ \t\r]*\n[ \t\r\n]*)$/.exec(text.slice(Math.max(0, at - 200), at));
    const after = /^([ \t\r]*\n[ \t\r\n]*)(\S)/.exec(text.slice(end, end + 200));
    const broken = before && after && OPEN_END.test(before[1]) && (/[\p{Ll}\d]/u.test(after[2]) || GOES_ON.test(before[1]));
    if (broken) out.push({ from: at - before[2].length, to: end + after[1].length, by: ' ' });
    else out.push({ from: at, to: end + (/^\r?\n/.exec(text.slice(end, end + 2))?.[0].length ?? 0), by: '' });
  }
  return out;
}

/** The text with `[from, to)` made spaces, a character for a character. */
const blanked = (text: string, spans: [number, number][]): string => {
  if (spans.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const [from, to] of spans) {
    const start = Math.max(from, at);
    parts.push(text.slice(at, start), text.slice(start, to).replace(/[^\s]|[\n\r]/g, ' '));
    at = Math.max(to, at);
  }
  parts.push(text.slice(at));
  return parts.join('');
};

/** A line that is a list's item or a table's row, which its own line break ends: a bullet, a marker, cells. */
const ITEM_OR_ROW = new RegExp(`^[ \\t]*(?:${ITEM_MARK}[ \\t]|[[(]?\\d{1,2}:\\d{2})|\\t|\\||\\S {2,}\\S|\\.{4,}|…{2,}`, 'i');
/** A word no headline, label or sentence ends on: a line ending with it goes on on the next line. */
const GOES_ON =
  /\b(?:the|a|an|of|to|in|on|at|by|for|from|with|and|or|but|than|that|which|who|whom|whose|said|says|told|about|some|nearly|almost|over|as|its|their|his|her|our|between|into|including|among|were|was|are|is|had|have|has)[ \t]*$/i;

/**
 * The text with the line breaks of a hard-wrapped paragraph made spaces: e-mail wrapped at 72 columns, a PDF's column.
 * In a paragraph of three lines or more, all but its last about as long as its longest and one of them evidently
 * broken inside a sentence (the next line going on in lower case, or the line ending on "the", "of", "about"), a line
 * was wrapped where the next line's first word would not have fitted on it within the longest line (a headline above
 * a paragraph is shorter than that; a letterhead's lines are of many lengths); a line ending on a word no sentence
 * ends on goes on in any paragraph. Lists, tables, dot leaders and transcripts' time codes keep their lines.
 */
function unwrapped(text: string): string {
  if (!text.includes('\n')) return text;
  const spans: [number, number][] = [];
  const block = /(?:[^\n]*\S[^\n]*(?:\n|$))+/g;
  for (const m of text.matchAll(block)) {
    const lines = m[0].replace(/\n$/, '').split('\n');
    if (lines.length < 2 || lines.some((line) => ITEM_OR_ROW.test(line))) continue;
    const lengths = lines.map((line) => line.trimEnd().length);
    const longest = Math.max(...lengths);
    // a wrapped paragraph: three lines or more, all but the last about as long as the longest, and a sentence going on
    // in lower case on the next line
    const open =
      lines.length >= 3 &&
      lengths.slice(0, -1).every((n) => n >= 0.6 * longest) &&
      lines.slice(0, -1).some((line, i) => (OPEN_END.test(line.trimEnd()) && /^\s*\p{Ll}/u.test(lines[i + 1])) || GOES_ON.test(line));
    let at = m.index;
    for (let i = 0; i < lines.length - 1; i++) {
      at += lines[i].length;
      // wrapped where the next line's first word would not have fitted on this one
      const next = /^\s*\S*/.exec(lines[i + 1])![0].length;
      if ((open && lengths[i] + 1 + next > longest) || GOES_ON.test(lines[i])) spans.push([at, at + 1]);
      at += 1;
    }
  }
  return blanked(text, spans);
}

/** A table's cell separators: bars and tabs. */
const CELL = /[|\t]/g;

/**
 * The text with the line breaks made spaces that broke a number inside a table's cell: "Tajikistan | 2\n500 | 17" is the
 * row "Tajikistan | 2 500 | 17" wrapped at the space between the number's groups (read, it gave 2 and 500 in the wrong
 * columns, and the table's other rows lost their columns' headings). A row ending on one to three digits after a cell's
 * separator goes on on the next line when that line opens with three digits and the two lines' separators together make
 * as many as the widest row of the table has, which neither line alone does.
 */
function cellsRejoined(text: string): string {
  if (!/[|\t][ \t]*\d{1,3}[ \t]*\n\d{3}/.test(text)) return text;
  const lines = text.split('\n');
  const cells = lines.map((line) => (line.match(CELL) ?? []).length);
  // each line's table width: the most separators a line of its run of lines with separators has
  const width = cells.slice();
  for (let i = 1; i < lines.length; i++) if (cells[i] > 0 && cells[i - 1] > 0) width[i] = Math.max(width[i], width[i - 1]);
  for (let i = lines.length - 2; i >= 0; i--) if (cells[i] > 0 && cells[i + 1] > 0) width[i] = Math.max(width[i], width[i + 1]);
  const spans: [number, number][] = [];
  let at = 0;
  for (let i = 0; i < lines.length - 1; i++) {
    at += lines[i].length;
    if (
      cells[i] > 0 &&
      cells[i + 1] > 0 &&
      cells[i] + cells[i + 1] === width[i] &&
      /[|\t][ \t]*\d{1,3}[ \t]*$/.test(lines[i]) &&
      /^\d{3}(?![\d,.])/.test(lines[i + 1])
    )
      spans.push([at, at + 1]);
    at += 1;
  }
  return blanked(text, spans);
}

/**
 * The text with a quotation in single curly quotation marks (‘…’, as British and Australian papers print them) marked as
 * one in double marks (“…”), a character for a character, so that every rule reading quotations reads it. An opening
 * mark starts a word after a space, a bracket or a dash (not "‘90s"); its closing one is the next right mark in the
 * paragraph that is no apostrophe: not between two letters ("don’t", "the ministry’s"), nor a plural's possessive
 * before a lower-case word ("the officials’ figures"). Only words said are read so: a title or a term is not.
 */
function quotedInSingles(text: string): string {
  if (!text.includes('\u2018')) return text;
  const chars = [...text];
  let k = 0;
  for (const m of text.matchAll(/(?<=^|[\s([—–-])\u2018(?=[\p{L}\d\u201c"])(?!\d\ds\b)/gu)) {
    if (m.index < k) continue;
    const rest = text.slice(m.index + 1);
    const end = /\n\s*\n|\u2018/.exec(rest)?.index ?? rest.length;
    const close = /(?<![\p{L}])\u2019|\u2019(?![\p{L}])(?<!s\u2019(?= \p{Ll}))/u.exec(rest.slice(0, end));
    // a quotation's words end on its punctuation or hold a figure; a title or a term in single marks ("Your article ‘The
    // forgotten jihadists’, published…", ‘extremist tourists’) is left as written
    if (!close || !/[,.!?…]$|\d/.test(rest.slice(0, close.index))) continue;
    chars[m.index] = '\u201c';
    chars[m.index + 1 + close.index] = '\u201d';
    k = m.index + 1 + close.index + 1;
  }
  return chars.join('');
}
