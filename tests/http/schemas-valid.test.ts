import { createValidator, loadSchemas } from '../../src/validate';

// Second pass: left out, it reads the schema files alone and meets no PostgreSQL.

/*
 * The app's validator does not check schemas/ against JSON Schema's meta-schema at each start (src/validate.ts says
 * why): this file does, once, for every schema file, so a schema that is not JSON Schema still fails the suite.
 */
test('every schema file is valid JSON Schema 2020-12, as Ajv checks it against the meta-schema', () => {
  const schemas = loadSchemas();
  expect(schemas.map((s) => s.$id)).toEqual(expect.arrayContaining(['claim.json', 'common.json', 'extract.json']));
  expect(() => createValidator(schemas, { checkSchemas: true })).not.toThrow();
});

test('a schema that is not JSON Schema is refused when checked, and only then', () => {
  const broken = { $id: 'broken.json', $defs: { Thing: { type: 'strng' } } };
  expect(() => createValidator([...loadSchemas(), broken], { checkSchemas: true })).toThrow(
    /schema is invalid: .*must be equal to one of the allowed values/,
  );
  expect(() => createValidator([...loadSchemas(), broken])).not.toThrow();
});
