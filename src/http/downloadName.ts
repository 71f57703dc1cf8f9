import type { Request } from 'express';

/** 20261127T042900Z */
export function stamp(at: Date): string {
  return at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/**
 * The one rule for a file the API sends (an export, a comparison's CSV, a citation): its name says what it holds, with
 * the filters of `params` the request gave, and when it was made (`at`), so two downloads of different views never take
 * the same name: claims_country-KZ_20261127T042900Z.csv, compare-sources_country-KZ_metric-women_….csv,
 * claim-7_citation.bib. Only letters, digits, dots and hyphens of the values are kept: the name stays a plain token of
 * the header, whatever was asked.
 */
export function downloadName(what: string, req: Request, params: readonly string[], at: Date | null, ext: string): string {
  const filters = params
    .filter((p) => typeof req.query[p] === 'string')
    .map(
      (p) =>
        `${p}-${String(req.query[p])
          .replace(/[^A-Za-z0-9.-]+/g, '-')
          .slice(0, 40)}`,
    );
  return [what, ...filters, ...(at ? [stamp(at)] : [])].join('_').slice(0, 200) + `.${ext}`;
}
