import { spawnSync } from 'node:child_process';
import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.drop());

test('the OpenAPI document stays valid OpenAPI 3.1 and describes the export and citation endpoints', async () => {
  const doc = (await request(t.app).get('/openapi.json').expect(200)).body;
  // The validator is an ES module: it runs in a node of its own, reading the document from stdin.
  const check = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `
    import { Validator } from '@seriousme/openapi-schema-validator';
    const chunks = []; for await (const c of process.stdin) chunks.push(c);
    const result = await new Validator().validate(JSON.parse(Buffer.concat(chunks).toString()));
    process.stdout.write(JSON.stringify({ valid: result.valid, version: new Validator().version, errors: result.errors ?? [] }));
  `,
    ],
    { input: JSON.stringify(doc), cwd: process.cwd(), encoding: 'utf8' },
  );
  expect(check.stderr).toBe('');
  const result = JSON.parse(check.stdout);
  expect(result.errors).toEqual([]);
  expect(result).toMatchObject({ valid: true });
  const exportClaims = doc.paths['/v1/export/claims'].get;
  expect(exportClaims.parameters.map((p: { name: string }) => p.name)).toEqual([
    'country',
    'metric',
    'group',
    'no_group',
    'claimant',
    'document',
    'from',
    'to',
    'undated',
    'status',
    'rank',
    'q',
    'min_value',
    'max_value',
    'as_recorded',
    'format',
    'include',
    'bom',
  ]);
  expect(Object.keys(exportClaims.responses['200'].content)).toEqual(['text/csv', 'application/x-ndjson', 'application/json']);
  expect(Object.keys(doc.paths['/v1/export/datapackage'].get.responses['200'].content)).toEqual(['application/zip']);
  const citation = doc.paths['/v1/claims/{id}/citation'].get;
  expect(citation.parameters.map((p: { name: string }) => p.name)).toEqual(['id', 'format', 'style', 'accessed']);
  expect(Object.keys(citation.responses['200'].content)).toEqual([
    'text/plain',
    'text/markdown',
    'text/html',
    'application/vnd.citationstyles.csl+json',
    'application/x-bibtex',
    'application/x-research-info-systems',
  ]);
});
