/**
 * Vocab47: how `GET /v1/claims?q=` folds words, pinned as docs/api.md says it. The search is PostgreSQL's full text
 * with the english configuration: English stemming, case folded as the database's own locale folds it, accents and
 * other scripts' letters compared as written. These are the claim-search words in the ledger's own SQL.
 */
import { createTestApp, TestApp } from '../support/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.drop());

const matches = async (text: string, q: string): Promise<boolean> =>
  (await t.db.raw("SELECT to_tsvector('english'::regconfig, ?) @@ websearch_to_tsquery('english'::regconfig, ?) AS hit", [text, q])).rows[0]
    .hit;

test('q stems English words and folds ASCII case', async () => {
  expect(await matches('over 300 militants returned', 'MILITANT')).toBe(true);
  expect(await matches('over 300 militants returned', 'returning')).toBe(true);
});

test('q folds the case of letters outside ASCII only where the database locale does (not under the C locale)', async () => {
  const { rows } = await t.db.raw('SELECT datctype FROM pg_database WHERE datname = current_database()');
  const cLocale = ['C', 'POSIX'].includes(rows[0].datctype);
  expect(await matches('RÉUNION', 'réunion')).toBe(!cLocale);
  expect(await matches('АНСАР', 'ансар')).toBe(!cLocale);
  // (the Turkish capital dotted I is a case: folded to i where the locale folds case, as Debian's en_US.UTF-8 does)
  expect(await matches('İstanbul police', 'istanbul')).toBe(!cLocale);
});

test('q compares accents, the German sharp s and the Turkish dotless i as written', async () => {
  expect(await matches('fighters from Réunion', 'Reunion')).toBe(false);
  expect(await matches('in der Straße', 'strasse')).toBe(false);
  expect(await matches('Diyarbakır officials', 'diyarbakir')).toBe(false);
});
