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
