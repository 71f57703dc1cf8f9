import { READ_BOUNDS } from '../../src/extract/extract';
import type { TestApp } from '../support/app';
import { signIn, workspaceLedger } from './support';

// A text with a sentence past the extractor's bounds on its work (READ_BOUNDS: here more numbers than it reads in one
// sentence): POST /v1/extract lists it in `unread`, and the review, which had shown only the candidates, says how
// many sentences were not read and why, and frames each in the text, with a link from the notice to it.
let t: TestApp;
let editor: Awaited<ReturnType<typeof signIn>>;
beforeAll(async () => {
  ({ t, editor } = await workspaceLedger());
});
afterAll(() => t.drop());

// (joined by "and": no line break, semicolon or comma to cut the sentence at, so it stays past the bounds, unread)
const many = Array.from({ length: READ_BOUNDS.sentenceNumbers + 5 }, (_, i) => `region ${i + 1} <b>${i + 10}</b>`).join(' and ');
const FIRST = 'Some 300 Kazakhs left for Syria, officials said.';
const LIST = `The counts were ${many}.`;
const TEXT = `${FIRST} ${LIST} About 150 women followed them, the ministry said.`;

test('the review says which sentences the extractor did not read and why, marks each in the text, and keeps them as text', async () => {
  const posted = await editor.post('/workspace/documents', { title: 'A long list', text: TEXT, language: 'en', kind: 'article' });
  expect(posted.status).toBe(303);
  const id = Number(/documents\/(\d+)/.exec(posted.headers.location)![1]);
  const page = await editor.get(`/workspace/documents/${id}`);
  expect(page.status).toBe(200);
  const start = TEXT.indexOf(LIST);
  const end = start + LIST.length;
  // the notice: how many, why (the extractor's words), a link to the span
  expect(page.text).toContain('<h2 id="unread-h">1 sentence not read</h2>');
  expect(page.text).toMatch(/The extractor did not read one sentence of this text/);
  expect(page.text).toContain(`<a href="#unread-1">Characters ${start.toLocaleString('en-GB')}–${end.toLocaleString('en-GB')}</a>`);
  expect(page.text).toContain(`more than the ${READ_BOUNDS.sentenceNumbers} the extractor reads in one sentence`);
  // the span in the text: the sentence's own characters, escaped, with no candidate in it
  const span = new RegExp(`<span class="ws-unread" id="unread-1" tabindex="-1">([\\s\\S]*?)</span>`).exec(page.text);
  expect(span).not.toBeNull();
  expect(span![1]).toBe(LIST.replace(/&/g, '&amp;').replace(/</g, '&lt;'));
  expect(page.text).not.toContain('<b>10</b>');
  // the sentences read are proposed as ever; the unread one's numbers are not
  const row = await t.db('workspace_extractions').where({ document_id: id }).first();
  expect(row.candidates.map((c: { value_text: string }) => c.value_text)).toEqual(['Some 300', 'About 150']);
  expect(row.unread).toEqual([{ start, end, reason: expect.stringContaining('numbers'), part: 'sentence' }]);
  // Propose again keeps it: the list and its unread sentences are one extraction.
  const again = await editor.post(`/workspace/documents/${id}/propose-again`, {});
  expect(again.status).toBe(303);
  expect((await t.db('workspace_extractions').where({ document_id: id }).first()).unread).toEqual(row.unread);
  expect((await editor.get(`/workspace/documents/${id}`)).text).toContain('<a href="#unread-1">');
});

test('a review proposed before the unread sentences were kept, or with none, says nothing of them', async () => {
  const posted = await editor.post('/workspace/documents', { title: 'Short', text: FIRST, language: 'en', kind: 'article' });
  const id = Number(/documents\/(\d+)/.exec(posted.headers.location)![1]);
  expect((await editor.get(`/workspace/documents/${id}`)).text).not.toContain('unread-h');
  expect((await t.db('workspace_extractions').where({ document_id: id }).first()).unread).toEqual([]);
  await t.db('workspace_extractions').where({ document_id: id }).update({ unread: null });
  const page = (await editor.get(`/workspace/documents/${id}`)).text;
  expect(page).not.toContain('unread-h');
  expect(page).toContain('data-candidate="c1"');
});

test('a text past the bound on its length says the rest of the text was not read, not one sentence, also as stored before', async () => {
  const sentence = (n: number) => `Officials said ${n} fighters returned from Syria. `;
  const head = `${sentence(100)}${'The ministry gave no other figures that week. '.repeat(Math.ceil(READ_BOUNDS.textCharacters / 46))}`;
  const text = `${head}${[101, 102].map(sentence).join('')}`;
  const posted = await editor.post('/workspace/documents', { title: 'A very long text', text, language: 'en', kind: 'article' });
  expect(posted.status).toBe(303);
  const id = Number(/documents\/(\d+)/.exec(posted.headers.location)![1]);
  const page = (await editor.get(`/workspace/documents/${id}`)).text;
  expect(page).toContain('<h2 id="unread-h">The rest of the text not read</h2>');
  expect(page).toMatch(/The extractor did not read the rest of this text, past its bounds on its work \(below, why\): its figures are/);
  expect(page).not.toContain('1 sentence not read');
  // a review stored before the part was said: the rest is told by its reason
  const row = await t.db('workspace_extractions').where({ document_id: id }).first();
  expect(row.unread.map((u: { part: string }) => u.part)).toEqual(['rest']);
  await t
    .db('workspace_extractions')
    .where({ id: row.id })
    .update({ unread: JSON.stringify(row.unread.map(({ part: _, ...u }: { part: string }) => u)) });
  expect((await editor.get(`/workspace/documents/${id}`)).text).toContain('<h2 id="unread-h">The rest of the text not read</h2>');
});
