import { DATE_PRECISIONS, type Precision } from './closedSets';

/** A date written with its precision: 2014, 2014-11 or 2014-11-27 (the precisions are a closed set). */
export type { Precision };

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

/**
 * Whether a partial date begins after today (UTC, a day's grace for the time zones ahead of it): a statement made, or a
 * document published, on such a date has not happened yet, so the date is a typo ("2051" for "2015").
 */
export function beginsAfterToday(date: PartialDate, now = Date.now()): boolean {
  return Date.parse(`${date.date}T00:00:00Z`) > now + 86_400_000;
}

/** The message of a date that beginsAfterToday. */
export const NOT_YET = 'must not be after today: it is the date a statement was made or a document published';

/**
 * How much of a first day (YYYY-MM-DD) a partial date keeps at each precision: the one rule for writing a stored
 * date back, read by formatPartialDate here and by the SQL of partialDateSql and precisionOfTextSql.
 */
const WRITTEN_LENGTH: Record<Precision, number> = { year: 4, month: 7, day: 10 };
const PRECISIONS = DATE_PRECISIONS;

/** Writes a stored date back at its precision; null stays null (unknown). */
export function formatPartialDate(date: string | null, precision: string | null): string | null {
  if (date === null || precision === null) return null;
  return date.slice(0, WRITTEN_LENGTH[precision as Precision] ?? WRITTEN_LENGTH.day);
}

/**
 * formatPartialDate in SQL, over a date column and its precision column. `dayText` is the date as YYYY-MM-DD text:
 * to_char's by default, whatever the session's DateStyle.
 */
export function partialDateSql(column: string, precision: string, dayText = `to_char(${column}, 'YYYY-MM-DD')`): string {
  const lengths = PRECISIONS.map((p) => `WHEN '${p}' THEN ${WRITTEN_LENGTH[p]}`).join(' ');
  return `left(${dayText}, CASE ${precision} ${lengths} END)`;
}

/** The precision of a written partial date (SQL text expression), by its length; NULL when it is none. */
export function precisionOfTextSql(text: string): string {
  return `CASE length(${text}) ${PRECISIONS.map((p) => `WHEN ${WRITTEN_LENGTH[p]} THEN '${p}'`).join(' ')} END`;
}

/** The precision of a written partial date, by its length. */
export function precisionOfText(text: string): Precision | undefined {
  return PRECISIONS.find((p) => WRITTEN_LENGTH[p] === text.length);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A written partial date in words: 2014 → "2014", 2014-11 → "November 2014", 2014-11-27 → "27 November 2014". */
export function readableDate(date: string): string {
  const [y, m, d] = date.split('-');
  if (m === undefined) return y;
  const month = MONTHS[Number(m) - 1];
  return d === undefined ? `${month} ${y}` : `${Number(d)} ${month} ${y}`;
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
