import fc from 'fast-check';
import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';
import { candidateIn, signIn } from './support';
import { safeNext, unmaskToken } from '../../src/web/workspace/session';

/**
 * Hostile forms against every workspace route, sent by a signed-in editor with a valid CSRF token (so they reach the
 * handlers), a wrong one or none: missing, extra and repeated fields, wrong actions, ids that are not ids, NUL and lone
 * surrogates, broken percent-encoding, huge values. Asserted: never a 5xx, never internals in a page, a refused form
 * (4xx) changes nothing in the ledger or the reviews, and every claim keeps its provenance.
 */
const RUNS = Number(process.env.WORKSPACE_FUZZ_RUNS ?? 400);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);

const TEXT = 'Officials said "over 300" fighters had left. Around 150 of them were women, the agency said.';

let t: TestApp;
let editor: Awaited<ReturnType<typeof signIn>>;
/**
 * Signed in before the fuzz runs: the fuzz posts to /sign-in too, and may use up this address's sign-in allowance (a 429 there is right).
 */
let ended: Awaited<ReturnType<typeof signIn>>;
let documentId: number;
let textless: number;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
  editor = await signIn(t.app, t.keys.editor);
  ended = await signIn(t.app, t.keys.editor);
  const doc = await request(t.app).post('/v1/documents').set(t.as.editor).send({ title: 'Fuzzed', text: TEXT }).expect(201);
  documentId = doc.body.id;
  textless = (await request(t.app).post('/v1/documents').set(t.as.editor).send({ title: 'No text yet' }).expect(201)).body.id;
  const c = (id: string, words: string, value: number) =>
    candidateIn(TEXT, words, {
      id,
      value,
      approximation: 'approximately',
      claimant: { name: 'Officials', mention: null, actor_id: null, new: true },
      cue: 'said',
      quote: { exact: TEXT, start: 0, end: TEXT.length, prefix: '', suffix: '' },
      relations: id === 'c2' ? [{ type: 'part_of', target: 'c1' }] : [],
      confidence: 0.9,
    });
  await t.db('workspace_extractions').insert({
    document_id: documentId,
    text_sha256: doc.body.text_sha256,
    created_by: 'test',
    candidates: JSON.stringify([c('c1', 'over 300', 300), c('c2', 'Around 150', 150)]),
  });
});
afterAll(() => t.drop());

const HOSTILE = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\uD800',
  '<script>alert(1)</script>',
  "' OR '1'='1",
  '1; DROP TABLE claims; --',
  'A'.repeat(3000),
  '🙂'.repeat(50),
  '-1',
  '0',
  '1e999',
  'NaN',
  '9007199254740993',
  '1,500',
  '2014-13',
  '2014-02-30',
  'actor:0',
  'actor:1',
  'actor:99999999999',
  'claim:1',
  'claim:0',
  'claim:-1',
  'c1',
  'c2',
  'c99',
  'new',
  'accept',
  'reject',
  'add_source',
  '1',
  '2',
  '99',
  'person',
  'exact',
  'range',
  'vague',
  'KZ',
  'Kazakh',
  'foreign_fighters',
  'islamic-state',
  'part_of',
  'supersedes',
  TEXT,
  'over 300',
  '/workspace',
  '//evil.example',
  'javascript:alert(1)',
];
const NAMES = [
  'action',
  'value_text',
  'value',
  'value_low',
  'value_high',
  'approximation',
  'metric',
  'country',
  'group',
  'location',
  'claimant',
  'claimant_name',
  'claimant_kind',
  'as_of',
  'stated_on',
  'context',
  'quote',
  'notes',
  'source_of',
  'rel_type_0',
  'rel_target_0',
  'rel_type_11',
  'rel_target_11',
  'rel_type_99',
  'title',
  'url',
  'kind',
  'publisher',
  'publisher_name',
  'publisher_kind',
  'authors',
  'published_on',
  'language',
  'text',
  'version',
  'next',
  'key',
  '__proto__',
  'constructor',
  'csrf',
];
const RAW = ['%C3%28', '%FF%FE', '%', '%E0%A4%A', '%ZZ', 'a%00b', '%2e%2e%2f'];

/** Percent-encodes, writing a lone surrogate as the bytes a broken client would send (not UTF-8). */
const LONE = /([\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF])/;
const enc = (v: string) =>
  v
    .split(LONE)
    .map((part) => (LONE.test(part) && part.length === 1 ? '%ED%A0%80' : encodeURIComponent(part)))
    .join('');
const value = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 30 }));
const pair = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(fc.constantFrom(...NAMES), value).map(([k, v]) => `${enc(k)}=${enc(v)}`) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom(...RAW)).map(([k, v]) => `${k}=${v}`) },
  { weight: 1, arbitrary: fc.constantFrom('a[b]=1', '=x', '&&', 'csrf', 'x='.repeat(300)) },
);
const paths = () => [
  '/workspace/documents',
  `/workspace/documents/${documentId}/candidates/c1`,
  `/workspace/documents/${documentId}/candidates/c2`,
  `/workspace/documents/${documentId}/claims`,
  `/workspace/documents/${documentId}/accept-high`,
  `/workspace/documents/${documentId}/candidates/c1/reconsider`,
  `/workspace/documents/${documentId}/candidates/%2e%2e`,
  '/workspace/documents/1/candidates/c1',
  '/workspace/documents/99999999999999999999/claims',
  '/workspace/documents/-1/claims',
  '/sign-out',
  '/sign-in',
  `/workspace/documents/${documentId}/propose-again`,
  `/workspace/documents/${documentId}/text`,
  `/workspace/documents/${textless}/text`,
  `/workspace/documents/${textless}/candidates/c1`,
];

/** What a refused form must leave as it was: every row of the ledger and of the reviews. */
const TABLES = [
  'claims',
  'claim_sources',
  'claim_relations',
  'actors',
  'documents',
  'revisions',
  'workspace_decisions',
  'workspace_extractions',
  'web_sessions',
];
const snapshot = async () =>
  JSON.stringify(
    await Promise.all(
      TABLES.map((table) =>
        t.db
          .raw(`SELECT count(*)::int AS n, md5(coalesce(string_agg(md5(x::text), '' ORDER BY md5(x::text)), '')) AS h FROM ${table} x`)
          .then((r) => r.rows[0]),
      ),
    ),
  );

test(`${RUNS} hostile workspace forms: no 5xx, no internals, provenance kept (seed ${SEED})`, async () => {
  const samples = fc.sample(
    fc.record({
      path: fc.integer({ min: 0, max: 15 }),
      pairs: fc.array(pair, { maxLength: 14 }),
      csrf: fc.constantFrom('valid', 'valid', 'none', 'wrong'),
    }),
    { numRuns: RUNS, seed: SEED },
  );
  const failures: string[] = [];
  for (const s of samples) {
    const path = paths()[s.path];
    if (path === '/sign-out') continue;
    const csrf = { valid: [`csrf=${editor.csrf}`], none: [], wrong: [`csrf=${editor.csrf.slice(1)}A`] }[s.csrf];
    const body = [...csrf, ...s.pairs].join('&');
    const before = await snapshot();
    const res = await request(t.app)
      .post(path)
      .set('Cookie', editor.jar.header())
      .set('Content-Type', 'application/x-www-form-urlencoded')
      .send(body);
    const where = `${path} ${body.slice(0, 200)} → ${res.status}`;
    if (res.status >= 400 && res.status < 500 && (await snapshot()) !== before) failures.push(`a refused form changed rows: ${where}`);
    if (
      s.csrf !== 'valid' &&
      !body.includes(`csrf=${editor.csrf}`) &&
      path !== '/sign-in' &&
      res.status !== 403 &&
      res.status !== 404 &&
      res.status !== 415
    )
      failures.push(`no valid token, not refused: ${where}`);
    if (res.status >= 500) failures.push(`5xx: ${where}`);
    if (/\bat \S+ \(\/[^)]*:\d+:\d+\)|node_modules|SELECT |syntax error|TypeError|ReferenceError/.test(res.text))
      failures.push(`internals: ${where}: ${res.text.slice(0, 300)}`);
    // (signing in brings the editor back to the page `next` names, one of the site's own: safeNext)
    const ownPage = path === '/sign-in' && res.headers.location === safeNext(new URLSearchParams(body).get('next'));
    if (res.status === 303 && !/^\/(workspace|sign-in)/.test(res.headers.location) && !ownPage)
      failures.push(`redirect elsewhere: ${where} ${res.headers.location}`);
    if (failures.length > 5) break;
  }
  expect(failures).toEqual([]);
  const orphans = await t.db('claims').whereNotExists(t.db('claim_sources').whereRaw('claim_sources.claim_id = claims.id')).select('id');
  expect(orphans).toEqual([]);
  // The session still works after all that.
  expect((await editor.get('/workspace')).status).toBe(200);
}, 300_000);

test('an ended session: every form post is a 401 page that says to sign in again, and changes nothing', async () => {
  await t
    .db('web_sessions')
    .where({ csrf_token: unmaskToken(ended.csrf) })
    .update({ expires_at: t.db.raw("now() - interval '1 minute'") });
  const form = {
    action: 'accept',
    value_text: 'over 300',
    value: '300',
    approximation: 'more_than',
    metric: 'foreign_fighters',
    country: 'KZ',
    claimant: 'new',
    claimant_name: 'Late',
    quote: TEXT,
    title: 'Late',
    text: TEXT,
    version: '1',
  };
  for (const path of paths()) {
    if (path === '/sign-in') continue;
    const before = await snapshot();
    const res = await ended.post(path, form);
    expect([path, res.status]).toEqual([path, 401]);
    expect(res.text).toContain('sign in again');
    expect(await snapshot()).toBe(before);
  }
  const page = await ended.get(`/workspace/documents/${documentId}`);
  expect(page.status).toBe(303);
  expect(page.headers.location).toBe(`/sign-in?next=${encodeURIComponent(`/workspace/documents/${documentId}`)}`);
});

test('a form over the body limit or with too many fields is a 413 page saying which, and changes nothing', async () => {
  const before = await snapshot();
  const res = await editor.post('/workspace/documents', { title: 'Huge', text: 'x'.repeat(1_200_000) });
  expect(res.status).toBe(413);
  // Said with its size and the limit, and why a text weighs more than its letters.
  expect(res.text).toMatch(/The form is too large: 1,17\d KB as the browser sent it, where the ledger takes 1,024 KB at most\./);
  expect(res.text).toContain('a letter of Arabic, Cyrillic or Greek takes six bytes');
  // More fields than any form has (a flood of names): said so, not "too large".
  const fields = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`f${i}`, '1']));
  const flood = await editor.post('/workspace/documents', { title: 'Flood', text: 'x', ...fields });
  expect(flood.status).toBe(413);
  expect(flood.text).toContain('more fields than any of the workspace’s forms');
  expect(await snapshot()).toBe(before);
});
