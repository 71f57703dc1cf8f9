/** The OpenAPI 3.1 document of the API, built from schemas/ and from the code's own lists of parameters. */
import { CITATION_FORMATS } from '../cite/format';
import { CLAIM_FILTER_NAMES } from '../claims/claimFilters';
import { COMPARE_FILTERS, CompareView } from '../compare/parseCompareParams';
import { CITATION_STYLES } from '../cite/styles';
import { JsonSchema, loadSchemas } from '../validate';
import { exportPaths } from './openapiExport';
import {
  Op,
  create,
  errors,
  filterParams,
  idParam,
  idempotencyKey,
  ifMatch,
  json,
  list,
  page,
  pageParams,
  problem,
  q,
  read,
  ref,
  secured,
  update,
} from './openapiParts';

const IMPORT_DESCRIPTION = [
  'NDJSON (`Content-Type: application/x-ndjson`): one JSON object per line, each tagged with `type`:',
  '`{"type":"actor","key":"abykaev","kind":"person","name":"Nurtai Abykaev","country":"KZ"}`',
  '`{"type":"document","key":"rferl-1","title":"…","publisher":"rferl","text":"…"}`',
  '`{"type":"claim","key":"kz-300","metric":"foreign_fighters","country":"KZ","approximation":"more_than","value":300,"value_text":"over 300","claimant":"abykaev","sources":[{"document":"rferl-1","quote":"…"}],"relations":[{"type":"derived_from","claim":"kz-150"}]}`',
  '`{"type":"relation","claim":"ru-1500","relation":"supersedes","target":"ru-1100"}`',
  'References (`publisher`, `claimant`, `document`, `claim`, `target`, `asserted_by`) are keys defined on an earlier line or stored by an earlier import, or numeric ids.',
  'Every line is validated (schemas/import.json) and checked by the same rules as the API (quotes must occur in stored text). One failing line rejects the whole import (422, `errors` list `line`, `field`, `message`); a good import commits in one transaction.',
  'Keys make re-imports safe: a record whose key is stored is updated (a new revision) when its content changed and left alone when not. A claim line with `id` updates that stored claim. The body is streamed and written in batches of 2,000 lines.',
  'CSV (`Content-Type: text/csv`): the file `GET /v1/export/claims?format=csv` writes, edited in a spreadsheet and sent back (UTF-8, with or without a BOM; `,` or, as Excel writes it in some locales, `;` between cells, which is read from the header line). ' +
    "The header must name exactly the export's columns. The rows of one claim follow each other (same `claim_id`, else same `key`; a new claim's further sources are rows with an empty `claim_id` and `source_position` above 0). " +
    "A claim with a `claim_id` (or a stored `key`) is updated when a cell differs (a new revision; `version`, if filled in, must still be the claim's) and left alone when not; a row without either creates a claim. " +
    "The cells read are the claim's own (key, metric, country, group, location, value, value_low, value_high, approximation, value_text, as_of, stated_on, context, claimant_id, rank, credibility, notes, supersedes, part_of, derived_from, contradicts, corroborates) and each source's document_id and quote; the others are the ledger's and are not imported. " +
    "The export's formula guard (a leading apostrophe) is taken off. A failing cell is reported with its file `line` and `column`; nothing is saved.",
  "Every claim and relation line that gives no `reason` takes the `reason` query parameter; the author of every revision is the API key's name.",
].join('\n\n');
const reasonParam = {
  name: 'reason',
  in: 'query',
  required: false,
  description: "Why: recorded in the revisions of every claim and relation line that gives none (all of a CSV's).",
  schema: { type: 'string', minLength: 1, maxLength: 2000 },
};

function rewriteRefs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rewriteRefs);
  if (node && typeof node === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) {
      out[k] = k === '$ref' && typeof v === 'string' ? v.replace(/^[\w.-]*#\/\$defs\//, '#/components/schemas/') : rewriteRefs(v);
    }
    return out;
  }
  return node;
}

/** The OpenAPI 3.1 document, generated from schemas/ (the same files that validate requests). */
export function buildOpenApi(schemas: JsonSchema[] = loadSchemas()): Record<string, unknown> {
  const components: Record<string, unknown> = {};
  for (const file of schemas) {
    for (const [name, def] of Object.entries((file.$defs ?? {}) as Record<string, unknown>)) components[name] = rewriteRefs(def);
  }
  const claimListParams = [
    q(
      'sort',
      'as_of, value or created_at, with - for descending; default id (recording order). Ties are broken by id. Unknown as_of or value come last ascending and first descending.',
      { enum: ['id', 'as_of', '-as_of', 'value', '-value', 'created_at', '-created_at'] },
    ),
    q(
      'facets',
      'Comma-separated: country, metric, claimant, group, status, rank, year (of as_of; null for undated claims). Adds `facets`: for each, how many matching claims (over all pages) have each value, most frequent first (at most 100 values).',
    ),
  ];
  const compareFilters = (view: CompareView) => [
    ...filterParams(COMPARE_FILTERS[view], {
      metric: 'Metric code(s); required. Several metrics of different units are flagged in `warnings`.',
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
      { enum: ['json', 'csv', 'citation'] },
    ),
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
    parameters: compareFilters(view),
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
  return {
    openapi: '3.1.0',
    info: {
      title: 'claims-ledger',
      version: '1',
      description:
        "Sourced numeric claims about extremism. A claim is somebody's statement of a figure, reported by a document, with the exact quote.",
    },
    servers: [{ url: '/' }],
    components: {
      schemas: components,
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'An API key; writes need role editor or admin.' } },
    },
    paths: {
      '/health': {
        get: {
          summary: 'Liveness and database check',
          responses: { '200': { description: 'OK', content: json({ type: 'object' }) }, '503': problem('The database is not reachable.') },
        },
      },
      '/v1/claims': {
        get: read(
          'List claims',
          ref('ClaimPage'),
          [...filterParams(CLAIM_FILTER_NAMES), ...claimListParams, ...pageParams],
          'Filters combine (AND; comma-separated values within one filter are OR). Keyset pagination: `limit` (1–500, default 50) and the opaque `cursor` of the `next` link (also sent as a Link header; null on the last page). An invalid filter or cursor is a 400 problem naming the parameter.',
        ),
        post: create(
          'Record a claim',
          'ClaimCreate',
          'Claim',
          'Needs a claimant and at least one source; quotes are checked against stored document text.',
        ),
      },
      '/v1/claims/{id}': {
        get: { ...read('One claim with its provenance', ref('Claim')), parameters: [idParam] },
        patch: update('Edit a claim (a new revision)', 'ClaimPatch', 'Claim'),
        delete: {
          summary: 'Retract a claim (soft delete with a reason)',
          security: secured,
          parameters: [idParam, q('reason', 'Why it is retracted (or send {"reason": …}).'), { ...ifMatch, required: false }],
          requestBody: { required: false, content: json(ref('Retraction')) },
          responses: {
            '200': { description: 'Retracted', content: json(ref('Claim')) },
            ...errors,
            '404': problem('Not found.'),
            '409': problem('Already retracted.'),
            '412': problem('If-Match is stale.'),
          },
        },
      },
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
      '/v1/claims/{id}/history': { get: { ...read('Revisions and supersession chain', ref('ClaimHistory')), parameters: [idParam] } },
      ...exportPaths(),
      '/v1/actors': {
        get: read('List actors', page('Actor'), [q('q', 'Name or alias contains.'), q('kind', 'Actor kind.'), ...pageParams]),
        post: create('Record an actor', 'ActorCreate', 'Actor'),
      },
      '/v1/actors/{id}': {
        get: { ...read('One actor', ref('Actor')), parameters: [idParam] },
        patch: update('Edit an actor', 'ActorPatch', 'Actor'),
      },
      '/v1/documents': {
        get: read('List documents', page('Document'), [
          q('q', 'Title contains.'),
          q('publisher', 'Publisher actor id.', { type: 'integer' }),
          ...pageParams,
        ]),
        post: create('Record a document', 'DocumentCreate', 'Document', 'With `text`, quotes of claims are verified against it.'),
      },
      '/v1/documents/{id}': {
        get: { ...read('One document, with its text', ref('Document')), parameters: [idParam] },
        patch: update('Edit a document', 'DocumentPatch', 'Document'),
      },
      '/v1/metrics': { get: read('List metrics', list('Metric')), post: create('Add a metric', 'MetricCreate', 'Metric') },
      '/v1/metrics/{code}': {
        get: {
          ...read('One metric', ref('Metric')),
          parameters: [{ name: 'code', in: 'path', required: true, schema: { type: 'string' } }],
        },
        patch: {
          summary: 'Correct a metric (admin only)',
          security: secured,
          parameters: [{ name: 'code', in: 'path', required: true, schema: { type: 'string' } }],
          requestBody: { required: true, content: json(ref('MetricPatch')) },
          responses: { '200': { description: 'Corrected', content: json(ref('Metric')) }, ...errors, '404': problem('Not found.') },
        },
      },
      '/v1/groups': { get: read('List groups', list('Group')), post: create('Add a group', 'GroupCreate', 'Group') },
      '/v1/groups/{ref}': {
        get: {
          ...read('One group, by slug or alias', ref('Group')),
          parameters: [{ name: 'ref', in: 'path', required: true, schema: { type: 'string' } }],
        },
        patch: {
          summary: 'Correct a group, by slug (admin only)',
          security: secured,
          parameters: [{ name: 'ref', in: 'path', required: true, schema: { type: 'string' } }],
          requestBody: { required: true, content: json(ref('GroupPatch')) },
          responses: { '200': { description: 'Corrected', content: json(ref('Group')) }, ...errors, '404': problem('Not found.') },
        },
      },
      '/v1/import': {
        post: {
          summary: 'Bulk import (NDJSON or the claims CSV, streamed, one transaction)',
          description: IMPORT_DESCRIPTION,
          security: secured,
          parameters: [idempotencyKey, reasonParam],
          requestBody: {
            required: true,
            content: {
              'application/x-ndjson': { schema: ref('ImportLine') },
              'text/csv': { schema: { type: 'string', description: 'The columns of GET /v1/export/claims?format=csv.' } },
            },
          },
          responses: {
            '200': { description: 'Imported', content: json(ref('ImportResult')) },
            ...errors,
            '415': problem('Neither NDJSON nor CSV.'),
            '422': problem('One or more lines fail; `errors` lists line, field and message. Nothing was saved.'),
          },
        },
      },
      '/v1/keys': {
        get: { ...read('List API keys (admin; secrets are never listed)', list('ApiKey')), security: secured },
        post: { ...create('Create an API key (admin); the secret is in this response only', 'ApiKeyCreate', 'ApiKeyWithSecret') },
      },
      '/v1/keys/{id}': {
        get: { ...read('One API key (admin)', ref('ApiKey')), parameters: [idParam], security: secured },
        delete: {
          summary: 'Revoke an API key (admin); it fails at once',
          security: secured,
          parameters: [idParam],
          responses: { '200': { description: 'Revoked', content: json(ref('ApiKey')) }, ...errors, '404': problem('Not found.') },
        },
      },
      '/v1/extract': {
        post: {
          summary:
            'Candidate claims from a text (editor): every figure that counts people, with its wording, value or bounds, metric, country, group, claimant, dates, quote and relations',
          description:
            'Send `{"text": …}` (pasted) or `{"document_id": …}` (the document\'s stored text; a document without text is a 422). ' +
            'Nothing is saved: accepting a candidate is a `POST /v1/claims`. Each candidate lists `existing_claim_ids`, the claims already held with the same claimant, ' +
            'metric, country and value or bounds, so that the document can be added as their source instead of a duplicate. ' +
            'A text with no such figure gets 200 with `candidates: []` and a `message`; a body over the size limit gets 413.',
          security: secured,
          requestBody: { required: true, content: json(ref('ExtractRequest')) },
          responses: {
            '200': { description: 'The candidates, in text order.', content: json(ref('Extraction')) },
            ...errors,
            '404': problem('No such document.'),
            '413': problem('Body too large.'),
            '422': problem('The document has no stored text.'),
          },
        },
      },
      '/v1/countries': {
        get: read('Countries, regions and groupings', list('Country'), [
          q('kind', 'country, region, grouping or world.'),
          q('q', 'Code, name, alias or demonym contains.'),
        ]),
      },
      '/v1/countries/{ref}': {
        get: {
          ...read('One country or region, by code, name or demonym', ref('Country')),
          parameters: [{ name: 'ref', in: 'path', required: true, schema: { type: 'string' } }],
        },
      },
    },
  };
}
