/** Scales and ticks for the hand-written SVG charts (no d3: jest cannot load its ES modules). */

/**
 * Formatters built once: toLocaleString builds a new Intl formatter on every call, which made rendering a page
 * of a hundred figures take longer than the query behind it.
 */
const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const MONTH_SHORT = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** 1500 → "1,500". */
export const formatNumber = (n: number): string => NUMBER.format(n);
/** A month as "Nov 2013" (a tick of the time axis; dates in words are dates.ts's readableDate). */
export const formatMonth = (d: Date): string => MONTH_SHORT.format(d);

export interface Scale {
  (v: number): number;
  domain: [number, number];
  ticks: number[];
}

/** Round tick steps: 1, 2, 2.5 or 5 times a power of ten, about `count` of them over [0, max]. */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0) || !Number.isFinite(max)) return [0, 1];
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const ticks: number[] = [];
  for (let t = 0; t < max + step * 1e-9; t += step) ticks.push(+t.toPrecision(12));
  if (ticks[ticks.length - 1] < max) ticks.push(+(ticks[ticks.length - 1] + step).toPrecision(12));
  return ticks;
}

/** A position in pixels to a tenth: finer is invisible, and 17 digits per coordinate would be a third of a chart's bytes. */
const px = (v: number): number => Math.round(v * 10) / 10;

/** A linear scale from [0, a nice maximum ≥ max] onto [from, to] pixels. */
export function valueScale(max: number, from: number, to: number): Scale {
  const ticks = niceTicks(max);
  const top = ticks[ticks.length - 1];
  const f = ((v: number) => px(from + ((to - from) * v) / top)) as Scale;
  f.domain = [0, top];
  f.ticks = ticks;
  return f;
}

/**
 * The first day of a month, in UTC; a month past December is in a later year. Years 0–99 are those years, not
 * 1900–1999 as Date.UTC reads them (a figure as of the year 1 had been drawn in 1901 and labelled "0").
 */
function monthStart(year: number, month: number): Date {
  const d = new Date(0);
  d.setUTCFullYear(year, month, 1);
  return d;
}

/** A time scale over days since 1970 onto [from, to] pixels, with year ticks (month ticks within a year or two). */
export function timeScale(firstDay: number, endDay: number, from: number, to: number): Scale & { labels: { at: number; text: string }[] } {
  const span = Math.max(endDay - firstDay, 1);
  const f = ((d: number) => px(from + ((to - from) * (d - firstDay)) / span)) as Scale & { labels: { at: number; text: string }[] };
  f.domain = [firstDay, endDay];
  const start = new Date(firstDay * 86_400_000);
  const end = new Date(endDay * 86_400_000);
  const years = end.getUTCFullYear() - start.getUTCFullYear();
  const labels: { at: number; text: string }[] = [];
  if (years <= 2) {
    for (
      let d = monthStart(start.getUTCFullYear(), start.getUTCMonth());
      d <= end;
      d = monthStart(d.getUTCFullYear(), d.getUTCMonth() + (years === 0 ? 1 : 3))
    ) {
      const day = d.getTime() / 86_400_000;
      if (day >= firstDay) labels.push({ at: day, text: formatMonth(d) });
    }
  } else {
    const every = Math.max(1, Math.ceil(years / 8));
    for (let y = start.getUTCFullYear(); y <= end.getUTCFullYear(); y++) {
      const day = monthStart(y, 0).getTime() / 86_400_000;
      if (day >= firstDay && y % every === 0) labels.push({ at: day, text: String(y) });
    }
  }
  f.labels = apart(labels, f);
  f.ticks = f.labels.map((l) => l.at);
  return f;
}

/** A tick label's width per character at the charts' 12 px (DejaVu Sans, the widest of the fonts they fall back to). */
const LABEL_CHAR_PX = 7.5;
const LABEL_GAP_PX = 8;

/**
 * The labels, left to right, that a reader can tell apart: each kept one starts past the last one kept by the widest
 * label and a gap. Which labels to draw had been chosen by the span of time alone, so a small chart's axis over a year
 * ran them together ("Mar 2023Jun 2023Sept 2023" on a country page's chart, and worse at 375 px).
 */
function apart(labels: { at: number; text: string }[], at: (day: number) => number): { at: number; text: string }[] {
  const pitch = Math.max(0, ...labels.map((l) => l.text.length)) * LABEL_CHAR_PX + LABEL_GAP_PX;
  const kept: { at: number; text: string }[] = [];
  for (const l of labels) if (kept.length === 0 || Math.abs(at(l.at) - at(kept[kept.length - 1].at)) >= pitch) kept.push(l);
  return kept;
}

/** Axis labels' scales, largest first: a label keeps at most three significant digits before its letter. */
const SHORT_SCALES: [number, string][] = [
  [1e12, 'T'],
  [1e9, 'B'],
  [1e6, 'M'],
  [1e3, 'k'],
];

/**
 * 1500 → "1,500"; 25000 → "25k"; 2500000 → "2.5M"; 1e15 → "1,000T" for axis labels, which have room for a few
 * characters (a figure may be as large as 10^15: "1250000000M" had run off the chart).
 */
export function shortNumber(n: number): string {
  return Math.abs(n) < 1e4 ? formatNumber(n) : withLetter(n);
}

/** 8000 → "8k"; 1500 → "1.5k"; 2500000 → "2.5M" (from 1,000 up). */
function withLetter(n: number): string {
  const [size, letter] = SHORT_SCALES.find(([size]) => Math.abs(n) >= size)!;
  return `${formatNumber(+(n / size).toPrecision(3))}${letter}`;
}

/**
 * An axis's labels, written one way: when one of them needs a letter (10,000 and over) every one from 1,000 up takes
 * its letter too, so an axis reads "0, 2k, 4k, 6k, 8k, 10k", not "…, 8,000, 10k" (web52); else as shortNumber.
 */
export function tickLabels(ticks: readonly number[]): string[] {
  const lettered = ticks.some((t) => Math.abs(t) >= 1e4);
  return ticks.map((t) => (lettered && Math.abs(t) >= 1e3 ? withLetter(t) : shortNumber(t)));
}

export const fullNumber = (n: number | null): string => (n === null ? '—' : formatNumber(n));

/** Colours for series (claimants), all at least 4.5:1 on white; always paired with a text label, never the only cue. */
export const SERIES_COLOURS = ['#0b5cad', '#b3261e', '#1e6b35', '#7a3fa0', '#8a5a00', '#00677a', '#a3195b', '#4a4a4a'];

/** A line of text in a chart: where it starts (or ends, for `end`), its words, and how it is drawn. */
export interface TextLabel {
  x: number;
  y: number;
  anchor: 'start' | 'end';
  text: string;
  class?: string;
  colour?: string;
  /** Vertical shifts to try, in order, when the label meets one kept before it (none: it is left out). */
  shifts?: number[];
}

// The charts' text is 12px system-ui (style.css). Bold, in DejaVu Sans (Linux's usual system-ui), a label of figures
// is 8.1px a character as Chromium lays it out (digits 8.35px, "%" 12px): 7.2px let neighbours print over each other.
const CHAR_WIDTH = 8.4;
// Its box reaches above the baseline by the ascent and below it by the descent (DejaVu: 0.93em and 0.24em).
const ASCENT = 11.2;
const DESCENT = 2.9;

/**
 * The labels that overlap no label kept before them, in the order given (so the first given win), each moved by the
 * first of its `shifts` that gives it room, or left out: with many figures close together, such as hundreds of undated
 * ones in one band, their labels would print over each other into an unreadable smear. Such labels only repeat what
 * each mark's own label and the chart's table say, so one left out loses nothing. A label's width is estimated from its
 * length.
 */
export function uncluttered<T extends TextLabel>(labels: T[]): T[] {
  const kept: { x0: number; x1: number; y0: number; y1: number }[] = [];
  return labels.flatMap((l) => {
    const width = [...l.text].length * CHAR_WIDTH;
    const [x0, x1] = l.anchor === 'start' ? [l.x, l.x + width] : [l.x - width, l.x];
    for (const shift of [0, ...(l.shifts ?? [])]) {
      const box = { x0, x1, y0: l.y + shift - ASCENT, y1: l.y + shift + DESCENT };
      if (kept.some((k) => box.x0 < k.x1 && k.x0 < box.x1 && box.y0 < k.y1 && k.y0 < box.y1)) continue;
      kept.push(box);
      return [{ ...l, y: l.y + shift }];
    }
    return [];
  });
}
