import { JsonSchema, loadSchemas } from '../http/validate';

type Op = Record<string, unknown>;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object) => ({ 'application/json': { schema } });
const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ref('Problem') } } });
const page = (item: string) => ({ type: 'object', properties: { data: { type: 'array', items: ref(item) }, next: { type: ['string', 'null'], description: 'Link to the next page; null on the last.' } }, required: ['data', 'next'] });
const list = (item: string) => ({ type: 'object', properties: { data: { type: 'array', items: ref(item) } }, required: ['data'] });
const q = (name: string, description: string, schema: object = { type: 'string' }) => ({ name, in: 'query', required: false, description, schema });
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } };
const ifMatch = { name: 'If-Match', in: 'header', required: true, description: 'The ETag of the version being edited.', schema: { type: 'string' } };
const pageParams = [q('limit', 'Page size, 1–500 (default 50).', { type: 'integer', minimum: 1, maximum: 500 }), q('cursor', 'Opaque cursor from a previous page.')];
const secured = [{ bearer: [] }];

const errors = {
  '400': problem('Malformed input: the failing fields are listed in `errors`.'),
  '401': problem('No or invalid API key.'),
  '403': problem('The key lacks the role.'),
  '429': { ...problem('Rate limit exceeded (per address or per key); see Retry-After.'), headers: { 'Retry-After': { description: 'Seconds to wait.', schema: { type: 'integer' } } } },
};
const idempotencyKey = { name: 'Idempotency-Key', in: 'header', required: false, description: 'Makes a retry safe: the first successful response is stored for 24 hours and replayed for the same key and body (header Idempotent-Replayed: true); the same key with another body is a 422. Scoped to the API key.', schema: { type: 'string', minLength: 1, maxLength: 200 } };
const IMPORT_DESCRIPTION = [
  'NDJSON (`Content-Type: application/x-ndjson`): one JSON object per line, each tagged with `type`:',
  '`{"type":"actor","key":"abykaev","kind":"person","name":"Nurtai Abykaev","country":"KZ"}`',
  '`{"type":"document","key":"rferl-1","title":"…","publisher":"rferl","text":"…"}`',
  '`{"type":"claim","key":"kz-300","metric":"foreign_fighters","country":"KZ","approximation":"more_than","value":300,"value_text":"over 300","claimant":"abykaev","sources":[{"document":"rferl-1","quote":"…"}],"relations":[{"type":"derived_from","claim":"kz-150"}]}`',
  '`{"type":"relation","claim":"ru-1500","relation":"supersedes","target":"ru-1100"}`',
  'References (`publisher`, `claimant`, `document`, `claim`, `target`, `asserted_by`) are keys defined on an earlier line or stored by an earlier import, or numeric ids.',
  'Every line is validated (schemas/import.json) and checked by the same rules as the API (quotes must occur in stored text). One failing line rejects the whole import (422, `errors` list `line`, `field`, `message`); a good import commits in one transaction.',
  'Keys make re-imports safe: a record whose key is stored is updated (a new revision) when its content changed and left alone when not. The body is streamed and written in batches of 1,000 lines.',
].join('\n\n');

function read(summary: string, schema: object, params: object[] = [], description?: string): Op {
  return { summary, description, parameters: params, responses: { '200': { description: 'OK', content: json(schema) }, '400': errors['400'], '404': problem('Not found.') } };
}

function create(summary: string, input: string, output: string, description?: string): Op {
  return {
    summary, description, security: secured,
    parameters: [idempotencyKey],
    requestBody: { required: true, content: json(ref(input)) },
    responses: { '201': { description: 'Created', content: json(ref(output)) }, ...errors, '409': problem('Conflicts with an existing record.'), '413': problem('Body too large.'), '422': problem('Breaks a rule of the ledger; the failing fields are listed.') },
  };
}

function update(summary: string, input: string, output: string): Op {
  return {
    summary, security: secured, parameters: [idParam, ifMatch],
    requestBody: { required: true, content: json(ref(input)) },
    responses: { '200': { description: 'Updated', content: json(ref(output)) }, ...errors, '404': problem('Not found.'), '412': problem('If-Match is stale: the record changed.'), '422': problem('Breaks a rule of the ledger.'), '428': problem('If-Match is missing.') },
  };
}

/** Rewrites `file.json#/$defs/Name` and `#/$defs/Name` to component references. */
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
  const claimFilters = [
    q('country', 'ISO code, English name or demonym; several comma-separated.'), q('metric', 'Metric code(s).'), q('group', 'Group slug or alias.'),
    q('claimant', 'Actor id or name.'), q('document', 'Document id.', { type: 'integer' }), q('status', 'active, superseded, retracted (comma-separated).'), ...pageParams,
  ];
  return {
    openapi: '3.1.0',
    info: {
      title: 'claims-ledger',
      version: '1',
      description: "Sourced numeric claims about extremism. A claim is somebody's statement of a figure, reported by a document, with the exact quote.",
    },
    servers: [{ url: '/' }],
    components: { schemas: components, securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'An API key; writes need role editor or admin.' } } },
    paths: {
      '/health': { get: { summary: 'Liveness and database check', responses: { '200': { description: 'OK', content: json({ type: 'object' }) }, '503': problem('The database is not reachable.') } } },
      '/v1/claims': {
        get: read('List claims', page('Claim'), claimFilters, 'Filter by country, metric, group, claimant, document, status; keyset pagination with limit and cursor.'),
        post: create('Record a claim', 'ClaimCreate', 'Claim', 'Needs a claimant and at least one source; quotes are checked against stored document text.'),
      },
      '/v1/claims/{id}': {
        get: { ...read('One claim with its provenance', ref('Claim')), parameters: [idParam] },
        patch: update('Edit a claim (a new revision)', 'ClaimPatch', 'Claim'),
        delete: {
          summary: 'Retract a claim (soft delete with a reason)', security: secured,
          parameters: [idParam, q('reason', 'Why it is retracted (or send {"reason": …}).'), { ...ifMatch, required: false }],
          requestBody: { required: false, content: json(ref('Retraction')) },
          responses: { '200': { description: 'Retracted', content: json(ref('Claim')) }, ...errors, '404': problem('Not found.'), '409': problem('Already retracted.'), '412': problem('If-Match is stale.') },
        },
      },
      '/v1/claims/{id}/history': { get: { ...read('Revisions and supersession chain', ref('ClaimHistory')), parameters: [idParam] } },
      '/v1/actors': {
        get: read('List actors', page('Actor'), [q('q', 'Name or alias contains.'), q('kind', 'Actor kind.'), ...pageParams]),
        post: create('Record an actor', 'ActorCreate', 'Actor'),
      },
      '/v1/actors/{id}': { get: { ...read('One actor', ref('Actor')), parameters: [idParam] }, patch: update('Edit an actor', 'ActorPatch', 'Actor') },
      '/v1/documents': {
        get: read('List documents', page('Document'), [q('q', 'Title contains.'), q('publisher', 'Publisher actor id.', { type: 'integer' }), ...pageParams]),
        post: create('Record a document', 'DocumentCreate', 'Document', 'With `text`, quotes of claims are verified against it.'),
      },
      '/v1/documents/{id}': { get: { ...read('One document, with its text', ref('Document')), parameters: [idParam] }, patch: update('Edit a document', 'DocumentPatch', 'Document') },
      '/v1/metrics': { get: read('List metrics', list('Metric')), post: create('Add a metric', 'MetricCreate', 'Metric') },
      '/v1/metrics/{code}': {
        get: { ...read('One metric', ref('Metric')), parameters: [{ name: 'code', in: 'path', required: true, schema: { type: 'string' } }] },
        patch: { summary: 'Correct a metric (admin only)', security: secured, parameters: [{ name: 'code', in: 'path', required: true, schema: { type: 'string' } }], requestBody: { required: true, content: json(ref('MetricPatch')) }, responses: { '200': { description: 'Corrected', content: json(ref('Metric')) }, ...errors, '404': problem('Not found.') } },
      },
      '/v1/groups': { get: read('List groups', list('Group')), post: create('Add a group', 'GroupCreate', 'Group') },
      '/v1/groups/{ref}': {
        get: { ...read('One group, by slug or alias', ref('Group')), parameters: [{ name: 'ref', in: 'path', required: true, schema: { type: 'string' } }] },
        patch: { summary: 'Correct a group, by slug (admin only)', security: secured, parameters: [{ name: 'ref', in: 'path', required: true, schema: { type: 'string' } }], requestBody: { required: true, content: json(ref('GroupPatch')) }, responses: { '200': { description: 'Corrected', content: json(ref('Group')) }, ...errors, '404': problem('Not found.') } },
      },
      '/v1/import': {
        post: {
          summary: 'Bulk import (NDJSON, streamed, one transaction)', description: IMPORT_DESCRIPTION, security: secured,
          requestBody: { required: true, content: { 'application/x-ndjson': { schema: ref('ImportLine') } } },
          responses: { '200': { description: 'Imported', content: json(ref('ImportResult')) }, ...errors, '415': problem('Not NDJSON.'), '422': problem('One or more lines fail; `errors` lists line, field and message. Nothing was saved.') },
        },
      },
      '/v1/keys': {
        get: { ...read('List API keys (admin; secrets are never listed)', list('ApiKey')), security: secured },
        post: { ...create('Create an API key (admin); the secret is in this response only', 'ApiKeyCreate', 'ApiKeyWithSecret') },
      },
      '/v1/keys/{id}': {
        get: { ...read('One API key (admin)', ref('ApiKey')), parameters: [idParam], security: secured },
        delete: { summary: 'Revoke an API key (admin); it fails at once', security: secured, parameters: [idParam], responses: { '200': { description: 'Revoked', content: json(ref('ApiKey')) }, ...errors, '404': problem('Not found.') } },
      },
      '/v1/countries': { get: read('Countries, regions and groupings', list('Country'), [q('kind', 'country, region, grouping or world.'), q('q', 'Code, name, alias or demonym contains.')]) },
      '/v1/countries/{ref}': { get: { ...read('One country or region, by code, name or demonym', ref('Country')), parameters: [{ name: 'ref', in: 'path', required: true, schema: { type: 'string' } }] } },
    },
  };
}
