/**
 * A candidate's other readings of its country on the review page, without script (web38): the reason for the country
 * proposed, each other reading as a choice of the candidate's form, and accepting with one stores the claim with that
 * country. The extractor reads the pasted article itself.
 */
import type { Candidate } from '../../src/extract/candidate';
import type { TestApp } from '../support/app';
import { candidateIn, documentProposing, fieldValue, pageForm, saidCandidate, workspaceLedger } from './support';

const ARTICLE = {
  title: 'Arrests in Mombasa',
  url: '',
  text: 'Kenyan police arrested 14 people in Mombasa on Tuesday, a spokesman said.',
};
/** The reasons as the page writes them: plain text, the quotation marks escaped. */
const REASON = '&quot;Kenyan&quot;: the state whose authorities count their own cases';

let t: TestApp;
let editor: Awaited<ReturnType<typeof workspaceLedger>>['editor'];
beforeAll(async () => {
  ({ t, editor } = await workspaceLedger());
});
afterAll(() => t.drop());

test('the review shows why no country is proposed and the state as a choice; accepting with it stores the claim with KE', async () => {
  const posted = await editor.post('/workspace/documents', ARTICLE);
  expect(posted.status).toBe(303);
  const id = Number(/documents\/(\d+)/.exec(posted.headers.location)![1]);
  const page = await editor.get(`/workspace/documents/${id}?open=c1`);
  expect(page.status).toBe(200);
  expect(page.text).toContain('<legend>Other readings of the country</legend>');
  expect(page.text).toContain('Proposed: no country — &quot;Kenyan&quot;: counted by its own authorities, no nationality stated');
  expect(page.text).toMatch(
    /<label><input type="radio" name="use_country" value="field" checked data-keeps="c1-country"\/> As in the Country field<\/label>/,
  );
  expect(page.text).toContain(
    `<label><input type="radio" name="use_country" value="KE" data-fills="c1-country"/> Use: Kenya — ${REASON}</label>`,
  );
  const action = `/workspace/documents/${id}/candidates/c1`;
  const form = pageForm(page.text, action);
  expect(form.country).toBe('');
  const accepted = await editor.post(action, { ...form, use_country: 'KE' });
  expect(accepted.status).toBe(303);
  const claims = await t.db('claims').where({ value_text: '14' });
  expect(claims.map((c) => [c.metric, c.country, Number(c.value)])).toEqual([['arrested', 'KE', 14]]);
});

test('the choice kept as the field keeps what the editor typed; a choice sent twice is a 400 naming it, and nothing is stored', async () => {
  const text = 'Ugandan police arrested 9 people in Kampala, a spokesman said.';
  const posted = await editor.post('/workspace/documents', { ...ARTICLE, title: 'Arrests in Kampala', text });
  const id = Number(/documents\/(\d+)/.exec(posted.headers.location)![1]);
  const page = await editor.get(`/workspace/documents/${id}?open=c1`);
  expect(page.text).toContain('value="UG" data-fills="c1-country"');
  const action = `/workspace/documents/${id}/candidates/c1`;
  const form = pageForm(page.text, action);
  const twice = await editor.post(action, { ...form, use_country: ['UG', 'field'] as unknown as string });
  expect(twice.status).toBe(400);
  expect(twice.text).toContain('use_country');
  expect(await t.db('claims').where({ value_text: '9' })).toEqual([]);
  expect((await editor.post(action, { ...form, country: 'TZ', use_country: 'field' })).status).toBe(303);
  expect((await t.db('claims').where({ value_text: '9' })).map((c) => c.country)).toEqual(['TZ']);
});

test('a reading chosen while the Country field was changed to another country is refused with a 422 naming country, the input kept', async () => {
  const text = 'Kenyan police arrested 12 people in Nairobi on Monday, a spokesman said.';
  const posted = await editor.post('/workspace/documents', { ...ARTICLE, title: 'Arrests in Nairobi', text });
  const id = Number(/documents\/(\d+)/.exec(posted.headers.location)![1]);
  const page = await editor.get(`/workspace/documents/${id}?open=c1`);
  const action = `/workspace/documents/${id}/candidates/c1`;
  // (the page renders an empty value as a bare attribute, which the hidden fields' pattern does not read)
  const form: Record<string, string> = {
    ...pageForm(page.text, action),
    proposed_country: fieldValue(page.text, 'proposed_country') ?? 'absent',
  };
  expect([form.country, form.proposed_country]).toEqual(['', '']);
  const refused = await editor.post(action, { ...form, country: 'TZ', use_country: 'KE' });
  expect(refused.status).toBe(422);
  expect(refused.text).toContain('The claim cannot be saved: see the fields marked.');
  expect(refused.text).toContain('differs from the other reading chosen below it');
  // (a known country read two ways is no place the ledger lacks: no Add a place under it, review49)
  expect(refused.text).not.toContain('Add a place');
  expect(fieldValue(refused.text, 'country')).toBe('TZ');
  // the form comes back as sent, its reading too (it had come back at "As in the Country field")
  expect(refused.text).toMatch(/<input type="radio" name="use_country" value="KE" checked data-fills="c1-country"\/>/);
  expect(refused.text).toMatch(/<input type="radio" name="use_country" value="field" data-keeps="c1-country"\/>/);
  expect(await t.db('claims').where({ value_text: '12' })).toEqual([]);
  // the field typed as the reading chosen is no contradiction
  expect((await editor.post(action, { ...form, country: 'ke', use_country: 'KE' })).status).toBe(303);
  expect((await t.db('claims').where({ value_text: '12' })).map((c) => c.country)).toEqual(['KE']);
});

test('a candidate stored before alternatives were proposed still shows its form, with its reason and no choice', async () => {
  const text = 'Some 40 Kenyans returned from Somalia, the ministry said.';
  const { alternatives: _none, ...old } = candidateIn(text, 'Some 40', {
    id: 'c1',
    quote: { exact: text, start: 0, end: text.length, prefix: '', suffix: '' },
    country: 'KE',
    reasons: { country: '"Kenyans"' },
  });
  const id = await documentProposing(t, 'Stored before', text, [old as Candidate]);
  const page = await editor.get(`/workspace/documents/${id}?open=c1`);
  expect(page.status).toBe(200);
  expect(page.text).toContain('Proposed: Kenya — &quot;Kenyans&quot;');
  expect(page.text).not.toContain('name="use_country"');
});

test('a compact row of the review says why its country is proposed, and that its form holds other readings', async () => {
  const text = 'Some 30 Kenyans returned, officials said.\n\nTanzanian police arrested 8 people in Arusha, officials said.';
  const [first, second] = text.split('\n\n');
  const id = await documentProposing(t, 'Rows with reasons', text, [
    saidCandidate(text, 'c1', 'Some 30', first, { country: 'KE', reasons: { country: '"Kenyans"' } }),
    saidCandidate(text, 'c2', '8', second, {
      metric: 'arrested',
      country: null,
      reasons: { country: '"Tanzanian": counted by its own authorities, no nationality stated' },
      alternatives: { country: [{ value: 'TZ', reason: 'the state whose authorities count their own cases' }] },
    }),
  ]);
  const page = await editor.get(`/workspace/documents/${id}?open=c1`);
  expect(page.status).toBe(200);
  const row = /<article id="cand-c2" class="cand cand-row[\s\S]*?<\/article>/.exec(page.text)?.[0];
  expect(row).toContain(
    '<p class="hint">Proposed: no country — &quot;Tanzanian&quot;: counted by its own authorities, no nationality stated; another reading in its form</p>',
  );
});

test('a reading of no country is said beside the field, not offered as a choice that could only be refused', async () => {
  const text = 'Some 40 Kenyans returned from Somalia, the ministry said.';
  const id = await documentProposing(t, 'No country offered', text, [
    saidCandidate(text, 'c1', 'Some 40', text, {
      metric: 'returnees',
      country: 'KE',
      reasons: { country: '"Kenyans"' },
      alternatives: {
        country: [
          { value: null, reason: 'its own sentence names no nationality' },
          { value: 'SO', reason: 'the country named in its sentence' },
        ],
      },
    }),
  ]);
  const page = await editor.get(`/workspace/documents/${id}?open=c1`);
  expect(page.status).toBe(200);
  expect(page.text).toContain(
    '<p class="hint">Another reading: no country — its own sentence names no nationality. A claim needs a country: type the one the figure counts, or reject the candidate.</p>',
  );
  expect([...page.text.matchAll(/<input type="radio" name="use_country" value="([^"]*)"/g)].map((m) => m[1])).toEqual(['field', 'SO']);
  expect(page.text).not.toContain('Use: no country');
});
