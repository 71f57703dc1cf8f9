/**
 * Control characters in text: C0 controls other than tab, line feed and carriage return, DEL, and the C1 controls
 * (U+0080–U+009F). No figure, quote, name, title, note or search has them: they are invisible on a page, break the XML
 * of an XLSX export (which may hold only tab, LF and CR below U+0020), and NUL cannot even be stored in PostgreSQL text.
 * Text that arrives with one (a paste from a PDF's form feed, a terminal's escape, text decoded in the wrong charset)
 * is refused naming its field, rather than stored and served as it is.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is this pattern's whole point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** What is wrong with text holding a control character (naming the first, as U+XXXX), or null when it holds none. */
export function controlCharacterFault(text: string): string | null {
  const found = CONTROL.exec(text);
  if (found === null) return null;
  return `must not contain control characters such as U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

const CONTROLS = new RegExp(CONTROL.source, 'g');

/**
 * Text as a page may echo it into a form's field: without its control characters. A query refused for one (`?q=%00`)
 * comes back in its form, and a NUL in an attribute's value is not valid HTML; the field keeps the rest as typed.
 */
export function withoutControlCharacters(text: string): string {
  return text.replace(CONTROLS, '');
}
