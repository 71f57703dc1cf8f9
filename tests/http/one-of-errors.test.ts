// Second pass: left out, the schema's words for a oneOf (src/validate.ts); every request is refused with a 400 by the
// schema before it writes, and the rest calls the validator alone (tests/support/databaseSuites.ts).
import request from 'supertest';
import { createValidator, loadSchemas } from '../../src/validate';
import { DomainError, FieldError } from '../../src/errors';
import { createTestApp, TestApp } from '../support/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.drop());

async function extractErrors(body: unknown): Promise<FieldError[]> {
  const res = await request(t.app)
    .post('/v1/extract')
    .set(t.as.editor)
    .send(body as object);
  expect(res.status).toBe(400);
  expect(res.headers['content-type']).toMatch(/problem\+json/);
  return res.body.errors;
}

test('a text that is not a string names only the text, not the document_id branch', async () => {
  expect(await extractErrors({ text: 42 })).toEqual([{ field: '/text', message: 'must be a text (a JSON string)' }]);
  expect(await extractErrors({ text: '' })).toEqual([{ field: '/text', message: 'must NOT have fewer than 1 characters' }]);
});

test('a document_id that is not a whole number names only the document_id, not the text branch', async () => {
  expect(await extractErrors({ document_id: 'x' })).toEqual([{ field: '/document_id', message: 'must be a whole number' }]);
  expect(await extractErrors({ document_id: 0 })).toEqual([{ field: '/document_id', message: 'must be >= 1' }]);
});

test('a body with neither text nor document_id says one of them is needed, once', async () => {
  expect(await extractErrors({})).toEqual([{ field: '/', message: 'must have text or document_id' }]);
});

test('a body with both text and document_id says only one may be given', async () => {
  expect(await extractErrors({ text: 'The minister said 300 left.', document_id: 1 })).toEqual([
    { field: '/', message: 'must have only one of document_id, text' },
  ]);
});

test('a member no branch knows is named beside the choice, and beside the branch meant', async () => {
  expect(await extractErrors({ colour: 'red' })).toEqual([
    { field: '/colour', message: 'is not a known field' },
    { field: '/', message: 'must have text or document_id' },
  ]);
  expect(await extractErrors({ text: 42, colour: 'red' })).toEqual([
    { field: '/colour', message: 'is not a known field' },
    { field: '/text', message: 'must be a text (a JSON string)' },
  ]);
});

describe('the validator on a oneOf of its own', () => {
  const validator = createValidator([
    ...loadSchemas(),
    {
      $id: 'oneof-test.json',
      $defs: {
        Order: {
          type: 'object',
          additionalProperties: false,
          required: ['qty'],
          properties: {
            qty: { type: 'integer', minimum: 1 },
            pay: {
              oneOf: [
                {
                  type: 'object',
                  additionalProperties: false,
                  required: ['card', 'expiry'],
                  properties: { card: { type: 'string', minLength: 12 }, expiry: { type: 'string' } },
                },
                { type: 'object', additionalProperties: false, required: ['iban'], properties: { iban: { type: 'string' } } },
              ],
            },
          },
        },
      },
    },
  ]);
  const errorsOf = (body: unknown): FieldError[] => {
    try {
      validator.body('oneof-test.json#/$defs/Order', body);
    } catch (err) {
      return (err as DomainError).errors ?? [];
    }
    return [];
  };

  test('a nested oneOf keeps the errors of the branch meant and of the members beside it', () => {
    expect(errorsOf({ qty: 0, pay: { card: '123', expiry: 5 } })).toEqual([
      { field: '/qty', message: 'must be >= 1' },
      { field: '/pay/card', message: 'must NOT have fewer than 12 characters' },
      { field: '/pay/expiry', message: 'must be a text (a JSON string)' },
    ]);
    expect(errorsOf({ qty: 1, pay: { iban: 7 } })).toEqual([{ field: '/pay/iban', message: 'must be a text (a JSON string)' }]);
  });

  test('a nested oneOf no branch is meant for names the choice at its own place', () => {
    expect(errorsOf({ qty: 1, pay: {} })).toEqual([{ field: '/pay', message: 'must have card and expiry, or iban' }]);
    expect(errorsOf({ qty: 1, pay: { card: '123456789012', expiry: '12/30', iban: 'DE00' } })).toEqual([
      { field: '/pay', message: 'must have only one of card, expiry, iban' },
    ]);
    expect(errorsOf({ qty: 1, pay: { card: '123456789012', expiry: '12/30' } })).toEqual([]);
  });

  test('a value of a type no branch takes is named once, by its type, not also by the choice', () => {
    // (review49: "must be an object" had come with "must match exactly one schema in oneOf" at the same place)
    expect(errorsOf({ qty: 1, pay: 5 })).toEqual([{ field: '/pay', message: 'must be an object' }]);
    expect(errorsOf({ qty: 1, pay: null })).toEqual([{ field: '/pay', message: 'must be an object' }]);
  });
});

describe('a oneOf behind a $ref (robust50)', () => {
  const validator = createValidator([
    ...loadSchemas(),
    {
      $id: 'oneof-ref-test.json',
      $defs: {
        Card: {
          type: 'object',
          additionalProperties: false,
          required: ['card'],
          // a member behind a $ref of another file: its errors' schema paths are that file's
          properties: { card: { $ref: 'common.json#/$defs/Line', maxLength: 30 }, pay: { $ref: '#/$defs/Pay' } },
        },
        Transfer: { type: 'object', additionalProperties: false, required: ['iban'], properties: { iban: { type: 'string' } } },
        Pay: { oneOf: [{ $ref: '#/$defs/Card' }, { $ref: '#/$defs/Transfer' }] },
        Order: { type: 'object', additionalProperties: false, properties: { pay: { $ref: '#/$defs/Pay' } } },
      },
    },
  ]);
  const errorsOf = (ref: string, body: unknown): FieldError[] => {
    try {
      validator.body(ref, body);
    } catch (err) {
      return (err as DomainError).errors ?? [];
    }
    return [];
  };
  const line = (body: unknown) => errorsOf('import.json#/$defs/ImportLine', body);

  test('an import line names only the errors of the kind its type says', () => {
    expect(line({ type: 'actor', kind: 'person', name: 5 })).toEqual([{ field: '/name', message: 'must be a text (a JSON string)' }]);
    expect(line({ type: 'actor', kind: 'person', name: 'A', colour: 1 })).toEqual([{ field: '/colour', message: 'is not a known field' }]);
    expect(line({ type: 'relation', claim: 'c1', relation: 'part_of' })).toEqual([
      { field: '/target', message: "must have required property 'target'" },
    ]);
  });

  test('an import line without a type, or of a type none is, names the type alone', () => {
    expect(line({})).toEqual([{ field: '/type', message: "must have required property 'type'" }]);
    expect(line({ type: 'zzz', title: 4 })).toEqual([
      { field: '/type', message: 'must be one of actor, document, claim, relation, affiliation' },
    ]);
  });

  test('branches behind a $ref, with members behind another, are folded as inline ones', () => {
    const ref = 'oneof-ref-test.json#/$defs/Order';
    expect(errorsOf(ref, { pay: { card: 'x'.repeat(31) } })).toEqual([
      { field: '/pay/card', message: 'must NOT have more than 30 characters' },
    ]);
    expect(errorsOf(ref, { pay: { card: ' ' } })).toEqual([{ field: '/pay/card', message: 'must not be blank' }]);
    expect(errorsOf(ref, { pay: { iban: 7 } })).toEqual([{ field: '/pay/iban', message: 'must be a text (a JSON string)' }]);
    expect(errorsOf(ref, { pay: {} })).toEqual([{ field: '/pay', message: 'must have card or iban' }]);
    // a oneOf within a branch of a oneOf: each names the branch meant
    expect(errorsOf(ref, { pay: { card: 'abc', pay: { iban: 7 } } })).toEqual([
      { field: '/pay/pay/iban', message: 'must be a text (a JSON string)' },
    ]);
  });
});
