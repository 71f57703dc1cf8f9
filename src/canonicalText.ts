/**
 * Text as the ledger keeps and compares it: Unicode's composed form, NFC (what the W3C asks of text on the web). "é"
 * written as one character (U+00E9) and as "e" followed by a combining acute accent (U+0301, as macOS, text copied from
 * some PDFs and some keyboards write it) read the same to everyone; kept as sent they were two texts, so "Curaçao"
 * typed decomposed was "not a known country", a quote did not "occur exactly" in a document's text stored in the
 * other form, and two claim keys that read the same were two claims. Every string of every body that is stored, and
 * every query parameter, is read in this form (src/validate.ts, src/query.ts), and so is every name of a place or
 * group looked up (src/vocab/store.ts), and a document's text whoever stores it (src/documents/service.ts). A quote is
 * looked for in its document's text in either form and kept as the text writes it (writtenForms). Invisible characters
 * (zero-width spaces and joiners) are not touched: they are text in some scripts (a Persian name's zero-width
 * non-joiner), so two names differing by one stay two names.
 */
export function canonicalText(text: string): string {
  return MAY_DECOMPOSE.test(text) ? text.normalize('NFC') : text;
}

/**
 * Text below U+0300 (ASCII, Latin-1, the Latin extensions, IPA) is composed already, whatever follows what: every
 * combining mark and every character NFC replaces lies at or above it. Most text is such, and normalize() costs about
 * what JSON.parse does; the test, a twentieth of it.
 */
const MAY_DECOMPOSE = /[\u0300-\uffff]/;

/**
 * The ways a text may be written in a stored text: as given, composed and decomposed. A quote is looked for in each,
 * and kept in the form its document's text has, so that it stays an exact substring of it: texts stored before the
 * ledger read text in the composed form may hold the decomposed one.
 */
export function writtenForms(text: string): string[] {
  return [...new Set([text, text.normalize('NFC'), text.normalize('NFD')])];
}
