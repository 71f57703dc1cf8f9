import request from 'supertest';
import { CLAIM_FILTER_NAMES, ClaimFilterName, selectsEveryClaim } from '../../src/claims/claimFilters';
import { buildOpenApi } from '../../src/docs/openapi';
import { createTestApp, TestApp } from '../support/app';

/*
 * Every claim filter of the one list (src/claims/claimFilters.ts), through every route that takes them. A filter
 * added to the list without a pair of samples here does not compile; one whose SQL is missing or ignores the ledger
 * as recorded (the claims as they stood, which hold their document ids and quotes) fails below.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

/** Two values of each filter that select different claims of the seed ledger. */
const SAMPLES: Record<ClaimFilterName, [string, string]> = {
  country: ['KZ', 'RU'],
  metric: ['women', 'foreign_fighters'],
  group: ['ISIS', 'taliban'],
  no_group: ['true', 'false'],
  claimant: ['Aleksandr Bortnikov', 'Nurtai Abykaev'],
  document: ['1', '999999'],
  from: ['2013', '2014'],
  to: ['2013', '2012'],
  undated: ['true', 'false'],
  status: ['superseded', 'active'],
  rank: ['normal', 'preferred'],
  q: ['women', 'video'],
  min_value: ['1000', '100'],
  max_value: ['200', '2000'],
  as_recorded: ['now', '2000-01-01T00:00:00Z'],
};

const value = (name: ClaimFilterName, i: 0 | 1) => (SAMPLES[name][i] === 'now' ? new Date().toISOString() : SAMPLES[name][i]);

async function listed(query: Record<string, string>): Promise<number[]> {
  const res = await request(t.app)
    .get('/v1/claims')
    .query({ ...query, limit: '500' })
    .expect(200);
  return res.body.data.map((c: { id: number }) => c.id);
}

async function exported(query: Record<string, string>): Promise<number[]> {
  const res = await request(t.app)
    .get('/v1/export/claims')
    .query({ ...query, format: 'ndjson' })
    .expect(200);
  const ids = (res.text as string)
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { claim_id: number }).claim_id);
  return [...new Set(ids)];
}

test.each(CLAIM_FILTER_NAMES)('filter %s: applied by GET /v1/claims and the export, now and as recorded', async (name) => {
  const [first, second] = [await listed({ [name]: value(name, 0) }), await listed({ [name]: value(name, 1) })];
  expect(first.length + second.length).toBeGreaterThan(0);
  expect(first).not.toEqual(second);
  const now = new Date().toISOString();
  for (const i of [0, 1] as const) {
    const query = { [name]: value(name, i) };
    const ids = i === 0 ? first : second;
    expect(await exported(query)).toEqual(ids);
    if (name !== 'as_recorded') {
      expect(await listed({ ...query, as_recorded: now })).toEqual(ids);
      expect(await exported({ ...query, as_recorded: now })).toEqual(ids);
    }
  }
});

test('every filter is documented for GET /v1/claims and the export, and narrows the claims unless it is the instant', () => {
  const doc = buildOpenApi() as { paths: Record<string, { get: { parameters: { name: string; description: string }[] } }> };
  for (const path of ['/v1/claims', '/v1/export/claims']) {
    const documented = doc.paths[path].get.parameters;
    for (const name of CLAIM_FILTER_NAMES) expect(documented.find((p) => p.name === name)?.description).toMatch(/\w/);
  }
  expect(selectsEveryClaim({ asRecorded: '2020-01-01T00:00:00.000Z' })).toBe(true);
  expect(selectsEveryClaim({ minValue: 0 })).toBe(false);
  expect(selectsEveryClaim({ countries: ['KZ'], asRecorded: '2020-01-01T00:00:00.000Z' })).toBe(false);
});
