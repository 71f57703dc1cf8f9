/**
 * Review 46: a word names one thing the extractor reads. Group writes took another lock than place writes and did not
 * check places' words, so a group could take a place's word (and both could take one word at once); words the extractor
 * reads as something else ("The", "Women", "Said", "Police", months, numbers) were a place's; a joiner that Persian and
 * Indic names need was refused with every format character.
 */
import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

test('a group name that names a place, or a place in the gazetteer, is a 409 naming the field and the place', async () => {
  const res = await request(t.app)
    .post('/v1/groups')
    .set(t.as.editor)
    .send({ slug: 'tajik-front', name: 'Tajik', aliases: ['Mosul'] })
    .expect(409);
  expect(res.body.errors).toEqual([
    { field: '/name', message: '"Tajik" already names TJ (Tajikistan)' },
    { field: '/aliases/0', message: expect.stringContaining('already names a place in IQ (Iraq)') },
  ]);
  await request(t.app)
    .patch('/v1/groups/islamic-state')
    .set(t.as.admin)
    .send({ aliases: ['ISIS', 'Kazakhs'] })
    .expect(409);
  expect(await t.db('groups').where({ slug: 'tajik-front' }).first()).toBeUndefined();
  expect((await t.db('groups').where({ slug: 'islamic-state' }).first()).aliases).not.toContain('Kazakhs');
});

test('the same word written at once as places and groups: exactly one write takes it, every other is a 409 naming it', async () => {
  const word = 'Qarlaqistan';
  const writes = [
    ...['TJ', 'UZ', 'KG'].map((code) =>
      request(t.app)
        .post(`/v1/countries/${code}/words`)
        .set(t.as.editor)
        .send({ aliases: [word] }),
    ),
    ...[1, 2, 3].map((n) =>
      request(t.app)
        .post('/v1/groups')
        .set(t.as.editor)
        .send({ slug: `qarlaq-${n}`, name: word }),
    ),
  ];
  const answers = await Promise.all(writes);
  // Either kind may win the race (a place's words answer 200, a new group 201: under load a group had won, and a
  // test that expected a place to win failed): exactly one write is taken, with its own kind's success, and every other is a 409.
  const taken = answers.map((a, i) => [i < 3 ? 'place' : 'group', a.status] as const).filter(([, status]) => status !== 409);
  expect(taken.map(([kind, status]) => `${kind} ${status}`)).toEqual([expect.stringMatching(/^(place 200|group 201)$/)]);
  for (const lost of answers.filter((a) => a.status === 409))
    expect(lost.body.errors).toEqual([
      { field: expect.stringMatching(/^\/(name|aliases\/0)$/), message: expect.stringMatching(/^"Qarlaqistan" already names /) },
    ]);
  const places = await t.db('countries').whereRaw('? = ANY(aliases)', [word]).count({ n: '*' });
  const groups = await t.db('groups').where({ name: word }).count({ n: '*' });
  expect(Number(places[0].n) + Number(groups[0].n)).toBe(1);
});

test('a word the extractor reads as something else is a 422 naming the field and why; a name holding one is not', async () => {
  const res = await request(t.app)
    .post('/v1/countries/SY/words')
    .set(t.as.editor)
    .send({ aliases: ['The', 'Police', 'May', 'Twelve', 'The Women', 'Raqqa Women'], demonyms: ['Said'] })
    .expect(422);
  expect(res.body.errors).toEqual([
    { field: '/aliases/0', message: '"The" is a function word to the extractor: no name of a place or group' },
    { field: '/aliases/1', message: '"Police" is a word for a body (police, ministry) to the extractor: no name of a place or group' },
    { field: '/aliases/2', message: `"May" is a month's name to the extractor: no name of a place or group` },
    { field: '/aliases/3', message: '"Twelve" is a number to the extractor: no name of a place or group' },
    { field: '/aliases/4', message: '"Women" is a word for people to the extractor: no name of a place or group' },
    { field: '/demonyms/0', message: '"Said" is a verb of saying to the extractor: no name of a place or group' },
  ]);
  await request(t.app).post('/v1/groups').set(t.as.editor).send({ slug: 'the-women', name: 'The Women' }).expect(422);
  await request(t.app)
    .post('/v1/groups')
    .set(t.as.editor)
    .send({ slug: 'the-women', name: 'Women', aliases: ['the women'] })
    .expect(422);
  await request(t.app)
    .post('/v1/groups')
    .set(t.as.editor)
    .send({ slug: 'returnee-suspects', name: 'Returnee Cells', aliases: ['returnee suspects'] })
    .expect(201);
  expect((await t.db('countries').where({ code: 'SY' }).first()).aliases).not.toContain('Police');
  await request(t.app).post('/v1/countries').set(t.as.editor).send({ code: 'SY-ZZ', name: 'Women Street' }).expect(201);
});

test('a joiner between letters of a script that writes one is the name its own; anywhere else it is a 400', async () => {
  await request(t.app)
    .post('/v1/countries/IR/words')
    .set(t.as.editor)
    .send({ aliases: ['ایران\u200cزمین'] })
    .expect(200);
  await request(t.app)
    .post('/v1/countries/IN/words')
    .set(t.as.editor)
    .send({ aliases: ['भारत\u200dवर्ष'] })
    .expect(200);
  for (const alias of ['\u200cایران', 'Iran\u200czamin', 'ایران\u200c Land', 'ایران\u200bزمین'])
    await request(t.app)
      .post('/v1/countries/IR/words')
      .set(t.as.editor)
      .send({ aliases: [alias] })
      .expect(400);
  expect((await t.db('countries').where({ code: 'IR' }).first()).aliases).toContain('ایران\u200cزمین');
});
