import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import type { Express } from 'express';
import type { Db } from '../../src/db/knex';
import type { Candidate } from '../../src/extract/candidate';
import { loadSeed, SEED_FILE } from '../../seeds/load';
import { createTestApp, type TestApp } from '../support/app';

/** A fresh ledger: the seed's vocabularies (metrics, groups; countries come with the migrations), no actors, documents or claims. */
export async function loadVocabulariesOnly(db: Db): Promise<void> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ws-vocab-')), 'vocab.json');
  fs.writeFileSync(file, JSON.stringify({ ...JSON.parse(fs.readFileSync(SEED_FILE, 'utf8')), actors: [], documents: [], claims: [] }));
  await loadSeed(db, file);
}

/** A document of `text` posted by the editor, `candidates` stored as its extraction (what the review shows): its id. */
export async function documentProposing(
  t: TestApp,
  title: string,
  text: string,
  candidates: Candidate[],
  fields: { publisher_id?: number; published_on?: string } = {},
): Promise<number> {
  const doc = await request(t.app)
    .post('/v1/documents')
    .set(t.as.editor)
    .send({ title, text, ...fields })
    .expect(201);
  await t.db('workspace_extractions').insert({
    document_id: doc.body.id,
    text_sha256: doc.body.text_sha256,
    created_by: 'test',
    candidates: JSON.stringify(candidates),
  });
  return doc.body.id as number;
}

/** A browser's cookie jar, reduced to what the workspace sets: name → value, dropped when Max-Age=0. */
export class Jar {
  readonly cookies = new Map<string, string>();

  take(res: request.Response): void {
    const raw = res.headers['set-cookie'] as unknown as string[] | undefined;
    for (const line of raw ?? []) {
      const [pair] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      if (/Max-Age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, pair.slice(eq + 1));
    }
  }

  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

/** The value of a hidden csrf field in a page. */
export function csrfOf(html: string): string {
  const m = /name="csrf" value="([^"]+)"/.exec(html);
  if (!m) throw new Error('no csrf field in the page');
  return m[1];
}

/** A browser's sign-in: the form fetched (its cookie kept), then sent with its CSRF token and `fields`. */
async function postSignIn(app: Express, fields: Record<string, string>): Promise<{ jar: Jar; res: request.Response }> {
  const jar = new Jar();
  const page = await request(app).get('/sign-in');
  jar.take(page);
  const res = await request(app)
    .post('/sign-in')
    .set('Cookie', jar.header())
    .type('form')
    .send({ csrf: csrfOf(page.text), ...fields });
  return { jar, res };
}

/** Where signing in with `key` and `next` in the form redirects to (a 303 asserted). */
export async function signedInTo(app: Express, key: string, next: string): Promise<string> {
  const { res } = await postSignIn(app, { key, next });
  expect(res.status).toBe(303);
  return res.headers.location as string;
}

/** An editor's browser: signs in through the form and keeps its cookies. */
export async function signIn(
  app: Express,
  key: string,
): Promise<{
  jar: Jar;
  csrf: string;
  get(path: string): Promise<request.Response>;
  post(path: string, form: Record<string, string>, headers?: Record<string, string>): Promise<request.Response>;
}> {
  const { jar, res } = await postSignIn(app, { key });
  jar.take(res);
  if (res.status !== 303) throw new Error(`sign-in answered ${res.status}`);
  const home = await request(app).get('/workspace').set('Cookie', jar.header());
  const csrf = csrfOf(home.text);
  return {
    jar,
    csrf,
    get: async (path) => {
      const r = await request(app).get(path).set('Cookie', jar.header());
      jar.take(r);
      return r;
    },
    post: async (path, form, headers = {}) => {
      const r = await request(app)
        .post(path)
        .set(headers)
        .set('Cookie', jar.header())
        .type('form')
        .send({ csrf, ...form });
      jar.take(r);
      return r;
    },
  };
}

/**
 * A candidate for `words` at `start` in `text` (by default their first occurrence): the fields given, the others
 * empty (no value, claimant, cue, date or relation), an exact foreign_fighters figure for KZ, of confidence 0.5.
 */
export function candidateIn(
  text: string,
  words: string,
  fields: Partial<Candidate> & Pick<Candidate, 'id' | 'quote'>,
  start = text.indexOf(words),
): Candidate {
  if (start < 0) throw new Error(`not in the text: ${words}`);
  return {
    start,
    end: start + words.length,
    value_text: words,
    value: null,
    value_low: null,
    value_high: null,
    approximation: 'exact',
    fraction: null,
    metric: 'foreign_fighters',
    subgroup: null,
    country: 'KZ',
    location: null,
    group: null,
    claimant: null,
    cue: null,
    relayed_by: null,
    hedge: null,
    as_of: null,
    as_of_text: null,
    stated_on: null,
    relations: [],
    confidence: 0.5,
    reasons: {},
    alternatives: {},
    existing_claim_ids: [],
    ...fields,
  };
}

/**
 * A candidate of `words` in `sentence` of `text`, said by "Officials" ("said"), the sentence its exact quote, of
 * confidence 0.9: the review pages' browser tests build their fixed candidates so.
 */
export function saidCandidate(text: string, id: string, words: string, sentence: string, fields: Partial<Candidate>): Candidate {
  const qs = text.indexOf(sentence);
  return candidateIn(text, words, {
    id,
    claimant: { name: 'Officials', mention: null, actor_id: null, new: true },
    cue: 'said',
    quote: { exact: sentence, start: qs, end: qs + sentence.length, prefix: '', suffix: '' },
    confidence: 0.9,
    ...fields,
  });
}

/**
 * An article of one figure per sentence ("Report 1 said that 101 Kazakh nationals had joined Islamic State."), two
 * lines apart, each sentence the exact quote of its candidate (c1, c2, …: the figure, Islamic State's, claimed by
 * `claimant(i)` as a new actor, of confidence 0.5).
 */
export function reportsArticle(
  count: number,
  firstValue: number,
  claimant: (i: number) => string,
): { text: string; candidates: Candidate[] } {
  const sentences = Array.from(
    { length: count },
    (_, i) => `Report ${i + 1} said that ${firstValue + i} Kazakh nationals had joined Islamic State.`,
  );
  const text = sentences.join('\n\n');
  const candidates = sentences.map((sentence, i) => {
    const start = text.indexOf(sentence);
    return candidateIn(text, String(firstValue + i), {
      id: `c${i + 1}`,
      quote: { exact: sentence, start, end: start + sentence.length, prefix: '', suffix: '' },
      value: firstValue + i,
      group: 'islamic-state',
      claimant: { name: claimant(i), mention: null, actor_id: null, new: true },
      confidence: 0.5,
    });
  });
  return { text, candidates };
}

/** A fresh ledger of the seed's vocabularies only, with an editor signed in to its workspace. */
export async function workspaceLedger(): Promise<{ t: TestApp; editor: Awaited<ReturnType<typeof signIn>> }> {
  const t = await createTestApp();
  await loadVocabulariesOnly(t.db);
  return { t, editor: await signIn(t.app, t.keys.editor) };
}

/** Saves `form` as a new document through the workspace, with `candidates` as its extraction; answers the document's id. */
export async function documentUnderReview(
  t: TestApp,
  editor: Awaited<ReturnType<typeof signIn>>,
  form: Record<string, string>,
  candidates: Candidate[],
): Promise<number> {
  const res = await editor.post('/workspace/documents', form);
  if (res.status !== 303) throw new Error(`the new document was answered ${res.status}`);
  const id = Number(/documents\/(\d+)/.exec(res.headers.location)![1]);
  const doc = await t.db('documents').where({ id }).first();
  await t
    .db('workspace_extractions')
    .insert({ document_id: id, text_sha256: doc.text_sha256, candidates: JSON.stringify(candidates), created_by: 'test' });
  return id;
}

/** The form of a candidate of `reportsArticle` as the review page fills it (no relation), with `fields` in place of its own. */
export function candidateForm(c: Candidate, fields: Record<string, string> = {}): Record<string, string> {
  return {
    value_text: c.value_text,
    value: String(c.value),
    approximation: c.approximation,
    metric: c.metric!,
    country: 'KZ',
    group: c.group!,
    quote: c.quote.exact,
    rel_type_0: '',
    rel_target_0: '',
    ...fields,
  };
}

const unescape = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The hidden fields of the form posting to `action` in a page, as a browser sends them. */
export function hiddenFields(html: string, action: string): Record<string, string> {
  const form = new RegExp(`<form[^>]*\\saction="${action.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?:#[\\w-]*)?"[\\s\\S]*?</form>`).exec(
    html,
  );
  if (!form) throw new Error(`no form posting to ${action}`);
  return Object.fromEntries(
    [...form[0].matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)].map((m) => [m[1], unescape(m[2])]),
  );
}

/** The value of a named field of a page's form (an input's value, a select's selected option, a textarea's text). */
export function fieldValue(html: string, name: string): string | undefined {
  const input = new RegExp(`<input(?:[^>"]|"[^"]*")*\\sname="${name}"(?:[^>"]|"[^"]*")*>`).exec(html);
  if (input) return unescape(/\svalue="([^"]*)"/.exec(input[0])?.[1] ?? '');
  const textarea = new RegExp(`<textarea[^>]*\\sname="${name}"[^>]*>([^<]*)</textarea>`).exec(html);
  if (textarea) return unescape(textarea[1]);
  const select = new RegExp(`<select[^>]*\\sname="${name}"[^>]*>([\\s\\S]*?)</select>`).exec(html);
  return select ? /<option value="([^"]*)" selected/.exec(select[1])?.[1] : undefined;
}

/** A candidate form's fields as the review page fills them, the hidden ones included, as a browser sends them. */
export function pageForm(html: string, action: string): Record<string, string> {
  const names = ['value_text', 'value', 'value_low', 'value_high', 'approximation', 'metric', 'country', 'group', 'location'];
  const more = ['claimant', 'claimant_name', 'claimant_kind', 'as_of', 'stated_on', 'quote', 'rel_type_0', 'rel_target_0'];
  return {
    ...hiddenFields(html, action),
    ...Object.fromEntries([...names, ...more].map((n) => [n, fieldValue(html, n) ?? ''])),
  };
}
