import type { Express } from 'express';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import request from 'supertest';

/** An assertion that a body is an Extraction as the app's own OpenAPI document (GET /openapi.json) describes it. */
export async function extractionChecker(app: Express): Promise<(body: unknown) => void> {
  const doc = (await request(app).get('/openapi.json').expect(200)).body;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ $id: 'openapi', components: doc.components });
  const validate = ajv.compile({ $ref: 'openapi#/components/schemas/Extraction' });
  return (body) => expect({ valid: validate(body), errors: validate.errors }).toEqual({ valid: true, errors: null });
}
