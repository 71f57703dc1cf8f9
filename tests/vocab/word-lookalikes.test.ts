/**
 * Fix 46v: the word rule let lookalike letters through. TJ-SZ took the alias "Kaz\u0430khstan" (a Cyrillic a) and the
 * demonym "Taj\u0456k" (a Cyrillic i), words no reader tells from Kazakhstan and Tajik; "Pol\u0131ce" (a dotless i)
 * passed the refusal of the extractor's ordinary words; a word opening with a combining mark was taken. And an Arabic
 * vowel mark (Script=Inherited) before a joiner made a Persian word a 400, where the same word without the mark passed.
 * The rule is one, for places' and groups' words alike.
 */
import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
  await request(t.app).post('/v1/countries').set(t.as.editor).send({ code: 'TJ-SZ', name: 'Sughdz' }).expect(201);
});
afterAll(() => t.drop());

const placeWords = async () => {
  const place = await t.db('countries').where({ code: 'TJ-SZ' }).first();
  return [...place.aliases, ...place.demonyms];
};

test('a word mixing Latin letters with Cyrillic or Greek ones is a 400 naming the field and why; nothing is added', async () => {
  for (const [body, field, script] of [
    [{ aliases: ['Kaz\u0430khstan'] }, '/aliases/0', 'Cyrillic'],
    [{ demonyms: ['Taj\u0456k'] }, '/demonyms/0', 'Cyrillic'],
    [{ aliases: ['Sughd', 'Kh\u03bfjand Region'] }, '/aliases/1', 'Greek'],
  ] as const) {
    const res = await request(t.app).post('/v1/countries/TJ-SZ/words').set(t.as.editor).send(body).expect(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.errors).toEqual([{ field, message: expect.stringContaining(`mixes Latin letters with ${script} ones`) }]);
  }
  expect(await placeWords()).toEqual([]);
  const group = await request(t.app)
    .post('/v1/groups')
    .set(t.as.editor)
    .send({ slug: 'lookalike-front', name: 'Lookalike Front', aliases: ['Isl\u0430mic Brigade'] })
    .expect(400);
  expect(group.body.errors).toEqual([{ field: '/aliases/0', message: expect.stringContaining('mixes Latin letters with Cyrillic ones') }]);
  expect(await t.db('groups').where({ slug: 'lookalike-front' }).first()).toBeUndefined();
});

test('a word in one script alone, Cyrillic or Latin, and words of two scripts each whole, are taken', async () => {
  await request(t.app)
    .post('/v1/countries/TJ-SZ/words')
    .set(t.as.editor)
    .send({ aliases: ['Согдийская', 'Sughdz Viloyati', 'Sughdz Согд'] })
    .expect(200);
  expect(await placeWords()).toEqual(['Согдийская', 'Sughdz Viloyati', 'Sughdz Согд']);
});

test('an ordinary word written with a lookalike Latin letter is refused as the ordinary word (422)', async () => {
  for (const alias of ['Pol\u0131ce', 'Ｐｏｌｉｃｅ']) {
    const res = await request(t.app)
      .post('/v1/countries/TJ-SZ/words')
      .set(t.as.editor)
      .send({ aliases: [alias] })
      .expect(422);
    expect(res.body.errors).toEqual([{ field: '/aliases/0', message: expect.stringMatching(/^"Police" is a word for a body/) }]);
    expect(res.body.errors[0].message).toContain(`("${alias}" reads as it)`);
  }
  await request(t.app)
    .post('/v1/countries/TR/words')
    .set(t.as.editor)
    .send({ aliases: ['Diyarbak\u0131rl\u0131 Land'] })
    .expect(200);
});

test('a word opening with a combining mark is a 400 naming the field', async () => {
  for (const alias of ['\u0301Sughdz East', 'Sughdz \u0308Upper'])
    await request(t.app)
      .post('/v1/countries/TJ-SZ/words')
      .set(t.as.editor)
      .send({ aliases: [alias] })
      .expect(400)
      .expect((res) => expect(res.body.errors).toEqual([{ field: '/aliases/0', message: expect.stringContaining('combining mark') }]));
  await request(t.app).post('/v1/groups').set(t.as.editor).send({ slug: 'mark-front', name: '\u0301Mark Front' }).expect(400);
  expect(await t.db('groups').where({ slug: 'mark-front' }).first()).toBeUndefined();
});

test('a joiner after an Arabic vowel mark is in the word, as after a letter', async () => {
  await request(t.app)
    .post('/v1/countries/IR/words')
    .set(t.as.editor)
    .send({ aliases: ['م\u064e\u200cخواهم'] })
    .expect(200);
  await request(t.app)
    .post('/v1/countries/IR/words')
    .set(t.as.editor)
    .send({ aliases: ['می\u200cخواهم'] })
    .expect(200);
  await request(t.app)
    .post('/v1/countries/IR/words')
    .set(t.as.editor)
    .send({ aliases: ['Iran\u0301\u200czamin'] })
    .expect(400);
  expect((await t.db('countries').where({ code: 'IR' }).first()).aliases).toEqual(
    expect.arrayContaining(['م\u064e\u200cخواهم', 'می\u200cخواهم']),
  );
});
