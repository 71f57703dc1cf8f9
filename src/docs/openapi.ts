/** The OpenAPI 3.1 document of the API, built from schemas/ and from the code's own lists of parameters. */
import { CLAIM_SORTS } from '../claims/claimFilter';
import { CLAIM_FILTER_NAMES } from '../claims/claimFilters';
import { ACTOR_KINDS, PLACE_KINDS } from '../closedSets';
import { JsonSchema, loadSchemas } from '../validate';
import { comparePaths } from './openapiCompare';
import { exportPaths } from './openapiExport';
import { importPaths } from './openapiImport';
import {
  create,
  errors,
  filterParams,
  idParam,
  ifMatch,
  ifMatchRead,
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

/** A correction of a metric, group or place sent with an If-Match the record no longer has. */
const STALE_READ = problem('If-Match is stale: the record changed since it was read (`errors` names If-Match).');

/** The OpenAPI 3.1 document, generated from schemas/ (the same files that validate requests). */
export function buildOpenApi(schemas: JsonSchema[] = loadSchemas()): Record<string, unknown> {
  const components: Record<string, unknown> = {};
  for (const file of schemas) {
    for (const [name, def] of Object.entries((file.$defs ?? {}) as Record<string, unknown>)) components[name] = rewriteRefs(def);
  }
  const claimListParams = [
    q(
      'sort',
      'as_of, value or created_at, with - for descending; default id (recording order). Ties are broken by id. value orders by the figure’s best value (its value, else the middle of its range, as min_value/max_value read it). Claims without a date or without a number (vague) come last in either direction.',
      { enum: [...CLAIM_SORTS] },
    ),
    q(
      'facets',
      'Comma-separated: country, metric, claimant, group, status, rank, year (of as_of; null for undated claims). Adds `facets`: for each, how many matching claims (over all pages) have each value, most frequent first (at most 100 values).',
    ),
  ];
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
            '422': problem(
              'No reason in visible words, in the body or the query (left out, null or blank): refused as an edit without one is, its error on `/reason`.',
            ),
          },
        },
      },
      ...comparePaths(),
      '/v1/claims/{id}/history': { get: { ...read('Revisions and supersession chain', ref('ClaimHistory')), parameters: [idParam] } },
      ...exportPaths(),
      '/v1/actors': {
        get: read('List actors', page('Actor'), [
          q('q', 'Name or alias contains.'),
          q('kind', 'Actor kind.', { type: 'string', enum: [...ACTOR_KINDS] }),
          ...pageParams,
        ]),
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
          parameters: [{ name: 'code', in: 'path', required: true, schema: { type: 'string' } }, ifMatchRead],
          requestBody: { required: true, content: json(ref('MetricPatch')) },
          responses: {
            '200': { description: 'Corrected', content: json(ref('Metric')) },
            ...errors,
            '404': problem('Not found.'),
            '412': STALE_READ,
          },
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
          parameters: [{ name: 'ref', in: 'path', required: true, schema: { type: 'string' } }, ifMatchRead],
          requestBody: { required: true, content: json(ref('GroupPatch')) },
          responses: {
            '200': { description: 'Corrected', content: json(ref('Group')) },
            ...errors,
            '404': problem('Not found.'),
            '412': STALE_READ,
          },
        },
      },
      ...importPaths(),
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
            'Each candidate gives a `reasons` entry per field, and `alternatives`: for a field a rule decided between readings annotators split on, the other ' +
            'plausible readings with their reasons (`{"country": [{"value": null, "reason": "a state\'s own cases: no nationality stated"}]}`), `{}` when none. ' +
            'A text with no such figure gets 200 with `candidates: []` and a `message`; a body over the size limit gets 413. ' +
            'The work on a text is bounded (`READ_BOUNDS`): a sentence of more than 5,000 characters or 150 numbers is read in pieces within them (cut at line breaks, semicolons or commas); a piece no cut brings within them, and the numbers after the 5,000th, are not read, and a text past 250,000 characters is read up to the sentence that bound cuts, the rest one unread span; the answer lists those in `unread`, with why, and says so in `message`. ' +
            'A text still unread after 30 seconds is a 503 (`busy`, naming `text`, `Retry-After`): the same text may take as long again, so retry later, when the server is less busy, or send it in shorter parts.',
          security: secured,
          requestBody: { required: true, content: json(ref('ExtractRequest')) },
          responses: {
            '200': { description: 'The candidates, in text order.', content: json(ref('Extraction')) },
            ...errors,
            '404': problem('No such document.'),
            '413': problem('Body too large.'),
            '422': problem('The document has no stored text.'),
            '503': problem(
              'The extractor is busy (`busy`, naming `text`, with `Retry-After`): the texts waiting are at their limit, or this text was not read within 30 seconds.',
            ),
          },
        },
      },
      '/v1/countries': {
        get: read('Countries, their subdivisions, regions and groupings', list('Country'), [
          q('kind', `${PLACE_KINDS.join(', ')}. A subdivision (RU-CE) names the country it is within.`, {
            type: 'string',
            enum: [...PLACE_KINDS],
          }),
          q('q', 'Code, name, alias or demonym contains.'),
        ]),
        post: {
          ...create(
            'Add a subdivision (editor): an ISO 3166-2 code within an existing country (TJ-SU), its name, aliases and demonyms',
            'SubdivisionCreate',
            'Country',
            'Counts at once in filters, new claims, imports, pages and the extractor. A code that exists, or a word that already names another place, is a 409 naming the field; a code whose first two letters are not a country of the ledger is a 422.',
          ),
        },
      },
      '/v1/countries/{code}/words': {
        post: {
          summary: 'Add aliases or demonyms to a country or subdivision (editor), by code',
          security: secured,
          parameters: [{ name: 'code', in: 'path', required: true, schema: { type: 'string' } }],
          requestBody: { required: true, content: json(ref('PlaceWords')) },
          responses: {
            '200': { description: 'The place with its words', content: json(ref('Country')) },
            ...errors,
            '404': problem('Not found.'),
            '409': problem('A word already names another place (each such field named).'),
            '422': problem('The place is a region, grouping or the world: only an admin corrects it.'),
          },
        },
      },
      '/v1/countries/{ref}': {
        get: {
          ...read('One country, subdivision or region, by code (RU-CE, ru-ce), name (Chechnya) or demonym (Chechen)', ref('Country')),
          parameters: [{ name: 'ref', in: 'path', required: true, schema: { type: 'string' } }],
        },
        patch: {
          summary: 'Correct a place, by code (admin only): its name, and its aliases and demonyms (each list replaces the stored one)',
          security: secured,
          parameters: [{ name: 'ref', in: 'path', required: true, schema: { type: 'string' } }, ifMatchRead],
          requestBody: { required: true, content: json(ref('PlacePatch')) },
          responses: {
            '200': { description: 'Corrected', content: json(ref('Country')) },
            ...errors,
            '404': problem('Not found.'),
            '409': problem('A word already names another place (each such field named).'),
            '412': STALE_READ,
          },
        },
        delete: {
          summary:
            'Delete a subdivision an editor added that nothing names (admin only): no claim or actor names it, now or in any revision, nor a place within it or a grouping',
          security: secured,
          parameters: [{ name: 'ref', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            '204': { description: 'Deleted' },
            ...errors,
            '404': problem('Not found.'),
            '409': problem(
              'Claims or actors name the place, now or in their history (how many named: a history keeps its places, so correct its words instead), or places within it or a grouping name it.',
            ),
            '422': problem(
              'A subdivision the ledger ships with, or not a subdivision: countries, regions and groupings come with the ledger.',
            ),
          },
        },
      },
    },
  };
}
