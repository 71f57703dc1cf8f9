/**
 * Vocab47, the debts the last round left on the vocabularies' words: a metric's label was no word a place or group
 * name was refused by ("Repatriated" as a subdivision would have taken "500 repatriated"); a name written wholly in
 * Cyrillic letters that look Latin ("Роӏісе") passed the ordinary-word rule the mixed "Polıce" meets; actors' names
 * and aliases met no word rule at all (an alias "The" or "Police" would match every article's "police said"); and
 * "Union" alone, a word for a body, is refused while a name holding it is not.
 */
import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

test('a subdivision or a group named as a metric label, its singular or plural, is a 409 naming the metric; nothing is written', async () => {
  await request(t.app)
    .post('/v1/metrics')
    .set(t.as.editor)
    .send({ code: 'exfiltrated', label: 'Exfiltrated', unit: 'people', definition: 'people smuggled out of a camp' })
    .expect(201);
  const place = await request(t.app).post('/v1/countries').set(t.as.editor).send({ code: 'TJ-EX', name: 'Exfiltrated' }).expect(409);
  expect(place.body.errors).toEqual([
    { field: '/name', message: '"Exfiltrated" is the label of metric exfiltrated, which the extractor reads as what a figure counts' },
  ]);
  expect(await t.db('countries').where({ code: 'TJ-EX' }).first()).toBeUndefined();
  const group = await request(t.app)
    .post('/v1/groups')
    .set(t.as.editor)
    .send({ slug: 'abroad-brigade', name: 'Abroad Brigade', aliases: ['The Foreign Fighter', 'Detained  Abroad', 'exfiltrateds'] })
    .expect(409);
  expect(group.body.errors).toEqual([
    { field: '/aliases/0', message: expect.stringContaining('is the label of metric foreign_fighters') },
    { field: '/aliases/1', message: expect.stringContaining('is the label of metric detained') },
    { field: '/aliases/2', message: expect.stringContaining('is the label of metric exfiltrated') },
  ]);
  expect(await t.db('groups').where({ slug: 'abroad-brigade' }).first()).toBeUndefined();
  // a name that holds a label among other words is a name ("Foreign Fighters Brigade")
  await request(t.app).post('/v1/groups').set(t.as.editor).send({ slug: 'ff-brigade', name: 'Foreign Fighters Brigade' }).expect(201);
});

test('a name whose letters are all Cyrillic or Greek look-alikes of an ordinary word is a 422; a name of the script itself is taken', async () => {
  const res = await request(t.app)
    .post('/v1/groups')
    .set(t.as.editor)
    .send({ slug: 'lookalike-police', name: 'Lookalike Watch', aliases: ['Роӏісе', 'Μαγ'] })
    .expect(422);
  expect(res.body.errors).toEqual([
    {
      field: '/aliases/0',
      message: '"Police" is a word for a body (police, ministry) to the extractor ("Роӏісе" reads as it): no name of a place or group',
    },
    { field: '/aliases/1', message: '"May" is a month\'s name to the extractor ("Μαγ" reads as it): no name of a place or group' },
  ]);
  expect(await t.db('groups').where({ slug: 'lookalike-police' }).first()).toBeUndefined();
  const own = await request(t.app)
    .post('/v1/groups')
    .set(t.as.editor)
    .send({ slug: 'dzhamaat-test', name: 'Dzhamaat Test', aliases: ['Джамаат Тест', 'Сорос'] })
    .expect(201);
  expect(own.body.aliases).toEqual(['Джамаат Тест', 'Сорос']);
});

test('Union alone is refused as a group or place name, a name holding it among other words is taken', async () => {
  const alone = await request(t.app).post('/v1/groups').set(t.as.editor).send({ slug: 'union', name: 'The Union' }).expect(422);
  expect(alone.body.errors).toEqual([{ field: '/name', message: expect.stringContaining('"Union" is a word for a body') }]);
  await request(t.app).post('/v1/groups').set(t.as.editor).send({ slug: 'islamic-jihad-union', name: 'Islamic Jihad Union' }).expect(201);
});

test('an actor alias made only of words naming nobody in particular is a 422 naming it, with every other problem; nothing is written', async () => {
  const res = await request(t.app)
    .post('/v1/actors')
    .set(t.as.editor)
    .send({
      kind: 'government_agency',
      name: 'Example Border Police',
      country: 'Atlantis',
      aliases: ['The', 'Police', 'the Ministry', 'Роӏісе', 'EBP'],
    })
    .expect(422);
  expect(res.body.errors).toEqual(
    expect.arrayContaining([
      { field: '/aliases/0', message: '"The" is a function word to the extractor: no name of anyone in particular' },
      { field: '/aliases/1', message: expect.stringContaining('"Police" is a word for a body') },
      { field: '/aliases/2', message: expect.stringContaining('"Ministry" is a word for a body') },
      { field: '/aliases/3', message: expect.stringContaining('("Роӏісе" reads as it)') },
      { code: 'unknown_place', field: '/country', message: expect.stringContaining('Atlantis') },
    ]),
  );
  expect(res.body.errors).toHaveLength(5);
  expect(await t.db('actors').where({ name: 'Example Border Police' }).first()).toBeUndefined();
});

test('an actor name or alias mixing Latin letters with look-alikes is a 422 naming it, and an edit to an ordinary alias too', async () => {
  const res = await request(t.app)
    .post('/v1/actors')
    .set(t.as.editor)
    .send({ kind: 'person', name: 'Nurtai Ab\u0443kaev', aliases: ['Ab\u0443kaev', 'N. Abykaev'] })
    .expect(422);
  expect(res.body.errors).toEqual([
    { field: '/name', message: expect.stringContaining('mixes Latin letters with Cyrillic ones') },
    { field: '/aliases/0', message: expect.stringContaining('mixes Latin letters with Cyrillic ones') },
  ]);
  const actor = await t.db('actors').orderBy('id').first();
  const patched = await request(t.app)
    .patch(`/v1/actors/${actor.id}`)
    .set(t.as.editor)
    .set('If-Match', '"v1"')
    .send({ aliases: ['Police'], reason: 'a test of the alias rule' });
  expect([patched.status, patched.body.errors]).toEqual([422, [{ field: '/aliases/0', message: expect.stringContaining('"Police"') }]]);
});

test('an actor may be named as a place, a month, a verb of saying or one letter: a person called Jordan, aliased May, Said or X', async () => {
  const res = await request(t.app)
    .post('/v1/actors')
    .set(t.as.editor)
    .send({ kind: 'person', name: 'Jordan', aliases: ['May', 'Said', 'Iraq', 'UN', 'X'] })
    .expect(201);
  expect(res.body.aliases).toEqual(['May', 'Said', 'Iraq', 'UN', 'X']);
});
