import { CLAIM_SORTS } from '../../src/claims/claimFilter';
import { YES_NO } from '../../src/query';
import { CITATION_FORMATS } from '../../src/cite/format';
import { CITATION_STYLES } from '../../src/cite/styles';
import { ACTOR_KINDS, PLACE_KINDS } from '../../src/closedSets';
import { COMPARE_FORMATS, COMPARE_VIEWS } from '../../src/compare/parseCompareParams';
import { buildOpenApi } from '../../src/docs/openapi';
import { EXPORT_FORMATS } from '../../src/export/serialize';

/*
 * The query parameters of the OpenAPI document that take a closed set of values, each compared with the code's
 * own list of them (as tests/db/closedSets.test.ts does for the JSON Schemas and the CHECKs): a parameter enum
 * that no list accounts for, or that differs from its list, fails.
 */
type Parameter = { name: string; in: string; schema?: { enum?: unknown[] } };
type Operation = { parameters?: Parameter[] };

/** Every parameter enum of the document, by "path method name". */
function parameterEnums(): Map<string, unknown[]> {
  const found = new Map<string, unknown[]>();
  const paths = buildOpenApi().paths as Record<string, Record<string, Operation>>;
  for (const [path, operations] of Object.entries(paths))
    for (const [method, operation] of Object.entries(operations))
      for (const p of operation.parameters ?? []) if (p.schema?.enum) found.set(`${path} ${method} ${p.name}`, p.schema.enum);
  return found;
}

const compare = (view: string) => ({
  [`/v1/compare/${view} get format`]: COMPARE_FORMATS,
  [`/v1/compare/${view} get citation_format`]: CITATION_FORMATS,
  [`/v1/compare/${view} get style`]: CITATION_STYLES,
  [`/v1/compare/${view} get bom`]: YES_NO,
});

const EXPECTED: Record<string, readonly string[]> = {
  '/v1/claims get sort': CLAIM_SORTS,
  '/v1/claims get undated': YES_NO,
  '/v1/claims get no_group': YES_NO,
  '/v1/claims/{id}/citation get format': CITATION_FORMATS,
  '/v1/claims/{id}/citation get style': CITATION_STYLES,
  '/v1/export/claims get format': EXPORT_FORMATS,
  '/v1/export/claims get include': ['revisions'],
  '/v1/export/claims get bom': YES_NO,
  '/v1/export/claims get undated': YES_NO,
  '/v1/export/claims get no_group': YES_NO,
  '/v1/actors get kind': ACTOR_KINDS,
  '/v1/countries get kind': PLACE_KINDS,
  ...Object.assign({}, ...COMPARE_VIEWS.map(compare)),
};

test('every parameter enum of the OpenAPI document is the closed set the code knows', () => {
  const enums = parameterEnums();
  expect([...enums.keys()].sort()).toEqual(Object.keys(EXPECTED).sort());
  for (const [key, values] of Object.entries(EXPECTED)) expect([key, enums.get(key)]).toEqual([key, [...values]]);
});

test('the comparison views documented are the views the code has', () => {
  const paths = Object.keys(buildOpenApi().paths as object).filter((p) => p.startsWith('/v1/compare/'));
  expect(paths.sort()).toEqual(COMPARE_VIEWS.map((v) => `/v1/compare/${v}`).sort());
});
