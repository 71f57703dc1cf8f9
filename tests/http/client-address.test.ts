import express from 'express';
import request from 'supertest';
import { clientAddress } from '../../src/http/rateLimit';

/** An app answering the address its limits would count the request under. */
function appTrusting(trustProxy: false | number) {
  const app = express();
  app.set('trust proxy', trustProxy);
  app.get('/', (req, res) => {
    res.json({ address: clientAddress(req) });
  });
  return app;
}

afterEach(() => jest.restoreAllMocks());

test('without a trusted proxy: the socket’s address, X-Forwarded-For not even read', async () => {
  const ip = jest.spyOn(express.request, 'ip', 'get');
  const res = await request(appTrusting(false)).get('/').set('X-Forwarded-For', '203.0.113.7, 198.51.100.1').expect(200);
  expect(res.body.address).toMatch(/^(::ffff:)?127\.0\.0\.1$|^::1$/);
  expect(ip).not.toHaveBeenCalled();
});

test('behind a trusted proxy: the address X-Forwarded-For gives, as req.ip reads it', async () => {
  const app = appTrusting(1);
  expect((await request(app).get('/').set('X-Forwarded-For', '203.0.113.7, 198.51.100.1').expect(200)).body.address).toBe('198.51.100.1');
  expect((await request(app).get('/').expect(200)).body.address).toMatch(/127\.0\.0\.1|::1/);
  // With every hop trusted the first address is the client; zero hops trusted is the socket, as without a proxy.
  const all = express().set('trust proxy', true);
  all.get('/', (req, res) => res.json({ address: clientAddress(req) }));
  expect((await request(all).get('/').set('X-Forwarded-For', '203.0.113.7, 198.51.100.1').expect(200)).body.address).toBe('203.0.113.7');
  expect((await request(appTrusting(0)).get('/').set('X-Forwarded-For', '203.0.113.7').expect(200)).body.address).toMatch(
    /127\.0\.0\.1|::1/,
  );
});
