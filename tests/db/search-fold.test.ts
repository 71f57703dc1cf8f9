import request from 'supertest';
import { searchFold } from '../../src/db/nameKey';
import { createTestApp, TestApp } from '../support/app';

/*
 * The actors' and documents' search folds case and composition as names are keyed (search_fold, migration
 * 20261221030000), whatever the cluster's locale: under the embedded cluster's --locale=C, lower() had folded A–Z
 * alone, so "ансар" did not find "АНСАР", and a composed "é" did not find a decomposed one.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

const DECOMPOSED = 'E\u0301TAT ISLAMIQUE AU SAHEL';

describe('search of names and titles folds case and composition whatever the locale', () => {
  let ansar: number;
  let etat: number;
  let title: number;
  beforeAll(async () => {
    ansar = (await request(t.app).post('/v1/actors').set(t.as.editor).send({ kind: 'armed_group', name: 'АНСАР АЛЬ-ШАРИА' }).expect(201))
      .body.id;
    etat = (
      await request(t.app)
        .post('/v1/actors')
        .set(t.as.editor)
        .send({ kind: 'armed_group', name: 'Sahel Province', aliases: [DECOMPOSED] })
        .expect(201)
    ).body.id;
    title = (await request(t.app).post('/v1/documents').set(t.as.editor).send({ title: 'ОТЧЁТ О ВОЗВРАЩЕНЦАХ ΣΟΦΊΑ' }).expect(201)).body.id;
  });

  test.each([
    ['ансар', 'ansar'],
    ['Ансар аль', 'ansar'],
    ['état islamique', 'etat'],
    ['E\u0301tat', 'etat'],
    ['ÉTAT', 'etat'],
  ])('an actor search for %j finds the actor named or aliased so in other case or composition', async (q, which) => {
    const res = await request(t.app).get('/v1/actors').query({ q }).expect(200);
    const ids = (res.body.data as { id: number }[]).map((a) => a.id);
    expect(ids).toContain(which === 'ansar' ? ansar : etat);
    expect(ids).not.toContain(which === 'ansar' ? etat : ansar);
  });

  test.each(['отчёт о', 'ОТЧЕ\u0308Т', 'σοφία', 'ΣΟΦΊΑ'])(
    'a document search for %j finds the title in other case or composition',
    async (q) => {
      const res = await request(t.app).get('/v1/documents').query({ q }).expect(200);
      expect((res.body.data as { id: number }[]).map((d) => d.id)).toContain(title);
    },
  );

  test('a search for words no name holds finds none of them', async () => {
    const res = await request(t.app).get('/v1/actors').query({ q: 'ансарх' }).expect(200);
    expect(res.body.data).toEqual([]);
  });

  test('the database folds as searchFold does, on ASCII and beyond it', async () => {
    const texts = ['ABC def', 'АНСАР', DECOMPOSED, 'Straße ẞ', 'ΣΟΦΊΑ ς', 'ﬁne Ｆull', '\u0130stanbul'];
    const { rows } = await t.db.raw('SELECT search_fold(x) AS folded FROM unnest(?::text[]) WITH ORDINALITY AS u(x, n) ORDER BY n', [
      texts,
    ]);
    expect(rows.map((r: { folded: string }) => r.folded)).toEqual(texts.map(searchFold));
  });
});
