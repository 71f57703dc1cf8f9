import request from 'supertest';
import { silentChangeIn } from '../../src/jsonText';
import { createTestApp, TestApp } from '../support/app';
import { tableChecksums } from '../support/tables';

test('numbers beyond the double range and keys given twice are found, with the pointer of their field', () => {
  expect(silentChangeIn('{"value": 1e400}')).toEqual({ field: '/value', message: expect.stringMatching(/beyond the range/) });
  expect(silentChangeIn('{"value": -1E+309}')).toEqual({ field: '/value', message: expect.stringMatching(/beyond the range/) });
  expect(silentChangeIn('{"a": {"b": [1, 2, 1e-400]}}')).toEqual({ field: '/a/b/2', message: expect.stringMatching(/too small/) });
  expect(silentChangeIn('{"sources": [{"quote": "a", "quote": "b"}]}')).toEqual({
    field: '/sources/0/quote',
    message: 'is given twice: each key must appear once',
  });
  expect(silentChangeIn('{"a/b~": 1, "a/b~": 2}')?.field).toBe('/a~1b~0');
  expect(silentChangeIn('[1e999]')?.field).toBe('/0');
  expect(silentChangeIn('1e999')?.field).toBe('body');
  // What parsing keeps as written passes: zeros, small and large figures, the same key in two objects, keys in strings.
  for (const ok of [
    '{"value": 0, "low": 0.0, "high": -0e10, "x": 1e308, "y": 5e-324, "z": 1.5e-10}',
    '{"a": {"k": 1}, "b": {"k": 2}}',
    '{"text": "\\"k\\": 1, \\"k\\": 2, 1e400", "k": [{"k": 1}]}',
    '{"a": [], "b": {}, "c": [[], {}]}',
  ])
    expect({ ok, found: silentChangeIn(ok) }).toEqual({ ok, found: null });
});

describe('in requests', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ seed: true });
  });
  afterAll(() => t.drop());

  test('a figure beyond the double range or a key given twice is a 400 naming the field, and nothing is saved', async () => {
    const before = await tableChecksums(t.db);
    const claim = (value: string) =>
      `{"metric":"foreign_fighters","country":"KZ","value":${value},"approximation":"exact","value_text":"x","claimant_id":1,"sources":[{"document_id":1,"quote":"Kazakhstan"}]}`;
    const cases: [string, string, string][] = [
      ['/v1/claims', claim('1e400'), '/value'],
      ['/v1/claims', claim('1e-400'), '/value'],
      ['/v1/claims', claim('-1e400'), '/value'],
      ['/v1/actors', '{"kind":"person","name":"A","name":"B"}', '/name'],
    ];
    for (const [path, body, field] of cases) {
      const res = await request(t.app).post(path).set(t.as.editor).set('Content-Type', 'application/json').send(body);
      expect({ body, status: res.status, errors: res.body.errors }).toEqual({
        body,
        status: 400,
        errors: [expect.objectContaining({ field })],
      });
      expect(res.headers['content-type']).toMatch(/problem\+json/);
    }
    const patch = await request(t.app)
      .patch('/v1/claims/1')
      .set(t.as.editor)
      .set('If-Match', '*')
      .set('Content-Type', 'application/json')
      .send('{"value_high": 1e999}');
    expect(patch.status).toBe(400);
    expect(await tableChecksums(t.db)).toEqual(before);
  });
});
