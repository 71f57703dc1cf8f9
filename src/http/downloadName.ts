import type { Request } from 'express';

/** 20261127T042900Z */
export function stamp(at: Date): string {
  return at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** The most characters a filter's value takes in a file name. */
const VALUE_CHARS = 40;

/**
 * A filter's value as it stands in a file name: letters, digits and dots, its other characters one hyphen. A value longer
 * than VALUE_CHARS keeps the whole items (countries of a list, words of a search) that fit and says how many it leaves
 * out ("001-AD-AE-AF-AG-AI-AL-AM-AO-and-242-more"; a first item too long is cut and ends "-cut"): a world
 * comparison's 251 places had been cut mid-list at 40 characters, a name that read as the countries the file holds.
 */
export function nameValue(value: string): string {
  const whole = value.replace(/[^A-Za-z0-9.-]+/g, '-');
  if (whole.length <= VALUE_CHARS) return whole;
  const items = whole.split('-').filter(Boolean);
  for (let kept = items.length - 1; kept > 0; kept--) {
    const named = [...items.slice(0, kept), `and-${items.length - kept}-more`].join('-');
    if (named.length <= VALUE_CHARS) return named;
  }
  // Its first item alone is too long: cut, and said to be (a value of hyphens and blanks alone has no item at all).
  return `${(items[0] ?? '').slice(0, VALUE_CHARS - 4)}-cut`.replace(/^-/, '');
}

/**
 * The one rule for a file the API sends (an export, a comparison's CSV, a citation): its name says what it holds, with
 * the filters of `params` the request gave (each by `nameValue`), and when it was made (`at`), so two downloads of
 * different views never take the same name: claims_country-KZ_20261127T042900Z.csv,
 * compare-sources_country-KZ_metric-women_….csv, claim-7_citation.bib. The name stays a plain token of the header,
 * whatever was asked.
 */
export function downloadName(what: string, req: Request, params: readonly string[], at: Date | null, ext: string): string {
  const filters = params.filter((p) => typeof req.query[p] === 'string').map((p) => `${p}-${nameValue(String(req.query[p]))}`);
  return [what, ...filters, ...(at ? [stamp(at)] : [])].join('_').slice(0, 200) + `.${ext}`;
}
