import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';
import { tableChecksums } from '../support/tables';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

const latin1 = (text: string) => Buffer.from(text, 'latin1');

test('JSON bodies that are not UTF-8 are a 400 on every write, and change nothing', async () => {
  const before = await tableChecksums(t.db);
  const writes: [string, string, object][] = [
    ['post', '/v1/actors', { kind: 'person', name: 'Garçon' }],
    ['post', '/v1/documents', { kind: 'report', title: 'Garçon' }],
    ['patch', '/v1/actors/1', { name: 'Garçon' }],
    ['patch', '/v1/claims/1', { notes: 'Garçon' }],
    ['post', '/v1/metrics', { code: 'garcon', label: 'Garçon', unit: 'people', definition: 'x' }],
  ];
  for (const [method, path, body] of writes) {
    const res = await (request(t.app) as unknown as Record<string, (p: string) => request.Test>)
      [method](path)
      .set(t.as.admin)
      .set('If-Match', '*')
      .set('Content-Type', 'application/json')
      .serialize((b: Buffer) => b as unknown as string)
      .send(latin1(JSON.stringify(body)));
    expect({ path, status: res.status }).toEqual({ path, status: 400 });
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(res.body.detail).toMatch(/UTF-8/);
  }
  expect(await tableChecksums(t.db)).toEqual(before);
  // The same text in UTF-8 is stored as sent.
  const ok = await request(t.app)
    .post('/v1/actors')
    .set(t.as.editor)
    .set('Content-Type', 'application/json')
    .serialize((b: Buffer) => b as unknown as string)
    .send(Buffer.from(JSON.stringify({ kind: 'person', name: 'Garçon' }), 'utf8'))
    .expect(201);
  expect(ok.body.name).toBe('Garçon');
});

describe('cursors', () => {
  const SORTS = ['id', 'value', '-value', 'as_of', '-as_of', 'created_at', '-created_at'];

  beforeAll(async () => {
    // Extreme values the ledger can hold: tiny and huge numbers (1e-300 is 300 digits as PostgreSQL text), old dates.
    // New figures are whole numbers; fractions are what rows stored before that rule may hold, so they are set in place.
    for (const [i, value] of [1e-300, 1.5e-7, 999999999999999.9, 123456789.12345679, 0.1 + 0.2, -0].entries()) {
      const created = await request(t.app)
        .post('/v1/claims')
        .set(t.as.editor)
        .send({
          metric: 'foreign_fighters',
          country: 'KZ',
          approximation: 'exact',
          value: 1,
          value_text: `extreme ${i}`,
          as_of: ['1900', '1999-12', '2014-02-28', '2024-02-29', '2014', '2015-01'][i],
          claimant_id: 4,
          sources: [{ document_id: 1, quote: 'Kazakhstan' }],
        })
        .expect(201);
      await t.db('claims').where({ id: created.body.id }).update({ value });
    }
  });

  test.each(SORTS)('every cursor the server hands out works (sort=%s): each claim exactly once', async (sort) => {
    const all = (await request(t.app).get(`/v1/claims?sort=${sort}&limit=500`).expect(200)).body.data.map((c: { id: number }) => c.id);
    const seen: number[] = [];
    let next: string | null = `/v1/claims?sort=${sort}&limit=1`;
    while (next) {
      const res: request.Response = await request(t.app).get(next);
      expect({ next, status: res.status }).toEqual({ next, status: 200 });
      seen.push(...res.body.data.map((c: { id: number }) => c.id));
      next = res.body.next;
    }
    expect(seen).toEqual(all);
  });

  const forge = (keys: unknown[]) => Buffer.from(JSON.stringify(keys)).toString('base64url');
  test.each([
    ['created_at', ['created_at', '2026-01-01 00:00:00+99', 1]],
    ['created_at', ['created_at', '2026-01-01 00:00:00+16:00', 1]],
    ['created_at', ['created_at', '2026-01-01 25:00:00+00', 1]],
    ['created_at', ['created_at', '2026-02-30 00:00:00+00', 1]],
    ['created_at', ['created_at', '2026-01-01T00:00:60Z', 1]],
    ['value', ['value', '1'.repeat(2000), 1]],
    ['value', ['value', '1e5', 1]],
    ['value', ['value', 'NaN', 1]],
    ['as_of', ['as_of', '2026-13-01', 1]],
    ['as_of', ['as_of', '0000-00-00', 1]],
    ['id', ['id', null, 2 ** 60]],
    ['id', ['id', null, -1]],
    ['-value', ['value', '1', 1]],
  ])('a forged cursor is a 400 naming it (sort=%s, %j)', async (sort, keys) => {
    const res = await request(t.app).get(`/v1/claims?sort=${sort}&cursor=${forge(keys as unknown[])}`);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('cursor');
  });

  test('forged compare cursors are a 400 too', async () => {
    for (const [path, keys] of [
      ['sources', ['x'.repeat(10), 2 ** 60]],
      ['sources', [1, 1]],
      ['timeline', [1, 2, 3, 4, 5, 1.5]],
      ['timeline', [1, 2, 3]],
    ] as const) {
      const res = await request(t.app).get(`/v1/compare/${path}?country=KZ&metric=foreign_fighters&cursor=${forge([...keys])}`);
      expect({ path, keys, status: res.status }).toEqual({ path, keys, status: 400 });
    }
  });
});
