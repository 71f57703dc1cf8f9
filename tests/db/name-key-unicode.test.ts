import request from 'supertest';
import * as unicodeNameKeys from '../../db/migrations/20261221020000_unicode_name_keys';
import { MULTIPLE_FOLDS, SINGLE_FOLDS } from '../../db/migrations/20261221020000_unicode_name_keys';
import { nameKey } from '../../src/db/nameKey';
import { ExtractStore } from '../../src/extract/store';
import type { Principal } from '../../src/keys/principal';
import { createServices, type Services } from '../../src/services';
import { sameName } from '../../src/web/workspace/review';
import { createTestApp, type TestApp } from '../support/app';

/*
 * name_key folded case with lower(), which folds what the cluster's locale knows: on the embedded PostgreSQL
 * (--locale=C) only A–Z, so "АНСАР" and "Ансар", "ÉTAT" and "état" were two actors, two groups, and a lookup by one
 * did not find the other (on a Debian cluster, C.UTF-8, they were one); a decomposed "é" (e + U+0301) and a composed
 * one were two names on every cluster. Migration 20261221020000 makes the key NFKC, case-folded by a frozen table,
 * NFKC again, and src/db/nameKey.ts computes it in JavaScript from the same table, for names compared in memory.
 */
jest.setTimeout(180_000);

let t: TestApp;
let services: Services;
const editor: Principal = { name: 'test editor', role: 'editor' };
beforeAll(async () => {
  t = await createTestApp({ seed: true });
  services = await createServices(t.db);
});
afterAll(() => t.drop());

const sqlKeys = async (names: string[]): Promise<string[]> =>
  (await t.db.raw('SELECT name_key(n) AS k FROM unnest(?::text[]) WITH ORDINALITY AS u(n, i) ORDER BY i', [names])).rows.map(
    (r: { k: string }) => r.k,
  );

test('the database and JavaScript give every character of the BMP and every cased one the same key, a key its own key', async () => {
  const codePoints = new Set<number>();
  for (let c = 1; c <= 0xffff; c++) if (c < 0xd800 || c > 0xdfff) codePoints.add(c);
  for (const [first, last, offset, step] of SINGLE_FOLDS) for (let c = first; c <= last; c += step) codePoints.add(c).add(c + offset);
  for (const [c] of MULTIPLE_FOLDS) codePoints.add(c);
  const all = [...codePoints].map((c) => `Ab ${String.fromCodePoint(c)}x`);
  const differ: string[] = [];
  for (let i = 0; i < all.length; i += 10_000) {
    const batch = all.slice(i, i + 10_000);
    const rows: { k: string; nfkc: string }[] = (
      await t.db.raw('SELECT name_key(n) AS k, normalize(n, NFKC) AS nfkc FROM unnest(?::text[]) WITH ORDINALITY AS u(n, i) ORDER BY i', [
        batch,
      ])
    ).rows;
    batch.forEach((name, j) => {
      // Where PostgreSQL's NFKC itself differs from Node's (a character assigned in a Unicode version newer than the
      // server's tables: U+A7F1, Unicode 17, on PostgreSQL 18.4), the key may too; the fold never.
      if (rows[j].nfkc !== name.normalize('NFKC')) return;
      if (rows[j].k !== nameKey(name)) differ.push(`U+${name.codePointAt(3)!.toString(16)}: ${JSON.stringify([rows[j].k, nameKey(name)])}`);
    });
  }
  expect(differ).toEqual([]);
  expect(all.map(nameKey).filter((k) => nameKey(k) !== k)).toEqual([]);
});

test.each([
  ['АНСАР аль-Ислам', 'Ансар Аль-ислам'],
  ['ÉTAT ISLAMIQUE', 'état islamique'],
  ['E\u0301tat islamique', '\u00c9TAT  ISLAMIQUE'],
  ['STRASSE', 'Straße'],
  ['ΟΔΟΣ', 'οδοσ'],
  ['Ｉｓｌａｍｉｃ　Ｓｔａｔｅ', 'islamic state'],
])('%s and %s are one key, in the database as in JavaScript', async (a, b) => {
  const [ka, kb] = await sqlKeys([a, b]);
  expect(ka).toBe(kb);
  expect([nameKey(a), nameKey(b)]).toEqual([ka, kb]);
  expect(sameName(a, b)).toBe(true);
});

test('actors named in capitals, decomposed or not, are found by their name in any case, by every lookup', async () => {
  const [{ id: ansar }] = await t
    .db('actors')
    .insert({ kind: 'armed_group', name: 'АНСАР УНИКОД', aliases: ['E\u0301TAT UNICODE'] })
    .returning('id');
  expect((await services.actors.named(['ансар уникод'])).map((a) => a.id)).toEqual([ansar]);
  expect((await services.actors.named(['\u00e9tat unicode'])).map((a) => a.id)).toEqual([ansar]);
  expect((await new ExtractStore(t.db).actorsNamed(['Ансар Уникод'])).map((a) => a.id)).toEqual([ansar]);
  // namedOrCreated (the workspace's new claimant, the import's claimant by name) takes it rather than making another
  const found = await services.inTransaction((tx) => tx.actors.namedOrCreated({ kind: 'armed_group', name: 'Ансар уникод' }, editor));
  expect(found).toEqual({ actor: expect.objectContaining({ id: ansar }), created: false });
  expect(await t.db('actors').whereRaw(`name_key(name) = name_key('ансар уникод')`).pluck('id')).toEqual([ansar]);

  // the claims list's claimant filter
  const claim = await t.db('claims').select('id', 'claimant_id').orderBy('id').first();
  const { name } = await t.db('actors').where({ id: claim.claimant_id }).first();
  await t.db('actors').where({ id: claim.claimant_id }).update({ name: 'ВЕДОМСТВО ÉTAT' });
  try {
    const res = await request(t.app).get('/v1/claims').query({ claimant: 'ведомство e\u0301tat', limit: 500 }).expect(200);
    expect(res.body.data.map((c: { id: number }) => c.id)).toContain(claim.id);
    expect(res.body.data.every((c: { claimant: { id: number } }) => c.claimant.id === claim.claimant_id)).toBe(true);
  } finally {
    await t.db('actors').where({ id: claim.claimant_id }).update({ name });
  }
});

test('a group named in non-ASCII capitals clashes with the same name in small letters, and is resolved by it', async () => {
  await request(t.app)
    .post('/v1/groups')
    .set(t.as.editor)
    .send({ slug: 'ansar-unicode-group', name: 'АНСАР ГРУППА', aliases: ['ÉTAT GROUPE'] })
    .expect(201);
  const clash = await request(t.app)
    .post('/v1/groups')
    .set(t.as.editor)
    .send({ slug: 'ansar-unicode-other', name: 'Ансар группа' })
    .expect(409);
  expect(clash.body.errors).toEqual([expect.objectContaining({ field: '/name' })]);
  const alias = await request(t.app)
    .post('/v1/groups')
    .set(t.as.editor)
    .send({ slug: 'ansar-unicode-third', name: 'Third unicode group', aliases: ['e\u0301tat groupe'] })
    .expect(409);
  expect(alias.body.errors).toEqual([expect.objectContaining({ field: '/aliases/0' })]);
  expect(await t.db('groups').where('slug', 'like', 'ansar-unicode-%').pluck('slug')).toEqual(['ansar-unicode-group']);
  expect((await request(t.app).get('/v1/groups/ансар%20группа').expect(200)).body.slug).toBe('ansar-unicode-group');
});

test('the migration goes down to the previous key and up again, its indexes rebuilt each way', async () => {
  const key = async () => (await sqlKeys(['  Islamic  STATE ', 'ÉTAT']))[0];
  try {
    await t.db.transaction((trx) => unicodeNameKeys.down(trx));
    expect(await key()).toBe('islamic state');
  } finally {
    await t.db.transaction((trx) => unicodeNameKeys.up(trx));
  }
  expect(await sqlKeys(['  Islamic  STATE ', 'ÉTAT'])).toEqual(['islamic state', 'état']);
  const [{ id }] = await t.db('actors').insert({ kind: 'ngo', name: 'ÉTAT DOWN UP' }).returning('id');
  expect((await services.actors.named(['état down up'])).map((a) => a.id)).toEqual([id]);
});
