import request from 'supertest';
import { createTestApp, type TestApp } from '../support/app';

/*
 * Actors' aliases are written as their names are (spacedName): runs of blanks one space, none at either end. They had
 * been stored as sent, so " ISIL " was kept with its spaces beside the trimmed name. Rows stored before keep their text,
 * and are still matched as the ledger matches names, surrounding blanks and case aside: by the extractor too, which
 * found such an actor and then looked its alias up with the spaces, proposing it as a new claimant.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

test('aliases are stored with their blanks collapsed, on create and edit', async () => {
  const made = await request(t.app)
    .post('/v1/actors')
    .set(t.as.editor)
    .send({ kind: 'government_agency', name: 'Alias  agency', aliases: [' AA ', 'Agency\tof  aliases'] })
    .expect(201);
  expect(made.body.aliases).toEqual(['AA', 'Agency of aliases']);
  expect((await t.db('actors').where({ id: made.body.id }).first()).aliases).toEqual(['AA', 'Agency of aliases']);
  const edited = await request(t.app)
    .patch(`/v1/actors/${made.body.id}`)
    .set(t.as.editor)
    .set('If-Match', made.headers.etag)
    .send({ aliases: ['A.A.  ', '  The alias agency'], reason: 'aliases spelled out' })
    .expect(200);
  expect(edited.body.aliases).toEqual(['A.A.', 'The alias agency']);
});

test('two aliases that differ only in blanks are a repeat, named, and nothing is saved', async () => {
  const before = await t.db('actors').count({ n: '*' }).first();
  const res = await request(t.app)
    .post('/v1/actors')
    .set(t.as.editor)
    .send({ kind: 'government_agency', name: 'Repeating agency', aliases: ['ISIL', ' ISIL', 'Daesh'] })
    .expect(422);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body.errors).toEqual([{ field: '/aliases/1', message: 'repeats an earlier entry (/aliases/0)' }]);
  expect(await t.db('actors').count({ n: '*' }).first()).toEqual(before);
});

test('an alias stored with blanks before this rule still names its actor for the extractor', async () => {
  const made = await request(t.app)
    .post('/v1/actors')
    .set(t.as.editor)
    .send({ kind: 'media_outlet', name: 'Northern Steppe Observatory' })
    .expect(201);
  await t
    .db('actors')
    .where({ id: made.body.id })
    .update({ aliases: [' Steppe Monitor '] });
  const res = await request(t.app)
    .post('/v1/extract')
    .set(t.as.editor)
    .send({ text: 'Steppe Monitor said that 40 Kazakh nationals had joined Islamic State in Syria.' })
    .expect(200);
  const claimants = res.body.candidates.map((c: { claimant: unknown }) => c.claimant);
  expect(claimants).toEqual([expect.objectContaining({ actor_id: made.body.id, new: false })]);
});
