import zlib from 'node:zlib';
import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';
import { tableChecksums } from '../support/tables';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

function send(method: 'post' | 'patch', path: string, body: string, contentType = 'application/json'): request.Test {
  return request(t.app)[method](path).set(t.as.admin).set('If-Match', '*').set('Content-Type', contentType).send(body);
}

test('a JSON body that is not an object is a 400 naming body, not "not valid JSON", and changes nothing', async () => {
  const before = await tableChecksums(t.db);
  for (const body of ['null', '42', '"x"', '[]', '[{"kind":"person","name":"A"}]', 'true', ' \n null ']) {
    for (const [method, path] of [
      ['post', '/v1/actors'],
      ['patch', '/v1/claims/1'],
      ['post', '/v1/claims/1/retract'],
    ] as const) {
      const res = await send(method, path, body);
      expect({ body, path, status: res.status }).toEqual({ body, path, status: 400 });
      expect(res.headers['content-type']).toMatch(/problem\+json/);
      expect(res.body.errors).toEqual([{ field: 'body', message: 'must be a JSON object' }]);
    }
  }
  // Malformed JSON is still named as such.
  expect((await send('post', '/v1/actors', '{"kind":').expect(400)).body.detail).toMatch(/not valid JSON/);
  expect(await tableChecksums(t.db)).toEqual(before);
});

test('a JSON body declared in a charset other than UTF-8 is a 415 naming Content-Type, and changes nothing', async () => {
  const before = await tableChecksums(t.db);
  const body = JSON.stringify({ kind: 'person', name: 'Garcon' });
  for (const type of [
    'application/json; charset=latin1',
    'application/json; charset=ISO-8859-1',
    'application/json; charset=utf-16',
    'application/json; charset="UTF-16LE"',
    'application/json;charset=windows-1252',
    'application/problem+json; charset=ascii',
    'application/json; charset=utf8',
  ]) {
    const res = await send('post', '/v1/actors', body, type);
    expect({ type, status: res.status }).toEqual({ type, status: 415 });
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(res.body.errors).toEqual([{ field: 'Content-Type', message: expect.stringMatching(/must be utf-8/) }]);
  }
  // UTF-16 bytes are refused too, not decoded.
  const utf16 = await request(t.app)
    .post('/v1/actors')
    .set(t.as.editor)
    .set('Content-Type', 'application/json; charset=utf-16le')
    .serialize((b: Buffer) => b as unknown as string)
    .send(Buffer.from(body, 'utf16le'));
  expect(utf16.status).toBe(415);
  expect(await tableChecksums(t.db)).toEqual(before);
  for (const type of ['application/json; charset=utf-8', 'application/json; charset=UTF-8', 'application/json']) {
    await send('post', '/v1/actors', body, type).expect(201);
  }
});

test('a JSON body in a Content-Encoding the ledger does not read is a 415 naming Content-Encoding, as for an import', async () => {
  const before = await tableChecksums(t.db);
  const body = JSON.stringify({ kind: 'ngo', name: 'Compressed' });
  for (const encoding of ['zstd', 'compress', 'x-gzip-but-not']) {
    const res = await send('post', '/v1/actors', body).set('Content-Encoding', encoding);
    expect({ encoding, status: res.status, type: res.headers['content-type'] }).toEqual({
      encoding,
      status: 415,
      type: expect.stringMatching(/^application\/problem\+json/),
    });
    expect(res.body.errors).toEqual([{ field: 'Content-Encoding', message: 'must be identity, gzip, deflate or br' }]);
    expect(res.body.detail).toContain(`Content-Encoding ${encoding} is not accepted`);
  }
  expect(await tableChecksums(t.db)).toEqual(before);
  const gzipped = await request(t.app)
    .post('/v1/actors')
    .set(t.as.editor)
    .set('Content-Type', 'application/json')
    .set('Content-Encoding', 'gzip')
    .serialize((b: Buffer) => b as unknown as string)
    .send(zlib.gzipSync(body));
  expect(gzipped.status).toBe(201);
});

test('a body that does not decode as its Content-Encoding says is a 400 naming Content-Encoding, and changes nothing', async () => {
  const before = await tableChecksums(t.db);
  const whole = zlib.gzipSync(JSON.stringify({ kind: 'ngo', name: 'Cut short' }));
  for (const [encoding, bytes] of [
    ['gzip', Buffer.from('not gzip at all')],
    ['gzip', whole.subarray(0, whole.length - 12)],
    ['deflate', Buffer.from('neither is this deflate')],
    ['br', Buffer.from([0xff, 0xff, 0xff, 0xff])],
  ] as const) {
    const res = await request(t.app)
      .post('/v1/actors')
      .set(t.as.editor)
      .set('Content-Type', 'application/json')
      .set('Content-Encoding', encoding)
      .serialize((b: Buffer) => b as unknown as string)
      .send(bytes);
    expect({ encoding, status: res.status, type: res.headers['content-type'], errors: res.body.errors }).toEqual({
      encoding,
      status: 400,
      type: expect.stringMatching(/^application\/problem\+json/),
      errors: [{ field: 'Content-Encoding', message: 'does not match the body: it does not decode as that encoding' }],
    });
  }
  expect(await tableChecksums(t.db)).toEqual(before);
});
