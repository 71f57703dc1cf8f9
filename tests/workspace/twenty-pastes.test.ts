import { createTestApp, type TestApp } from '../support/app';
import { loadVocabulariesOnly, signIn } from './support';

/*
 * Twenty editors paste an article each into the workspace at the same moment, through its forms (signed in, with
 * their CSRF tokens and one-time form ids), and open its review, which reads the text with the real extractor: each
 * gets its review page, or a page saying the extractor is busy with a Retry-After; every document is saved, and every
 * review stored is whole (its candidates, or none proposed, with the rows of nothing half written).
 */
jest.setTimeout(180_000);

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await loadVocabulariesOnly(t.db);
});
afterAll(async () => {
  await t?.drop();
});

test('twenty editors pasting at once each get a review page or a clear busy page, and no document or review is lost', async () => {
  const editors = await Promise.all(Array.from({ length: 20 }, () => signIn(t.app, t.keys.editor)));
  const article = (i: number) =>
    `Paste ${i}. Officials said that about ${100 + i} Kazakh nationals had left for Syria in ${2010 + (i % 10)}, ` +
    `and that ${20 + i} of them had returned, the interior ministry told reporters.`;
  const pasted = await Promise.all(
    editors.map(async (editor, i) => {
      const home = await editor.get('/workspace');
      const formId = /name="form_id" value="([^"]+)"/.exec(home.text)![1];
      const res = await editor.post('/workspace/documents', { form_id: formId, title: `Pasted article ${i}`, text: article(i) });
      expect(res.status).toBe(303);
      const review = await editor.get(res.headers.location.replace(/#.*$/, ''));
      return { i, review };
    }),
  );
  // (the extractor's queue holds more than twenty short texts: a busy answer is allowed, but most must be read)
  expect(pasted.filter((p) => p.review.status === 200).length).toBeGreaterThanOrEqual(10);
  for (const { review } of pasted) {
    expect([200, 503]).toContain(review.status);
    expect(review.headers['content-type']).toMatch(/^text\/html/);
    if (review.status === 503) {
      expect(review.headers['retry-after']).toMatch(/^\d+$/);
      expect(review.text).toMatch(/extractor/i);
    } else expect(review.text).toContain('Kazakh');
  }
  const documents = await t.db('documents').select('id', 'title').orderBy('id');
  expect(documents.map((d) => d.title).sort()).toEqual(Array.from({ length: 20 }, (_, i) => `Pasted article ${i}`).sort());
  const reviews = await t.db('workspace_extractions').select('document_id', 'candidates');
  expect(reviews).toHaveLength(pasted.filter((p) => p.review.status === 200).length);
  for (const r of reviews) expect(r.candidates.length).toBeGreaterThan(0);
  expect(await t.db('workspace_decisions').count('* as n').first()).toEqual({ n: 0 });
});
