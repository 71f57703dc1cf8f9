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
 * The years the ledger's dates lie in. Modern extremism's records begin in the twentieth century, and a projection
 * reaches decades ahead, not centuries: "as of 9999", "0214" for "2014" or "2941" for "2014" are typos, not facts.
 */
export const LEDGER_YEARS = { first: 1900, last: 2100 } as const;

/** The message of a date outside LEDGER_YEARS. */
export const OUT_OF_LEDGER_YEARS = `must lie between ${LEDGER_YEARS.first} and ${LEDGER_YEARS.last}`;

/**
 * The dates the ledger takes: a figure's as_of, a statement's stated_on, a document's published_on and retrieved_at (the
 * day of its instant), a role's from/to.
 */
export type LedgerDateField = 'as_of' | 'stated_on' | 'published_on' | 'retrieved_at' | 'from' | 'to';

/** Dates of something that has happened: a statement made, a document published or retrieved. */
const HAPPENED: ReadonlySet<LedgerDateField> = new Set(['stated_on', 'published_on', 'retrieved_at']);

/**
 * A document is retrieved from the web, which began in 1990: a retrieval before it, or after today, is a typo, and would
 * be a citation's access date.
 */
export const RETRIEVED_YEARS = { first: 1990 } as const;

/** The message of a retrieval outside RETRIEVED_YEARS or after today. */
export const NOT_RETRIEVED_THEN = `must lie between ${RETRIEVED_YEARS.first} and today`;

/**
 * The one rule on a date the ledger stores, whichever path brings it (API, forms, import, the workspace's accepted
 * candidates): within LEDGER_YEARS, and not after today when it dates something that has happened (a figure may hold
 * as of a future date, a projection; a role may be due to end). Null when the date is fine.
 */
export function ledgerDateFault(field: LedgerDateField, date: PartialDate, now = Date.now()): string | null {
  const year = Number(date.date.slice(0, 4));
  if (field === 'retrieved_at') return year < RETRIEVED_YEARS.first || beginsAfterToday(date, now) ? NOT_RETRIEVED_THEN : null;
  if (HAPPENED.has(field) && beginsAfterToday(date, now)) return NOT_YET;
  return year < LEDGER_YEARS.first || year > LEDGER_YEARS.last ? OUT_OF_LEDGER_YEARS : null;
}

/**
 * A stored date as a request gives it (null clears it), parsed, with its fault under the ledger's rule (ledgerDateFault)
 * added to `errors` at `pointer`: the one reading of a date for claims, documents and actors' roles.
 */
export function readLedgerDate(
  field: LedgerDateField,
  raw: string | null,
  pointer: string,
  errors: { field: string; message: string }[],
): PartialDate | null {
  const date = raw === null ? null : parsePartialDate(raw);
  const fault = date && ledgerDateFault(field, date);
  if (fault) errors.push({ field: pointer, message: fault });
  return date;
}

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
