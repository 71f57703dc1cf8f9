import express, { ErrorRequestHandler, RequestHandler } from 'express';
import request from 'supertest';
import { inOrder } from '../../src/http/inOrder';

/**
 * inOrder runs a group of middleware as express's router runs the same middleware mounted one by one: every way a
 * handler can go on, stop, fail or leave is answered alike by an app built each way.
 */
const step =
  (name: string): RequestHandler =>
  (_req, res, next) => {
    res.locals.trail = [...((res.locals.trail as string[] | undefined) ?? []), name];
    next();
  };

const endings: Record<string, RequestHandler> = {
  answers: (_req, res) => void res.status(201).json({ answered: res.locals.trail }),
  'next()': (_req, _res, next) => next(),
  "next('route')": (_req, _res, next) => next('route'),
  "next('router')": (_req, _res, next) => next('router'),
  'next(err)': (_req, _res, next) => next(Object.assign(new Error('passed'), { status: 418 })),
  throws: () => {
    throw Object.assign(new Error('thrown'), { status: 409 });
  },
  rejects: async () => {
    await Promise.resolve();
    throw Object.assign(new Error('rejected'), { status: 422 });
  },
  'rejects with nothing': () => Promise.reject(undefined),
  'async next()': async (_req, _res, next) => {
    await Promise.resolve();
    next();
  },
};

function appWith(mount: (app: express.Express, handlers: RequestHandler[]) => void, middle: RequestHandler): express.Express {
  const app = express();
  mount(app, [step('a'), middle, step('b')]);
  app.get('/x', (_req, res) => void res.json({ reached: res.locals.trail }));
  app.use((_req, res) => void res.status(404).json({ notFound: res.locals.trail ?? null }));
  const onError: ErrorRequestHandler = (err: { status?: number; message?: string }, _req, res, _next) =>
    void res.status(err.status ?? 500).json({ error: err.message, trail: res.locals.trail });
  app.use(onError);
  return app;
}

test.each(Object.keys(endings))('a handler that %s is answered as express answers it when mounted one by one', async (name) => {
  const oneByOne = appWith((app, handlers) => handlers.forEach((h) => app.use(h)), endings[name]);
  const grouped = appWith((app, handlers) => app.use(inOrder(...handlers)), endings[name]);
  const answer = async (app: express.Express) => {
    const res = await request(app).get('/x');
    return { status: res.status, body: res.body as unknown, text: res.text };
  };
  expect(await answer(grouped)).toEqual(await answer(oneByOne));
});

test('an empty group goes on', async () => {
  const app = express();
  app.use(inOrder());
  app.get('/x', (_req, res) => void res.json({ ok: true }));
  expect((await request(app).get('/x')).body).toEqual({ ok: true });
});
