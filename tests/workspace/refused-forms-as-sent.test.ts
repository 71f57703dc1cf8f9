/**
 * A workspace form answered with an error comes back exactly as the editor sent it, every field and control: its text
 * fields, its selects, its checked radios and checkboxes (web40: a candidate's country reading came back at "As in the
 * Country field" while its typed country was kept). Without script: the page's controls are read from its HTML as a
 * browser would send them, and compared with what was sent.
 */
import type { TestApp } from '../support/app';
import { saidCandidate, documentProposing, workspaceLedger } from './support';

let t: TestApp;
let editor: Awaited<ReturnType<typeof workspaceLedger>>['editor'];
beforeAll(async () => {
  ({ t, editor } = await workspaceLedger());
});
afterAll(() => t.drop());

const unescape = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const attr = (tag: string, name: string): string | undefined => {
  const m = new RegExp(`\\s${name}(?:="([^"]*)")?(?=[\\s/>]|$)`).exec(tag);
  return m ? unescape(m[1] ?? '') : undefined;
};

/**
 * What the form posting to `action` would send, as a browser reads its controls: text inputs and text areas, each
 * select's selected option (else its first), the checked radios and checkboxes; not its tokens, nor its buttons.
 */
function sentBy(html: string, action: string): Record<string, string> {
  const at = html.indexOf(`action="${action}`);
  if (at < 0) throw new Error(`no form posting to ${action}`);
  const form = html.slice(at, html.indexOf('</form>', at));
  const sent: Record<string, string> = {};
  for (const [tag] of form.matchAll(/<input(?:[^>"]|"[^"]*")*>/g)) {
    const [name, type = 'text'] = [attr(tag, 'name'), attr(tag, 'type')];
    if (!name || ['hidden', 'submit', 'button'].includes(type)) continue;
    if ((type === 'radio' || type === 'checkbox') && attr(tag, 'checked') === undefined) continue;
    sent[name] = attr(tag, 'value') ?? (type === 'checkbox' || type === 'radio' ? 'on' : '');
  }
  for (const m of form.matchAll(/<textarea((?:[^>"]|"[^"]*")*)>([^<]*)<\/textarea>/g)) sent[attr(m[1], 'name')!] = unescape(m[2]);
  for (const m of form.matchAll(/<select((?:[^>"]|"[^"]*")*)>([\s\S]*?)<\/select>/g)) {
    const options = [...m[2].matchAll(/<option((?:[^>"]|"[^"]*")*)>/g)].map((o) => o[1]);
    const chosen = options.find((o) => attr(o, 'selected') !== undefined) ?? options[0];
    sent[attr(m[1], 'name')!] = attr(chosen, 'value') ?? '';
  }
  // (a claim form adds a blank relation row to those sent: a blank field the form did not send is no change)
  return Object.fromEntries(Object.entries(sent).filter(([name, value]) => value !== '' || !/^rel_(type|target)_\d+$/.test(name)));
}

const TEXT = 'Kenyan police arrested 14 people in Mombasa on Tuesday, officials said.\n\nSome 300 Kazakhs fought in Syria, officials said.';
const [FIRST, SECOND] = TEXT.split('\n\n');

/** Every field of a claim form (but source_of, left empty: it adds a source), none at its default, the quote refused. */
const CLAIM_FORM = {
  value_text: 'between 10 and 20',
  value: '15',
  value_low: '10',
  value_high: '20',
  approximation: 'range',
  metric: 'women',
  group: 'islamic-state',
  location: 'SY, IQ',
  claimant: 'new',
  claimant_name: 'Somebody New',
  claimant_kind: 'ngo',
  as_of: '2014',
  stated_on: '2014-11-27',
  context: 'Astana',
  quote: 'words that are not in the text',
  notes: 'a note',
  rel_type_0: 'part_of',
  rel_target_0: 'c2',
};

let id: number;
beforeAll(async () => {
  id = await documentProposing(t, 'Forms as sent', TEXT, [
    saidCandidate(TEXT, 'c1', '14', FIRST, {
      value: 14,
      metric: 'arrested',
      country: null,
      reasons: { country: '"Kenyan": counted by its own authorities' },
      alternatives: { country: [{ value: 'KE', reason: 'the state whose authorities count their own cases' }] },
    }),
    saidCandidate(TEXT, 'c2', 'Some 300', SECOND, { value: 300, approximation: 'approximately', country: 'KZ' }),
  ]);
});

/** A page's title, as the tab, the history and a screen reader say it. */
const titleOf = (html: string) => /<title>([^<]*)<\/title>/.exec(html)![1];

test('a candidate form refused comes back as sent, its country reading and typed country both', async () => {
  const action = `/workspace/documents/${id}/candidates/c1`;
  const page = await editor.get(`/workspace/documents/${id}?open=c1`);
  const proposed = sentBy(page.text, action);
  expect(proposed.use_country).toBe('field');
  const form = { ...proposed, ...CLAIM_FORM, country: 'TZ', use_country: 'KE' };
  const refused = await editor.post(action, { ...form, action: 'accept', proposed_country: '' });
  expect(refused.status).toBe(422);
  expect(sentBy(refused.text, action)).toEqual(form);
  // The title says the form was not sent, as every refused form's does; the page before it did not.
  expect([titleOf(page.text), titleOf(refused.text)]).toEqual([
    'Review: Forms as sent · Claims ledger',
    'Review: Forms as sent: check the form · Claims ledger',
  ]);
  expect(await t.db('claims').where({ value_text: CLAIM_FORM.value_text })).toEqual([]);
});

test('a claim by hand refused comes back as sent, every field and control', async () => {
  const action = `/workspace/documents/${id}/claims`;
  const page = await editor.get(`/workspace/documents/${id}`);
  const form = { ...sentBy(page.text, action), ...CLAIM_FORM, country: 'KZ', separate: 'yes' };
  const refused = await editor.post(action, { ...form, action: 'accept' });
  expect(refused.status).toBe(422);
  expect(sentBy(refused.text, action)).toEqual(form);
  expect(titleOf(refused.text)).toBe('Review: Forms as sent: check the form · Claims ledger');
  expect(await t.db('claims').where({ value_text: CLAIM_FORM.value_text })).toEqual([]);
});

test('a new document refused comes back as sent, every field and control', async () => {
  const action = '/workspace/documents';
  const page = await editor.get('/workspace');
  const form = {
    ...sentBy(page.text, action),
    title: 'A title',
    url: 'ftp://not-a-web-address',
    kind: 'report',
    publisher: 'new',
    publisher_name: 'A New Outlet',
    publisher_kind: 'ngo',
    authors: 'One Author\nAnother Author',
    published_on: '2014-11',
    language: 'ru',
    text: 'Some 12 people were counted.',
  };
  const refused = await editor.post(action, form);
  expect(refused.status).toBe(422);
  expect(sentBy(refused.text, action)).toEqual(form);
  expect([titleOf(page.text), titleOf(refused.text)]).toEqual([
    "Editors' workspace · Claims ledger",
    "Editors' workspace: check the form · Claims ledger",
  ]);
});
