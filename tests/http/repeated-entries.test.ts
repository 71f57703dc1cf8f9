import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';
import { seedClaimBody } from '../support/seedClaim';
import { tableChecksums } from '../support/tables';

/*
 * A list of names or places that repeats an entry (aliases, authors, a claim's location) is refused naming the
 * repeat, written the same way or, for places, as two names of one place (SY and Syria): they had been stored and
 * served twice (location ["SY", "SY", "SY"]).
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

const claim = seedClaimBody;

test('a list repeating an entry is refused naming the repeat and the entry it repeats, and nothing is written', async () => {
  const before = await tableChecksums(t.db);
  const cases: [string, string, Record<string, unknown>, number, { field: string; message: string }][] = [
    [
      'post',
      '/v1/actors',
      { kind: 'armed_group', name: 'Dup', aliases: ['IS', 'ISIS', 'IS'] },
      400,
      { field: '/aliases/2', message: 'repeats an earlier entry (/aliases/0)' },
    ],
    [
      'patch',
      '/v1/actors/4',
      { aliases: ['Abykaev', 'Abykaev'], reason: 'x' },
      400,
      { field: '/aliases/1', message: 'repeats an earlier entry (/aliases/0)' },
    ],
    [
      'post',
      '/v1/documents',
      { kind: 'article', title: 'T', authors: ['A. B.', 'C. D.', 'C. D.'] },
      400,
      { field: '/authors/2', message: 'repeats an earlier entry (/authors/1)' },
    ],
    [
      'post',
      '/v1/groups',
      { slug: 'dup-group', name: 'Dup', aliases: ['DG', 'DG'] },
      400,
      { field: '/aliases/1', message: 'repeats an earlier entry (/aliases/0)' },
    ],
    [
      'post',
      '/v1/claims',
      claim({ location: ['SY', 'IQ', 'SY'] }),
      400,
      { field: '/location/2', message: 'repeats an earlier entry (/location/0)' },
    ],
    [
      'post',
      '/v1/claims',
      claim({ location: ['SY', 'Iraq', 'Syria'] }),
      422,
      { field: '/location/2', message: 'names SY again, as /location/0 does' },
    ],
    [
      'patch',
      '/v1/claims/1',
      { location: ['iq', 'IQ'], reason: 'x' },
      422,
      { field: '/location/1', message: 'names IQ again, as /location/0 does' },
    ],
  ];
  for (const [method, path, body, status, error] of cases) {
    const res = await request(t.app)[method as 'post' | 'patch'](path).set(t.as.admin).set('If-Match', '*').send(body);
    expect({ path, status: res.status, errors: res.body.errors }).toEqual({ path, status, errors: [error] });
  }
  const line = JSON.stringify({
    type: 'claim',
    ...claim({ location: ['IQ', 'Iraq'] }),
    claimant_id: undefined,
    claimant: 4,
    sources: [{ document: 1, quote: 'over 300' }],
  });
  const imported = await request(t.app)
    .post('/v1/import')
    .set(t.as.admin)
    .set('Content-Type', 'application/x-ndjson')
    .send(`${line}\n`)
    .expect(422);
  expect(imported.body.errors).toEqual([{ line: 1, field: '/location/1', message: 'names IQ again, as /location/0 does' }]);
  expect(await tableChecksums(t.db)).toEqual(before);
});

test('lists of distinct entries are stored as given', async () => {
  const res = await request(t.app)
    .post('/v1/claims')
    .set(t.as.editor)
    .send(claim({ location: ['Syria', 'IQ'] }))
    .expect(201);
  expect(res.body.location).toEqual(['SY', 'IQ']);
  const actor = await request(t.app)
    .post('/v1/actors')
    .set(t.as.editor)
    .send({ kind: 'armed_group', name: 'Distinct', aliases: ['IS', 'ISIS'] })
    .expect(201);
  expect(actor.body.aliases).toEqual(['IS', 'ISIS']);
});

/*
 * Ajv compared every pair of a list's entries when the schema did not say their type (every list here has items by
 * $ref): a 1 MB body of 100,000 distinct authors held the event loop, and so every request of every client, for about
 * 200 s before its maxItems was answered. Each list is now checked in one pass (validate.ts, for every schema).
 */
test('a list of 50,000 distinct entries, far over its limit, is refused in a moment on every route that takes one', async () => {
  const many = Array.from({ length: 50_000 }, (_, i) => `entry ${i}`);
  const cases: [string, string, Record<string, unknown> | string, string][] = [
    ['post', '/v1/actors', { kind: 'ngo', name: 'Many names', aliases: many }, '/aliases'],
    ['patch', '/v1/actors/1', { aliases: many }, '/aliases'],
    ['post', '/v1/documents', { title: 'Many authors', authors: many }, '/authors'],
    ['post', '/v1/claims', claim({ location: many }), '/location'],
    ['post', '/v1/groups', { slug: 'many', name: 'Many', aliases: many }, '/aliases'],
  ];
  for (const [method, path, body, field] of cases) {
    const started = process.cpuUsage();
    const req = method === 'post' ? request(t.app).post(path) : request(t.app).patch(path).set('If-Match', '*');
    const res = await req.set(t.as.admin).send(body);
    const { user, system } = process.cpuUsage(started);
    expect({ path, status: res.status, errors: res.body.errors }).toEqual({
      path,
      status: 400,
      errors: expect.arrayContaining([
        expect.objectContaining({ field, message: expect.stringMatching(/must NOT have more than \d+ items/) }),
      ]),
    });
    // CPU time of this process (the server and the client): a pass over the list, not its pairs, whatever else runs.
    const seconds = (user + system) / 1e6;
    expect({ path, fast: seconds < 5 }).toEqual({ path, fast: true });
  }
  // An import line is validated by the same schemas.
  const line = JSON.stringify({ type: 'actor', key: 'many', kind: 'ngo', name: 'Many names', aliases: many });
  const res = await request(t.app).post('/v1/import').set(t.as.admin).set('Content-Type', 'application/x-ndjson').send(`${line}\n`);
  expect(res.status).toBe(422);
  expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ line: 1, field: '/aliases' })]));
});
