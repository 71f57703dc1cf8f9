/**
 * People counted by a first-level subdivision the ledger does not hold yet (the lead, 6 Dec late night): the extractor
 * proposes its ISO 3166-2 code (the README's "sub-national region that the text treats as the origin"), and accepting
 * the candidate adds the subdivision as the shipped gazetteer knows it, then stores the claim with its code. A region
 * named as a share of people whose nationality is stated keeps the country.
 */
import type { TestApp } from '../support/app';
import { fieldValue, pageForm, workspaceLedger } from './support';

let t: TestApp;
let editor: Awaited<ReturnType<typeof workspaceLedger>>['editor'];
beforeAll(async () => {
  ({ t, editor } = await workspaceLedger());
});
afterAll(() => t.drop());

async function paste(title: string, text: string): Promise<number> {
  const posted = await editor.post('/workspace/documents', { title, url: '', text });
  expect(posted.status).toBe(303);
  return Number(/documents\/(\d+)/.exec(posted.headers.location)![1]);
}

test('accepting a candidate counted by an unheld subdivision adds it from the gazetteer and stores the claim with its code', async () => {
  expect(await t.db('countries').where({ code: 'ES-CE' })).toEqual([]);
  const id = await paste('Ceuta cell', 'A Guardia Civil inspector said at least 9 young people from Ceuta travelled to Syria.');
  const page = await editor.get(`/workspace/documents/${id}?open=c1`);
  expect(page.status).toBe(200);
  expect(fieldValue(page.text, 'country')).toBe('ES-CE');
  const action = `/workspace/documents/${id}/candidates/c1`;
  const accepted = await editor.post(action, pageForm(page.text, action));
  expect(accepted.status).toBe(303);
  const [place] = await t.db('countries').where({ code: 'ES-CE' });
  expect(place).toMatchObject({ name: 'Ceuta', kind: 'subdivision', within: 'ES' });
  const claims = await t.db('claims').where({ value_text: 'at least 9' });
  expect(claims.map((c) => [c.country, Number(c.value), c.approximation])).toEqual([['ES-CE', 9, 'at_least']]);
});

test('a region that is a share of people of a stated nationality keeps the country', async () => {
  const id = await paste(
    'Returnees',
    'The interior ministry said 345 Moroccan fighters had returned. 245 of them are from Casablanca-Settat.',
  );
  const page = await editor.get(`/workspace/documents/${id}?open=c2`);
  expect(fieldValue(page.text, 'country')).toBe('MA');
  expect(await t.db('countries').where({ code: 'MA-06' })).toEqual([]);
});

test('accept all high-confidence adds the unheld subdivision too and stores the claim with its code', async () => {
  expect(await t.db('countries').where({ code: 'TR-01' })).toEqual([]);
  const id = await paste(
    'Adana families',
    // (without ", according to its annual report", whose words the extractor gives as the claimant: not a name, which
    // accept all leaves to the editor since walk47)
    'The Interior Ministry said 38 women from Adana travelled to Syria to join the Islamic State.',
  );
  const page = await editor.get(`/workspace/documents/${id}`);
  expect(page.status).toBe(200);
  const res = await editor.post(`/workspace/documents/${id}/accept-high`, { editing: '' });
  expect(res.status).toBe(303);
  expect(await t.db('countries').where({ code: 'TR-01' }).pluck('within')).toEqual(['TR']);
  expect((await t.db('claims').where({ value_text: '38' })).map((c) => c.country)).toEqual(['TR-01']);
});

test('a form refused for another field adds no subdivision, typed or proposed', async () => {
  const id = await paste('Melilla', 'Police said 11 young men from Melilla travelled to Syria.');
  const page = await editor.get(`/workspace/documents/${id}?open=c1`);
  const action = `/workspace/documents/${id}/candidates/c1`;
  const form = pageForm(page.text, action);
  expect(form.country).toBe('ES-ML');
  const refused = await editor.post(action, { ...form, country: 'ES-ML, FR-IDF', value_text: '' });
  expect(refused.status).toBe(422);
  expect(await t.db('countries').whereIn('code', ['ES-ML', 'FR-IDF'])).toEqual([]);
  expect(await t.db('claims').where({ value_text: '11' })).toEqual([]);
});
