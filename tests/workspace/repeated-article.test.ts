import { createTestApp, TestApp } from '../support/app';
import { formsWithoutSubmit } from '../support/formsWithoutSubmit';
import { signIn } from './support';

/*
 * An article pasted into the workspace again (the same URL, or the very same text) is not saved as a second document
 * unless the editor says it is a separate one: the form comes back naming the held document, with a link to open it.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

const ARTICLE = {
  title: 'Returnees <b>counted</b>',
  url: 'https://example.org/returnees',
  text: 'Some 40 returnees were charged.\nOfficials said so on Monday.',
};

async function documentsTitled(title: string): Promise<number[]> {
  return (await t.db('documents').where({ title }).orderBy('id').select('id')).map((r) => Number(r.id));
}

test('a form nothing sends without script is found: no submit button in it, none naming it', () => {
  const page = [
    '<form action="/a"><input name="x"><button type="button">Copy</button></form>',
    '<form id="rows" action="/b"></form><button form="rows" name="row" value="accept c1">Accept</button>',
    '<form action="/c"><button hidden>Later</button></form>',
    '<form action="/c2"><select name="s"></select><button hidden>Later</button></form>',
    '<form action="/d"><input type="text" name="y"><button type="submit">Send</button></form>',
    '<form id="empty" action="/e"><input type="hidden" name="csrf" value="t"></form>',
    '<form action="/f"><textarea name="z"></textarea></form>',
  ].join('');
  expect(formsWithoutSubmit(page)).toEqual(['/a', '/c2', '/f']);
});

test('the same URL or the same text: refused, naming the held document and linking to it; nothing is written', async () => {
  const editor = await signIn(t.app, t.keys.editor);
  const first = await editor.post('/workspace/documents', ARTICLE);
  expect(first.status).toBe(303);
  const [held] = await documentsTitled(ARTICLE.title);
  const before = await t.db('documents').count({ n: '*' }).first();

  const cases = [
    { title: 'Again by URL', url: ARTICLE.url, text: 'Another text about 12 arrests.', same: 'URL' },
    { title: 'Again by text', url: '', text: ARTICLE.text, same: 'text' },
    // The form's line ends as a browser sends them: the text stored is the same, so it is the same text.
    { title: 'Again by text, CRLF', url: 'https://example.org/mirror', text: ARTICLE.text.replace(/\n/g, '\r\n'), same: 'text' },
  ];
  for (const { same, ...form } of cases) {
    const res = await editor.post('/workspace/documents', form);
    expect(res.status).toBe(422);
    expect(res.text).toContain(`the ledger holds document ${held} (“Returnees &lt;b>counted&lt;/b>”) with the same ${same}`);
    expect(res.text).toContain(`<a href="/workspace/documents/${held}">Open document ${held}: Returnees &lt;b>counted&lt;/b></a>`);
    expect(res.text).toMatch(
      /<input type="checkbox" id="doc-separate" name="separate" value="yes" aria-invalid="true" aria-describedby="doc-separate-err"\/>/,
    );
    expect(res.text).toContain('href="#doc-separate"'); // the error summary links to the box
    expect(res.text).toContain(`>${form.text.split(/\r?\n/)[0]}`); // the editor's input is kept
    // Sent on without script: the form comes back with its button, and every other form of the page with its own.
    expect(res.text).toMatch(/<form method="post" action="\/workspace\/documents#doc-errors"[\s\S]*?Save and propose claims<\/button>/);
    expect(formsWithoutSubmit(res.text)).toEqual([]);
  }
  expect(await t.db('documents').count({ n: '*' }).first()).toEqual(before);

  // Ticked: saved as a separate document.
  const separate = await editor.post('/workspace/documents', { ...cases[0], separate: 'yes' });
  expect(separate.status).toBe(303);
  expect(await documentsTitled('Again by URL')).toHaveLength(1);
  // Whichever document the editor goes on with, its review has a way forward without script.
  for (const id of [held, ...(await documentsTitled('Again by URL'))]) {
    const review = await editor.get(`/workspace/documents/${id}`);
    expect(review.status).toBe(200);
    expect(formsWithoutSubmit(review.text)).toEqual([]);
  }
});

test('an article without a URL pasted again is held by its text: the form says so, not "the same URL"', async () => {
  const editor = await signIn(t.app, t.keys.editor);
  const article = { title: 'Pasted without its address', url: '', text: 'About 300 fighters returned, the ministry said.' };
  expect((await editor.post('/workspace/documents', article)).status).toBe(303);
  const [held] = await documentsTitled(article.title);
  const res = await editor.post('/workspace/documents', { ...article, title: 'Pasted again' });
  expect(res.status).toBe(422);
  expect(res.text).toContain(`the ledger holds document ${held} (“Pasted without its address”) with the same text`);
  expect(res.text).not.toContain('with the same URL:');
});

test('a new article is saved at once: no box to tick', async () => {
  const editor = await signIn(t.app, t.keys.editor);
  const res = await editor.post('/workspace/documents', {
    title: 'New one',
    url: 'https://example.org/new',
    text: 'About 7 women returned.',
  });
  expect(res.status).toBe(303);
  expect(await documentsTitled('New one')).toHaveLength(1);
  const home = await editor.get('/workspace');
  expect(home.text).not.toContain('doc-separate');
});
