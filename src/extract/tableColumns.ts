/**
 * A table pasted as text: rows of cells split by "|", tabs or runs of spaces, a heading row above them. A figure in a
 * cell is told by its column's heading ("Returned", "Prosecuted") as a figure in a sentence is told by its verb.
 */
import { lowerBound } from './sorted';

/** A bullet or a dash opening a list's item, as a pattern's source. */
export const BULLET_MARK = '[*•·▪‣◦–—-]';
/** A list item's opening mark, as a pattern's source: a bullet, a dash or a marker ("*", "•", "-", "1.", "(a)"). */
export const ITEM_MARK = `(?:${BULLET_MARK}|\\(?[a-z0-9]{1,3}[.)])`;

/** The longest line read as a table's row. */
export const MAX_ROW_CHARACTERS = 1_000;

/**
 * Where a row's cells start and end, in text offsets; null for a line that is no row of a table (fewer than `least`
 * cells). Cells are split by bars, else tabs, else (when `spaced`) runs of spaces.
 */
function cellsOf(text: string, start: number, end: number, least = 3, spaced = true): { start: number; end: number }[] | null {
  // a line this long is a paragraph, not a row: not split (each number of a text pasted as one line had split the whole
  // line, cell by cell, and looked for its heading as far as 40 such lines up)
  if (end - start > MAX_ROW_CHARACTERS) return null;
  const line = text.slice(start, end);
  const separator = line.includes('|') ? /\s*\|\s*/g : line.includes('\t') ? /\s*\t\s*/g : spaced ? / {2,}/g : null;
  if (!separator) return null;
  const cells: { start: number; end: number }[] = [];
  let from = 0;
  for (const m of line.matchAll(separator)) {
    cells.push({ start: start + from, end: start + m.index! });
    from = m.index! + m[0].length;
  }
  cells.push({ start: start + from, end });
  // a leading or trailing "|" leaves an empty cell at an end of the row
  const filled = cells.filter((c, k) => !(c.start === c.end && (k === 0 || k === cells.length - 1)));
  return filled.length >= least ? filled : null;
}

/**
 * Whether the line [start, end) is a row of a table: three cells or more; or, for the rows a list's colon may open, two
 * cells split by a bar or a tab ("Banadir | 40", "Jubaland\t25"; `{ least: 2, spaced: false }`).
 */
export function isTableRow(text: string, start: number, end: number, shape: { least?: number; spaced?: boolean } = {}): boolean {
  return cellsOf(text, start, end, shape.least ?? 3, shape.spaced ?? true) !== null;
}

/**
 * The offsets of the line breaks of the text read last: each number asks where its line starts and ends, and a scan
 * for the break from the number had been as long as the line (a text pasted as one line of thousands of figures took
 * minutes).
 */
let breaksOf: { text: string; at: number[] } | null = null;
function lineBreaks(text: string): number[] {
  if (breaksOf?.text !== text) {
    const at: number[] = [];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) at.push(i);
    breaksOf = { text, at };
  }
  return breaksOf.at;
}
/** The first break at or after `from`, by halving. */
const breakFrom = (breaks: number[], from: number): number => lowerBound(breaks, (b) => b, from);
/** Where the line holding `at` starts: after the last break before `at` (as `text.lastIndexOf('\n', at - 1) + 1`). */
export const lineStart = (text: string, at: number): number => {
  if (text.length < LINE_INDEX_FROM) return text.lastIndexOf('\n', at - 1) + 1;
  // (as lastIndexOf, which looks at offset 0 for a start before it)
  if (at <= 0) return text[0] === '\n' ? 1 : 0;
  const breaks = lineBreaks(text);
  const k = breakFrom(breaks, at);
  return k > 0 ? breaks[k - 1] + 1 : 0;
};
/** Where the line holding `at` ends: its break at or after `at`, else the text's end. */
export const lineEnd = (text: string, at: number): number => {
  if (text.length < LINE_INDEX_FROM) {
    const e = text.indexOf('\n', at);
    return e < 0 ? text.length : e;
  }
  const breaks = lineBreaks(text);
  const k = breakFrom(breaks, Math.max(0, at));
  return k < breaks.length ? breaks[k] : text.length;
};
/** Texts shorter than this find their lines' ends by a scan (an index would cost more than it saves). */
const LINE_INDEX_FROM = 20_000;

/**
 * The label of the row a figure at `at` stands in: the row's first cell, in words, when the figure is in another cell
 * ("In Syria or Iraq | 92", "Unknown\t57"); null outside a table. A row labelled in words says what its own figures
 * are, as a heading does.
 */
export function rowLabel(text: string, at: number): { start: number; end: number } | null {
  const start = lineStart(text, at);
  const end = lineEnd(text, at);
  const row = cellsOf(text, start, end, 2, false) ?? cellsOf(text, start, end);
  const label = row?.[0];
  return label && label.end <= at && /\p{L}/u.test(text.slice(label.start, label.end)) ? label : null;
}

/**
 * The heading of the column a figure at `at` stands in: the cell in the same place of the nearest row above with as many
 * cells (or one fewer, the corner over the row labels left blank) and no digit in that cell, or words in every cell (rows
 * of "---" between them are passed over); null outside a table.
 */
export function columnHeading(text: string, at: number): { start: number; end: number } | null {
  const start = lineStart(text, at);
  const row = cellsOf(text, start, lineEnd(text, at));
  if (!row) return null;
  const column = row.findIndex((c) => c.start <= at && at < c.end);
  if (column <= 0) return null;
  for (let above = start - 1, seen = 0; above > 0 && seen < 40; seen++) {
    const s = lineStart(text, above);
    const line = text.slice(s, above);
    if (!line.trim()) return null; // a blank line ends the table
    const cells = /^[\s|:+-]+$/.test(line) ? null : cellsOf(text, s, above, 2);
    // a heading row over a column of row labels may leave that column's heading blank: "            Wanted    Arrested"
    const blankCorner = cells && cells.length === row.length - 1 && /^[ \t]/.test(line) ? 1 : 0;
    if (cells && cells.length + blankCorner === row.length) {
      const heading = cells[column - blankCorner];
      // a heading names its column in words: every cell of its row holds a letter ("Wanted (2025)" too), as no data row's does
      const words = cells.every((c) => /\p{L}/u.test(text.slice(c.start, c.end)));
      if (heading && heading.end > heading.start && (words || !/\d/.test(text.slice(heading.start, heading.end)))) return heading;
    } else if (!/^[\s|:+-]+$/.test(line)) return null; // a line that is no row of this table ends it
    above = s - 1;
  }
  return null;
}
