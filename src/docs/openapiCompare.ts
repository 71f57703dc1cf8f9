/** The comparison views' operations of the OpenAPI document, their parameters from the views' own filter lists. */
import { CITATION_FORMATS } from '../cite/format';
import { CITATION_STYLES } from '../cite/styles';
import { COMPARE_FILTERS, COMPARE_FORMATS, CompareView } from '../compare/parseCompareParams';
import { bomQuery, errors, filterParams, json, Op, q, ref } from './openapiParts';

const compareParams = (view: CompareView) => [
  ...filterParams(COMPARE_FILTERS[view], {
    metric: 'Metric code, several comma-separated; required. Several metrics of different units are flagged in `warnings`.',
    country:
      view === 'countries'
        ? 'The countries to compare, comma-separated (code, name or demonym); required. One row each, in this order.'
        : 'Country (code, name or demonym); required.',
    as_recorded:
      'Time travel: the view as the ledger stood at this instant, from the revisions (claims, their statuses and their supersedes/part_of links as recorded then).',
  }),
  ...(view === 'countries'
    ? [
        q(
          'as_of',
          'Only figures that hold by the end of this date (YYYY, YYYY-MM or YYYY-MM-DD) count: their as_of, else stated_on, is on or before it. Figures with neither cannot be placed and are left out.',
        ),
      ]
    : []),
  ...(view === 'sources'
    ? [
        q('limit', 'Rows per page, 1–1000 (default 100). Not with format=csv, which has every row.', {
          type: 'integer',
          minimum: 1,
          maximum: 1000,
        }),
      ]
    : []),
  ...(view === 'timeline'
    ? [
        q('limit', 'Claimants per page, 1–500 (default 50), each with all its figures. Not with format=csv, which has every claimant.', {
          type: 'integer',
          minimum: 1,
          maximum: 500,
        }),
      ]
    : []),
  ...(view === 'countries' ? [] : [q('cursor', 'Opaque cursor from the `next` link of a previous page.')]),
  q(
    'format',
    'json (default), csv (one line per row, with the claim links; every row, not a page) or citation (one citation per figure shown, in the view’s order; for sources and timeline, those of the page).',
    { enum: [...COMPARE_FORMATS] },
  ),
  bomQuery,
  q('citation_format', 'With format=citation: text (default), markdown, html, csl-json, bibtex or ris.', {
    type: 'string',
    enum: [...CITATION_FORMATS],
  }),
  q('style', 'With format=citation: ledger (default) or a CSL style, for text and html.', { type: 'string', enum: [...CITATION_STYLES] }),
  q('accessed', 'With format=citation: the access date to cite, YYYY-MM-DD.', { type: 'string', format: 'date' }),
];
const compareView = (summary: string, schema: string, view: CompareView, description: string): Op => ({
  summary,
  description,
  parameters: compareParams(view),
  responses: {
    '200': {
      description: 'OK',
      content: {
        ...json(ref(schema)),
        'text/csv': { schema: { type: 'string' } },
        'text/plain': {
          schema: {
            type: 'string',
            description: 'format=citation: the citations (or markdown, HTML, CSL-JSON, BibTeX, RIS with citation_format).',
          },
        },
      },
    },
    '400': errors['400'],
  },
});

/** The paths of the comparison views. */
export const comparePaths = () => ({
  '/v1/compare/sources': {
    get: compareView(
      'Every claimant’s latest figure for one country and metric, the spread, and whether they agree',
      'CompareSources',
      'sources',
      'One row per claimant with a current (active) figure: the latest by as_of, else stated_on, else the day it was recorded. Retracted figures never count; superseded ones count in `figures` but are never the latest. The spread is over the rows’ best values; `agreement` is consistent when every pair of rows’ intervals overlaps, divergent otherwise (`disagreement_count` pairs, up to 100 of them listed), insufficient with fewer than two intervals. Rows come a page at a time by claimant name, then id (`limit`, `cursor`, the `next` link and a Link header, as GET /v1/claims); `claimant_count`, the spread, agreement and warnings are over all rows on every page.',
    ),
  },
  '/v1/compare/timeline': {
    get: compareView(
      'Every figure over time, grouped by claimant, with the change from the previous one',
      'CompareTimeline',
      'timeline',
      'Figures (superseded ones included and marked; retracted ones never) in as_of order; unknown as_of last, then stated_on, then recording order. Each carries the change from the claimant’s previous figure with a number (1,100 → 1,500 is +400, +36.4%) and its supersedes links. Claimants come a page at a time (`limit`, `cursor`, `next`), each with all its figures; `claimant_count` and the warnings are over all of them.',
    ),
  },
  '/v1/compare/countries': {
    get: compareView(
      'One metric, several countries side by side',
      'CompareCountries',
      'countries',
      'One row per requested country: the preferred figure (ranked preferred, else the latest active figure with a number), its claimant and claim, how many claimants, and the range of all active figures’ best values. Countries without figures get a row of nulls.',
    ),
  },
});
