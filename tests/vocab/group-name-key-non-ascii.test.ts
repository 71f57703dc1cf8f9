import { VocabularyStore } from '../../src/vocab/store';
import { createTestApp, TestApp } from '../support/app';

/*
 * Found by the review of 6 Dec (robust42): "every lookup of the group named so goes through name_key" (docs/operations.md,
 * docs/security.md). resolveGroup still lower-cases the word in JavaScript before name_key, while name_key's lower()
 * runs in the database's collation (the embedded PostgreSQL is --locale=C: only ASCII letters are lower-cased). A group
 * whose name starts with a non-ASCII capital is then not found by its own name, written exactly as stored; an actor
 * (actorsNamedQuery, name_key on both sides in SQL) is.
 */
jest.setTimeout(120_000);

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.drop());

test('a group is resolved by its own name as stored, a non-ASCII capital first', async () => {
  await t.db('groups').insert({ slug: 'etat-islamique-review', name: 'État islamique de revue', aliases: ['Ансар Ревю'] });
  const store = new VocabularyStore(t.db);
  expect((await store.resolveGroup('État islamique de revue'))?.slug).toBe('etat-islamique-review');
  expect((await store.resolveGroup('Ансар Ревю'))?.slug).toBe('etat-islamique-review');
});
