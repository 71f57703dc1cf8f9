/** The bulk import's operation of the OpenAPI document. */
import { errors, idempotencyKey, json, problem, ref, secured } from './openapiParts';

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
  'Every line that gives no `reason` takes the `reason` query parameter (a line that changes a stored record with neither records the import\'s own, "import, line N"); the author of every revision is the API key\'s name.',
].join('\n\n');
const reasonParam = {
  name: 'reason',
  in: 'query',
  required: false,
  description: "Why: recorded in the revisions of every line that gives none (all of a CSV's).",
  schema: { type: 'string', minLength: 1, maxLength: 2000 },
};

/** The path of the bulk import. */
export const importPaths = () => ({
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
        '415': problem(
          'Neither NDJSON nor CSV; a charset the format is not read in (NDJSON: utf-8; CSV: utf-8 or utf-16); a Content-Encoding other than gzip, deflate or br.',
        ),
        '422': problem('One or more lines fail; `errors` lists line, field and message. Nothing was saved.'),
      },
    },
  },
});
