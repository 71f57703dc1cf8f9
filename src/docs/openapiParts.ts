/** The building blocks of the OpenAPI document: references, bodies, parameters and the usual responses of an operation. */
import { CLAIM_FILTER_NAMES, CLAIM_FILTERS, ClaimFilterName } from '../claims/claimFilters';
import { YES_NO } from '../query';

export type Op = Record<string, unknown>;

export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
export const json = (schema: object) => ({ 'application/json': { schema } });
export const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ref('Problem') } } });
export const page = (item: string) => ({
  type: 'object',
  properties: {
    data: { type: 'array', items: ref(item) },
    next: { type: ['string', 'null'], description: 'Link to the next page; null on the last.' },
  },
  required: ['data', 'next'],
});
export const list = (item: string) => ({ type: 'object', properties: { data: { type: 'array', items: ref(item) } }, required: ['data'] });
export const q = (name: string, description: string, schema: object = { type: 'string' }) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
});
/** The `bom` parameter of every CSV download (bomParam, src/export/bom.ts): declared once, for the exports and the comparisons. */
export const bomQuery = q(
  'bom',
  "With format=csv, `1`: the CSV opens with a UTF-8 byte-order mark, so that a spreadsheet opening it by double-click reads its names as UTF-8 (the web pages' CSV links ask for it); none by default, as many CSV readers take it for part of the first column's name. Read as every yes-or-no parameter (also true/false, yes/no, on/off, any case). Asked of another format, a 400.",
  { type: 'string', enum: [...YES_NO] },
);
export const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } };
export const ifMatch = {
  name: 'If-Match',
  in: 'header',
  required: true,
  description: 'The ETag of the version being edited.',
  schema: { type: 'string' },
};
/** If-Match on a correction of a record the ledger keeps no versions of (a metric, a group, a place): optional. */
export const ifMatchRead = {
  name: 'If-Match',
  in: 'header',
  required: false,
  description:
    'The ETag the record was read with (GET): the correction is made only if the record is unchanged since, else a 412. Without it (or with *) the correction is made whatever the record holds now.',
  schema: { type: 'string' },
};
export const pageParams = [
  q('limit', 'Page size, 1–500 (default 50).', { type: 'integer', minimum: 1, maximum: 500 }),
  q('cursor', 'Opaque cursor from a previous page.'),
];
export const secured = [{ bearer: [] }];

export const errors = {
  '400': problem('Malformed input: the failing fields are listed in `errors`.'),
  '401': problem('No or invalid API key.'),
  '403': problem('The key lacks the role.'),
  '429': {
    ...problem('Rate limit exceeded (per address or per key); see Retry-After.'),
    headers: { 'Retry-After': { description: 'Seconds to wait.', schema: { type: 'integer' } } },
  },
};
export const idempotencyKey = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description:
    'Makes a retry safe: the first successful response is stored for 24 hours and replayed for the same key and body (header Idempotent-Replayed: true); the same key with another body is a 422. Scoped to the API key.',
  schema: { type: 'string', minLength: 1, maxLength: 200 },
};
export function read(summary: string, schema: object, params: object[] = [], description?: string): Op {
  return {
    summary,
    description,
    parameters: params,
    responses: { '200': { description: 'OK', content: json(schema) }, '400': errors['400'], '404': problem('Not found.') },
  };
}

export function create(summary: string, input: string, output: string, description?: string): Op {
  return {
    summary,
    description,
    security: secured,
    parameters: [idempotencyKey],
    requestBody: { required: true, content: json(ref(input)) },
    responses: {
      '201': { description: 'Created', content: json(ref(output)) },
      ...errors,
      '409': problem('Conflicts with an existing record.'),
      '413': problem('Body too large.'),
      '422': problem('Breaks a rule of the ledger; the failing fields are listed.'),
    },
  };
}

export function update(summary: string, input: string, output: string): Op {
  return {
    summary,
    security: secured,
    parameters: [idParam, ifMatch],
    requestBody: { required: true, content: json(ref(input)) },
    responses: {
      '200': { description: 'Updated', content: json(ref(output)) },
      ...errors,
      '404': problem('Not found.'),
      '412': problem('If-Match is stale: the record changed.'),
      '422': problem(
        'Breaks a rule of the ledger; the failing fields are listed. An edit without a reason in visible words (left out, null or blank) is refused so, its error on `/reason`: every revision says why.',
      ),
      '428': problem('If-Match is missing.'),
    },
  };
}

/** The query parameters of claim filters, as claimFilters.ts describes them (a view may say more of some). */
export function filterParams(names: readonly ClaimFilterName[], said: Partial<Record<ClaimFilterName, string>> = {}): object[] {
  return CLAIM_FILTER_NAMES.filter((name) => names.includes(name)).map((name) => {
    const filter: { description: string; schema?: object } = CLAIM_FILTERS[name];
    return q(name, said[name] ?? filter.description, filter.schema);
  });
}
