import express from 'express';
import request from 'supertest';
import type { Config } from '../../src/config';
import { clientAddress } from '../../src/http/rateLimit';

/** An app trusting `trustProxy` as TRUST_PROXY sets it, answering the address its limits count a request under. */
function appTrusting(
  trustProxy: Config['trustProxy'] | true,
  given: Config['trustProxy'] | undefined = trustProxy === true ? undefined : trustProxy,
) {
  const app = express();
  app.set('trust proxy', trustProxy);
  app.get('/', (req, res) => {
    res.json({ address: clientAddress(req, given) });
  });
  return app;
}

const FORWARDED = '203.0.113.7, 198.51.100.1';
const LOCAL = /^(::ffff:)?127\.0\.0\.1$|^::1$/;

afterEach(() => jest.restoreAllMocks());

test('without a trusted proxy: the socket’s address, X-Forwarded-For not even read', async () => {
  const ip = jest.spyOn(express.request, 'ip', 'get');
  const res = await request(appTrusting(false)).get('/').set('X-Forwarded-For', FORWARDED).expect(200);
  expect(res.body.address).toMatch(LOCAL);
  expect(ip).not.toHaveBeenCalled();
});

test('behind a trusted proxy, or with the setting not given: the address req.ip gives', async () => {
  const oneHop = appTrusting(1);
  expect((await request(oneHop).get('/').set('X-Forwarded-For', FORWARDED).expect(200)).body.address).toBe('198.51.100.1');
  expect((await request(oneHop).get('/').expect(200)).body.address).toMatch(LOCAL);
  expect((await request(appTrusting(true)).get('/').set('X-Forwarded-For', FORWARDED).expect(200)).body.address).toBe('203.0.113.7');
  expect((await request(appTrusting(0)).get('/').set('X-Forwarded-For', FORWARDED).expect(200)).body.address).toMatch(LOCAL);
  expect((await request(appTrusting(false, undefined)).get('/').set('X-Forwarded-For', FORWARDED).expect(200)).body.address).toMatch(LOCAL);
});
