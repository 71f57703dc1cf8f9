import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

/** The validator package is ESM-only, so it runs in its own Node process, as the CLI would. */
function validateOpenApi(doc: unknown): { valid: boolean; errors?: unknown } {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'openapi-')), 'openapi.json');
  fs.writeFileSync(file, JSON.stringify(doc));
  const script = `import { Validator } from '@seriousme/openapi-schema-validator';
    const v = new Validator(); const r = await v.validate(${JSON.stringify(file)});
    console.log(JSON.stringify({ valid: r.valid, version: v.version, errors: r.errors }));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: path.join(__dirname, '..', '..'),
    encoding: 'utf8',
  });
  return JSON.parse(out);
}

test('GET /openapi.json is a valid OpenAPI 3.1 document', async () => {
  const doc = (await request(t.app).get('/openapi.json').expect(200)).body;
  expect(doc.openapi).toBe('3.1.0');
  const result = validateOpenApi(doc);
  expect(result.errors).toBeUndefined();
  expect(result.valid).toBe(true);
});

test('a broken document is caught by the same validator', () => {
  expect(validateOpenApi({ openapi: '3.1.0', info: { title: 'x' }, paths: { '/a': { get: { responses: 'nope' } } } }).valid).toBe(false);
});

test('real responses match the response schemas of the document', async () => {
  const doc = (await request(t.app).get('/openapi.json').expect(200)).body;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ $id: 'openapi', components: doc.components });
  const check = (name: string, value: unknown) => {
    const validate = ajv.compile({ $ref: `openapi#/components/schemas/${name}` });
    expect({ name, valid: validate(value), errors: validate.errors }).toEqual({ name, valid: true, errors: null });
  };
  const claims = (await request(t.app).get('/v1/claims').expect(200)).body.data;
  expect(claims.length).toBeGreaterThan(0);
  for (const claim of claims) check('Claim', claim);
  check('ClaimHistory', (await request(t.app).get(`/v1/claims/${claims[0].id}/history`).expect(200)).body);
  for (const actor of (await request(t.app).get('/v1/actors').expect(200)).body.data) check('Actor', actor);
  for (const d of (await request(t.app).get('/v1/documents').expect(200)).body.data) check('Document', d);
  for (const m of (await request(t.app).get('/v1/metrics').expect(200)).body.data) check('Metric', m);
  for (const g of (await request(t.app).get('/v1/groups').expect(200)).body.data) check('Group', g);
  check('Country', (await request(t.app).get('/v1/countries/KZ').expect(200)).body);
  check('Problem', (await request(t.app).get('/v1/claims/999999').expect(404)).body);
});

test('GET /docs is a readable reference of every endpoint', async () => {
  const res = await request(t.app).get('/docs').expect(200);
  expect(res.headers['content-type']).toMatch(/^text\/html/);
  for (const p of ['/v1/claims', '/v1/claims/{id}/history', '/v1/actors', '/v1/documents', '/v1/metrics', '/v1/groups', '/v1/countries']) {
    expect(res.text).toContain(`<code>${p}</code>`);
  }
  expect(res.text).toContain('id="schema-ClaimCreate"');
});
