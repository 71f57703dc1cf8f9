/** A date written with its precision: 2014, 2014-11 or 2014-11-27. */
export type Precision = 'year' | 'month' | 'day';

export interface PartialDate {
  /** First day of the period, YYYY-MM-DD. */
  date: string;
  precision: Precision;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses YYYY, YYYY-MM or YYYY-MM-DD; null when it is not a real calendar date. */
export function parsePartialDate(text: string): PartialDate | null {
  const m = PATTERN.exec(text);
  if (!m) return null;
  const [, y, mo, d] = m;
  const year = Number(y);
  if (year < 1) return null;
  if (mo === undefined) return { date: `${y}-01-01`, precision: 'year' };
  const month = Number(mo);
  if (month < 1 || month > 12) return null;
  if (d === undefined) return { date: `${y}-${mo}-01`, precision: 'month' };
  const day = Number(d);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return null;
  return { date: `${y}-${mo}-${d}`, precision: 'day' };
}

/** Writes a stored date back at its precision; null stays null (unknown). */
export function formatPartialDate(date: string | null, precision: string | null): string | null {
  if (date === null || precision === null) return null;
  if (precision === 'year') return date.slice(0, 4);
  if (precision === 'month') return date.slice(0, 7);
  return date.slice(0, 10);
}

/** The last day a partial date covers, YYYY-MM-DD. */
export function partialDateEnd(pd: PartialDate): string {
  const [y, m] = pd.date.split('-').map(Number);
  if (pd.precision === 'year') return `${String(y).padStart(4, '0')}-12-31`;
  if (pd.precision === 'month') {
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return `${pd.date.slice(0, 7)}-${String(last).padStart(2, '0')}`;
  }
  return pd.date;
}
