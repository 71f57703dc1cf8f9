import { Client } from 'pg';
import { createTestApp, type TestApp } from '../support/app';
import { loadVocabulariesOnly, signIn } from './support';

// A review's first page reads its document's text with the extractor, which has its own wait and time limits (30 s
// each, answered in words). The read time limit (READ_TIMEOUT_MS, for a database that stops answering) had cut it
// first: a long article on a busy machine, or queued behind other texts, was a 503 "the database is slow or not
// answering" at 8 s. Here the read limit is 2 s, and the extraction is held for 4.5 s (the vocabularies it reads the text
// with are locked by another session meanwhile, as a slow or busy machine would hold it).
let t: TestApp;
let editor: Awaited<ReturnType<typeof signIn>>;
beforeAll(async () => {
  t = await createTestApp({ config: { readTimeoutMs: 2000 } });
  await loadVocabulariesOnly(t.db);
  editor = await signIn(t.app, t.keys.editor);
});
afterAll(() => t.drop());

test('a review whose text takes the extractor longer than the read time limit is its page, not a 503 naming the database', async () => {
  const sentence = (n: number) => `Officials said that about ${n} Kazakh nationals had left for Syria by 2019, the ministry said. `;
  const text = Array.from({ length: 20 }, (_, i) => sentence(100 + i)).join('');
  const posted = await editor.post('/workspace/documents', { title: 'A long article', text, language: 'en', kind: 'article' });
  expect(posted.status).toBe(303);
  const id = Number(/documents\/(\d+)/.exec(posted.headers.location)![1]);
  const writer = new Client({ connectionString: t.url });
  await writer.connect();
  await writer.query('BEGIN');
  await writer.query('LOCK TABLE places_within IN ACCESS EXCLUSIVE MODE');
  const released = new Promise((r) => setTimeout(r, 4500)).then(() => writer.query('COMMIT')).finally(() => writer.end());
  const started = Date.now();
  const page = await editor.get(`/workspace/documents/${id}`);
  await released;
  expect(Date.now() - started).toBeGreaterThan(4000);
  expect({ status: page.status, text: page.status === 200 ? '' : page.text }).toEqual({ status: 200, text: '' });
  expect(page.text).toContain('data-candidate="c1"');
  expect(page.text).not.toContain('did not answer in time');
});
