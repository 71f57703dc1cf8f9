import { readableDate } from '../../dates';

/**
 * An instant the ledger keeps (a claim recorded or changed, a revision, a document retrieved, the `as_recorded` a page
 * shows) in words, in UTC and saying so: "5 December 2026, 19:47:07 UTC". Pages had shown the UTC date alone
 * ("2026-12-05", a day later in Almaty for an evening edit) or the stored form ("2026-01-01T00:00:00.000Z"). To the
 * second: the `<time>` element's datetime keeps the fraction. Text that is not an instant is shown as it is.
 */
export function instantInWords(iso: string): string {
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return iso;
  const at = t.toISOString();
  return `${readableDate(at.slice(0, 10))}, ${at.slice(11, 19)} UTC`;
}

/** An instant as a `<time>` element: its words (instantInWords) for readers, the stored instant for machines. */
export function Instant({ at }: { at: string }) {
  return <time dateTime={at}>{instantInWords(at)}</time>;
}
