/** The export and citation operations of the OpenAPI document, their parameters and records from the export's own columns. */
import { CITATION_FORMATS } from '../cite/format';
import { CITATION_STYLES } from '../cite/styles';
import { CLAIM_EXPORT_COLUMNS, REVISION_EXPORT_COLUMNS } from '../export/claimRows';
import { EXPORT_FILTER_PARAMS } from '../export/parseExportParams';
import { type Column, EXPORT_FORMATS } from '../export/serialize';
import { bomQuery, errors, filterParams, idParam, problem, q } from './openapiParts';

const JSON_TYPES: Record<Column['kind'], object> = {
  text: { type: ['string', 'null'] },
  code: { type: ['string', 'null'] },
  number: { type: ['number', 'null'] },
  integer: { type: ['integer', 'null'] },
  date: { type: ['string', 'null'] },
  timestamp: { type: 'string', format: 'date-time' },
  list: { type: 'array', items: { type: ['integer', 'string'] } },
  json: { type: 'object' },
};

/** An export record as a JSON object, described column by column. */
const exportRecord = (columns: readonly Column[]) => ({
  type: 'object',
  properties: Object.fromEntries(columns.map((c) => [c.name, { ...JSON_TYPES[c.kind], description: c.description }])),
  required: columns.map((c) => c.name),
});

const attachment = {
  'Content-Disposition': {
    description: 'attachment; filename="claims_country-KZ_20261127T042900Z.csv": what was exported, with which filters, and when (UTC).',
    schema: { type: 'string' },
  },
};

/** The export and citation operations (issue 4). */
export function exportPaths(): Record<string, unknown> {
  const filters = filterParams(EXPORT_FILTER_PARAMS);
  const text = (description: string) => ({ schema: { type: 'string', description } });
  return {
    '/v1/export/claims': {
      get: {
        summary: 'Export claims, streamed: one row per claim × source (or per revision)',
        description:
          'Every provenance column; superseded and retracted claims are included and flagged unless filtered out with `status`. ' +
          'Streamed from PostgreSQL through a cursor: memory stays flat, the first bytes come at once, a client that disconnects ends the query. ' +
          'CSV is RFC 4180, UTF-8, CRLF, with a header row; list cells (location, authors, relation ids) are joined with ";"; text cells beginning with = + - @ tab or CR ' +
          'get a leading apostrophe against spreadsheet formula injection (numeric cells such as a value of -5 are left as numbers). NDJSON and JSON carry the values unchanged.',
        parameters: [
          ...filters,
          q(
            'format',
            'csv (default), ndjson, json (one array) or xlsx (an Excel workbook: numbers as numbers, text never a formula; the CSV is what POST /v1/import reads back).',
            { type: 'string', enum: [...EXPORT_FORMATS], default: 'csv' },
          ),
          q('include', '`revisions`: export the revision history of the selected claims instead (who, when, what changed, why).', {
            type: 'string',
            enum: ['revisions'],
          }),
          bomQuery,
        ],
        responses: {
          '200': {
            description: 'The export, streamed. Columns: see the JSON schema (the CSV header has the same names, in the same order).',
            headers: attachment,
            content: {
              'text/csv': text('RFC 4180 CSV with a header row.'),
              'application/x-ndjson': text('One JSON object per line.'),
              'application/json': {
                schema: { type: 'array', items: { oneOf: [exportRecord(CLAIM_EXPORT_COLUMNS), exportRecord(REVISION_EXPORT_COLUMNS)] } },
              },
            },
          },
          '400': errors['400'],
          '401': errors['401'],
        },
      },
    },
    '/v1/export/datapackage': {
      get: {
        summary: 'The whole ledger as a Frictionless Data Package (zip)',
        description:
          'datapackage.json (a table schema per resource: field types and descriptions from the database’s column comments, primary and foreign keys, ' +
          'licence and sources) and data/<table>.csv for countries, metrics, groups, actors, actor_affiliations, documents, claims, claim_sources, claim_relations ' +
          'and revisions, read in one consistent snapshot. Cells are exactly as stored (no formula escaping) so that the package loads back: ' +
          'see scripts/load-datapackage.ts.',
        responses: {
          '200': {
            description: 'A zip archive, streamed.',
            headers: attachment,
            content: { 'application/zip': { schema: { type: 'string', contentMediaType: 'application/zip' } } },
          },
          '400': errors['400'],
          '401': errors['401'],
        },
      },
    },
    '/v1/claims/{id}/citation': {
      get: {
        summary: 'A citation of the claim: claimant, figure, what it counts, when, the reporting document, access date',
        description:
          'A retracted or superseded claim’s citation says so and names what superseded it. An unknown date is written “n.d.” or “date not given”, never invented.',
        parameters: [
          idParam,
          q('format', 'text (default), markdown, html, csl-json (CSL-JSON array), bibtex or ris.', {
            type: 'string',
            enum: [...CITATION_FORMATS],
            default: 'text',
          }),
          q(
            'style',
            'ledger (default: the ledger’s own wording) or a CSL style rendered with citeproc-js for the document reference; text and html only.',
            { type: 'string', enum: [...CITATION_STYLES], default: 'ledger' },
          ),
          q(
            'accessed',
            'Access date to cite, YYYY-MM-DD. Default: the document’s retrieved_at, else the date of the request (UTC) for a document with a URL; none for a document with neither URL nor retrieval date.',
            {
              type: 'string',
              format: 'date',
            },
          ),
        ],
        responses: {
          '200': {
            description: 'The citation.',
            content: {
              'text/plain': text('Plain text.'),
              'text/markdown': text('Markdown, the title linked.'),
              'text/html': text('An HTML paragraph.'),
              'application/vnd.citationstyles.csl+json': { schema: { type: 'array', items: { type: 'object', required: ['id', 'type'] } } },
              'application/x-bibtex': text('A BibTeX @misc entry per reporting document.'),
              'application/x-research-info-systems': text('An RIS record per reporting document.'),
            },
          },
          '400': errors['400'],
          '404': problem('No such claim.'),
        },
      },
    },
  };
}

/** Rewrites `file.json#/$defs/Name` and `#/$defs/Name` to component references. */
