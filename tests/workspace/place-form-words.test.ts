import { createTestApp, TestApp } from '../support/app';
import { signIn } from './support';

/**
 * A place form's field holds a word a line; a refusal of one of its words names the word and its line (walk45: "Aliases:
 * must have two letters at least" under "Soghd", "S" and "Sughdi" did not say which), what was typed is kept and nothing
 * is saved. A refusal that opens with the word already ("Tajikistan" already names TJ) is shown as the ledger says it.
 */
let t: TestApp;
let editor: Awaited<ReturnType<typeof signIn>>;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
  editor = await signIn(t.app, t.keys.editor);
});
afterAll(() => t.drop());

/** The error summary's items, as text. */
const summary = (html: string) =>
  [...html.matchAll(/<li><a href="#[^"]*">([^<]*)<\/a><\/li>/g)].map((m) => m[1].replace(/&quot;/g, '"').replace(/&amp;/g, '&'));

test('a word of one letter is named with its line on the subdivision form, the form kept, nothing saved', async () => {
  const res = await editor.post('/workspace/places', { code: 'tj-su', name: 'Sughd', aliases: 'Soghd\nS\nSughdi', demonyms: '' });
  expect(res.status).toBe(422);
  expect(summary(res.text)).toEqual(['Aliases: "S" (line 2) must have two letters at least']);
  expect(res.text).toContain('Soghd\nS\nSughdi</textarea>');
  expect(await t.db('countries').where({ code: 'TJ-SU' }).first()).toBeUndefined();
});

test('on the form adding words to a place too; a taken word is said as the ledger says it, once', async () => {
  const short = await editor.post('/workspace/places/words', { place: 'KZ', words_aliases: '', words_demonyms: 'Qazaq\n-' });
  expect(short.status).toBe(422);
  expect(summary(short.text)).toEqual(['Demonyms to add: "-" (line 2) must have two letters at least']);
  const taken = await editor.post('/workspace/places/words', { place: 'KZ', words_aliases: 'Kyrgyz', words_demonyms: '' });
  expect(taken.status).toBe(422);
  expect(summary(taken.text)).toEqual(['Aliases to add: "Kyrgyz" already names KG (Kyrgyzstan)']);
  expect((await t.db('countries').where({ code: 'KZ' }).first()).demonyms).not.toContain('Qazaq');
});
