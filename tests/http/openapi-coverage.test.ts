import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { buildOpenApi } from '../../src/docs/openapi';

test('the OpenAPI document documents import, keys, vocabulary corrections and idempotency', () => {
  const doc = buildOpenApi() as { paths: Record<string, Record<string, { parameters?: { name: string }[] }>> };
  expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/v1/import', '/v1/keys', '/v1/keys/{id}']));
  expect(doc.paths['/v1/metrics/{code}'].patch).toBeDefined();
  expect(doc.paths['/v1/groups/{ref}'].patch).toBeDefined();
  expect(doc.paths['/v1/claims'].post.parameters!.map((p) => p.name)).toContain('Idempotency-Key');
});

test('the OpenAPI document is valid OpenAPI 3.1', () => {
  // The validator is an ES module: it runs in a child process.
  const script = `
    const { Validator } = await import('@seriousme/openapi-schema-validator');
    const mod = await import('./src/docs/openapi.ts');
    const buildOpenApi = mod.buildOpenApi ?? mod.default.buildOpenApi;
    const result = await new Validator().validate(buildOpenApi());
    console.log(JSON.stringify(result));`;
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: path.join(__dirname, '..', '..'),
    encoding: 'utf8',
  });
  const result = JSON.parse(out.trim().split('\n').pop()!);
  expect(result.errors ?? []).toEqual([]);
  expect(result.valid).toBe(true);
});
