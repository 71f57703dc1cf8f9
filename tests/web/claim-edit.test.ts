import request from 'supertest';
import { createTestApp, type TestApp } from '../support/app';
import { seedClaimBody } from '../support/seedClaim';
import { csrfOf, signIn } from '../workspace/support';
import { EDIT_FIELDS } from '../../src/web/workspace/editClaim';
import { instantInWords } from '../../src/web/components/instant';

let t: TestApp;
let editor: Awaited<ReturnType<typeof signIn>>;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
  editor = await signIn(t.app, t.keys.editor);
});
afterAll(() => t.drop());

/** A new claim of the seed's ledger (40 Kazakh foreign fighters, claimant 4, quoting document 1), with `fields` over it. */
async function freshClaim(fields: Record<string, unknown> = {}): Promise<number> {
  const res = await request(t.app).post('/v1/claims').set(t.as.editor).send(seedClaimBody(fields)).expect(201);
  return res.body.id as number;
}

const row = (id: number) => t.db('claims').where({ id }).first();
const revisions = (id: number) => t.db('revisions').where({ entity: 'claim', entity_id: id }).orderBy('version');

/** The value of a named field of a page's form (an input's value, a select's selected option, a textarea's text). */
function fieldValue(html: string, name: string): string | undefined {
  const input = new RegExp(`<input[^>]*\\sname="${name}"[^>]*>`).exec(html);
  if (input) return /\svalue="([^"]*)"/.exec(input[0])?.[1] ?? '';
  const textarea = new RegExp(`<textarea[^>]*\\sname="${name}"[^>]*>([^<]*)</textarea>`).exec(html);
  if (textarea) return textarea[1];
  const select = new RegExp(`<select[^>]*\\sname="${name}"[^>]*>([\\s\\S]*?)</select>`).exec(html);
  return select ? /<option value="([^"]*)" selected/.exec(select[1])?.[1] : undefined;
}

/** The edit form of a claim as its page fills it, with `fields` in place of its own. */
async function editForm(id: number, fields: Record<string, string> = {}): Promise<Record<string, string>> {
  const page = await editor.get(`/workspace/claims/${id}/edit`);
  expect(page.status).toBe(200);
  const names = [...EDIT_FIELDS, 'version'];
  return { ...Object.fromEntries(names.map((n) => [n, fieldValue(page.text, n) ?? ''])), ...fields };
}

describe('a claim page', () => {
  test('offers Edit and Retract to a signed-in editor only', async () => {
    const id = await freshClaim();
    const anonymous = await request(t.app).get(`/claims/${id}`).expect(200);
    expect(anonymous.text).not.toContain(`/workspace/claims/${id}/edit`);
    expect(anonymous.text).not.toContain(`/workspace/claims/${id}/retract`);
    const signedIn = await editor.get(`/claims/${id}`);
    expect(signedIn.text).toContain(`href="/workspace/claims/${id}/edit"`);
    expect(signedIn.text).toContain(`href="/workspace/claims/${id}/retract"`);
    expect(signedIn.headers['cache-control']).toMatch(/no-store/);
  });

  test('sends a signed-out browser to sign in and back to the form, and refuses its post', async () => {
    const id = await freshClaim();
    const page = await request(t.app).get(`/workspace/claims/${id}/edit`).expect(303);
    expect(page.headers.location).toBe(`/sign-in?next=${encodeURIComponent(`/workspace/claims/${id}/edit`)}`);
    const before = await row(id);
    const post = await request(t.app)
      .post(`/workspace/claims/${id}/retract`)
      .set('Sec-Fetch-Site', 'same-origin') // a browser's, for a form of this site (carriedForm.tsx)
      .type('form')
      .send({ reason: 'wrong', version: String(before.version) });
    expect(post.status).toBe(401);
    // The sign-in page, carrying the form back to its page (tests/web/expired-session-forms.test.ts).
    expect(post.text).toContain(`name="next" value="/workspace/claims/${id}/retract"`);
    expect(await row(id)).toEqual(before);
  });
});

describe('the forms of a claim', () => {
  test('answer a claim that does not exist with 404, and an id that is none with 400, changing nothing', async () => {
    expect((await editor.get('/workspace/claims/99999999/edit')).status).toBe(404);
    expect((await editor.get('/workspace/claims/99999999999999/retract')).status).toBe(404);
    expect((await editor.post('/workspace/claims/99999999/edit', { reason: 'x', version: '1' })).status).toBe(404);
    expect((await editor.post('/workspace/claims/99999999/retract', { reason: 'x', version: '1' })).status).toBe(404);
    const bad = await editor.post('/workspace/claims/abc/retract', { reason: 'x', version: '1' });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('must be a positive integer');
  });
});

describe('editing a claim', () => {
  test('opens a form filled with the claim as it is, its quotes shown, a reason asked for', async () => {
    const id = await freshClaim({
      value: 1500,
      value_text: 'about 1,500',
      approximation: 'approximately',
      credibility: 2,
      notes: 'a note',
    });
    const page = await editor.get(`/workspace/claims/${id}/edit`);
    expect(page.status).toBe(200);
    expect(fieldValue(page.text, 'value')).toBe('1500');
    expect(fieldValue(page.text, 'value_text')).toBe('about 1,500');
    expect(fieldValue(page.text, 'approximation')).toBe('approximately');
    expect(fieldValue(page.text, 'country')).toBe('KZ');
    expect(fieldValue(page.text, 'claimant')).toBe('actor:4');
    expect(fieldValue(page.text, 'credibility')).toBe('2');
    expect(fieldValue(page.text, 'notes')).toBe('a note');
    expect(fieldValue(page.text, 'version')).toBe('1');
    expect(page.text).toMatch(/<textarea(?=[^>]*\srequired)[^>]*\sname="reason"/);
    expect(page.text).toContain('<q>over 300</q>');
    expect(page.text).not.toMatch(/name="quote"/);
  });

  test('saves through the API rules as a revision by the editor with the reason, shown in the history', async () => {
    const id = await freshClaim();
    const form = await editForm(id, { value: '1,100', value_text: '1,100', country: 'Russian', reason: 'misread: the figure is 1,100' });
    const res = await editor.post(`/workspace/claims/${id}/edit`, form);
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(`/claims/${id}?edited=2#outcome`);
    expect(await row(id)).toMatchObject({ value: 1100, value_text: '1,100', country: 'RU', version: 2, claimant_id: 4 });
    const [, edit] = await revisions(id);
    expect(edit).toMatchObject({ version: 2, action: 'update', author: 'test editor', reason: 'misread: the figure is 1,100' });
    expect(Object.keys(edit.changes).sort()).toEqual(['country', 'value', 'value_text']);
    const page = await editor.get(`/claims/${id}`);
    expect(page.text).toMatch(/<strong>Edited<\/strong> \(version 2\) by test editor,[\s\S]*?<q>misread: the figure is 1,100<\/q>/);
  });

  test('takes a claimant the ledger holds by name, and creates a new one with the edit', async () => {
    const id = await freshClaim();
    const named = await t.db('actors').where({ id: 4 }).first();
    const other = await t.db('actors').whereNot({ id: 4 }).orderBy('id').first();
    let res = await editor.post(
      `/workspace/claims/${id}/edit`,
      await editForm(id, { claimant: 'new', claimant_name: ` ${other.name.toUpperCase()} `, reason: 'claimant misread' }),
    );
    expect(res.status).toBe(303);
    expect((await row(id)).claimant_id).toBe(other.id);
    const actors = Number((await t.db('actors').count({ n: '*' }).first())!.n);
    res = await editor.post(
      `/workspace/claims/${id}/edit`,
      await editForm(id, { claimant: 'new', claimant_name: 'A spokesman never heard of', claimant_kind: 'person', reason: 'who said it' }),
    );
    expect(res.status).toBe(303);
    const made = await t.db('actors').where({ name: 'A spokesman never heard of' }).first();
    expect(made).toBeDefined();
    expect((await row(id)).claimant_id).toBe(made.id);
    expect(Number((await t.db('actors').count({ n: '*' }).first())!.n)).toBe(actors + 1);
    expect(named.id).toBe(4);
  });

  test('refuses invalid fields at their fields, with the input kept and nothing changed', async () => {
    const id = await freshClaim();
    const before = await row(id);
    const form = await editForm(id, { value: 'many', country: 'Atlantis', value_low: '50', value_high: '10', reason: '' });
    const res = await editor.post(`/workspace/claims/${id}/edit`, form);
    expect(res.status).toBe(422);
    expect(res.text).toContain(`<title>Edit claim ${id}: check the form · Claims ledger</title>`);
    expect(res.text).toContain('action="/workspace/claims/' + id + '/edit#edit-errors"');
    expect(res.text).toMatch(/class="error-summary" role="alert" id="edit-errors"/);
    const summary = /id="edit-errors"[\s\S]*?<\/div>/.exec(res.text)![0];
    expect(summary).toContain('<a href="#edit-value">Value: must be a number such as 1500 or 1,500</a>');
    expect(summary).toContain(
      '<a href="#edit-country">Country: “Atlantis” is not a known country, region or demonym</a>'.replace(/[“”]/g, '&quot;'),
    );
    expect(summary).toContain('<a href="#edit-reason">Reason for the change: must be filled in: say why the claim changes</a>');
    // the errors in the order of the fields
    expect(summary.indexOf('#edit-value"')).toBeLessThan(summary.indexOf('#edit-country"'));
    expect(summary.indexOf('#edit-country"')).toBeLessThan(summary.indexOf('#edit-reason"'));
    expect(res.text).toMatch(/id="edit-value"[^>]*aria-invalid="true"[^>]*aria-describedby="edit-value-hint edit-value-err"/);
    expect(fieldValue(res.text, 'value')).toBe('many');
    expect(fieldValue(res.text, 'country')).toBe('Atlantis');
    expect(await row(id)).toEqual(before);
    expect(await revisions(id)).toHaveLength(1);
  });

  test('says the ledger rules as the API says them: bounds out of order', async () => {
    const id = await freshClaim();
    const form = await editForm(id, { approximation: 'range', value: '', value_low: '50', value_high: '10', reason: 'a range' });
    const res = await editor.post(`/workspace/claims/${id}/edit`, form);
    expect(res.status).toBe(422);
    const api = await request(t.app)
      .patch(`/v1/claims/${id}`)
      .set(t.as.editor)
      .set('If-Match', '"v1"')
      .send({ reason: 'a test edit', approximation: 'range', value: null, value_low: 50, value_high: 10 })
      .expect(422);
    const message = api.body.errors.find((e: { field: string }) => e.field === '/value_high').message as string;
    expect(res.text).toContain(`<a href="#edit-value_high">High: ${message}</a>`);
  });

  test('refuses a form without its session token, changing nothing', async () => {
    const id = await freshClaim();
    const before = await row(id);
    const res = await editor.post(`/workspace/claims/${id}/edit`, await editForm(id, { value: '41', reason: 'x', csrf: 'forged.token' }));
    expect(res.status).toBe(403);
    expect(res.text).toContain('security token');
    expect(await row(id)).toEqual(before);
  });

  test('does not overwrite a newer revision: shows the conflict and the newer values, then saves over it when sent again', async () => {
    const id = await freshClaim();
    const form = await editForm(id, { value: '45', value_text: '45', reason: 'my correction' });
    // meanwhile, another editor corrects the claim through the API
    await request(t.app)
      .patch(`/v1/claims/${id}`)
      .set(t.as.admin)
      .set('If-Match', '"v1"')
      .send({ value: 60, value_text: '60', reason: 'theirs' })
      .expect(200);
    const res = await editor.post(`/workspace/claims/${id}/edit`, form);
    expect(res.status).toBe(409);
    expect(await row(id)).toMatchObject({ value: 60, version: 2 });
    expect(res.text).toContain('Claim ' + id + ' is now at version 2.');
    const table = /<table class="diff">[\s\S]*?<\/table>/.exec(res.text)![0];
    expect(table).toMatch(/<th scope="row">Value<\/th><td>60<\/td><td>45<\/td>/);
    expect(table).toMatch(/<th scope="row">Words<\/th><td>60<\/td><td>45<\/td>/);
    expect(fieldValue(res.text, 'value')).toBe('45');
    expect(fieldValue(res.text, 'version')).toBe('2');
    const again = await editor.post(`/workspace/claims/${id}/edit`, { ...form, csrf: csrfOf(res.text), form_id: '', version: '2' });
    expect(again.status).toBe(303);
    expect(await row(id)).toMatchObject({ value: 45, version: 3 });
  });

  test('says a claim retracted meanwhile is not edited, leading back to it', async () => {
    const id = await freshClaim();
    const form = await editForm(id, { value: '45', reason: 'my <i>correction</i>' });
    await request(t.app).delete(`/v1/claims/${id}`).set(t.as.admin).send({ reason: 'withdrawn' }).expect(200);
    const res = await editor.post(`/workspace/claims/${id}/edit`, form);
    expect(res.status).toBe(409);
    expect(res.text).toContain(`Claim ${id} is retracted`);
    expect(res.text).toContain(`<a href="/claims/${id}">Back to the claim</a>`);
    expect(res.text).not.toContain('name="reason"');
    // What the editor typed is shown, read-only and escaped, not lost with the form.
    expect(res.text).toContain('<dt>Value</dt><dd dir="auto">45</dd>');
    expect(res.text).toContain('<dt>Reason for the change</dt><dd dir="auto">my &lt;i>correction&lt;/i></dd>');
    const retract = await editor.post(`/workspace/claims/${id}/retract`, { reason: 'a source withdrew it', version: '1' });
    expect(retract.status).toBe(409);
    expect(retract.text).toContain('<dt>Reason for the retraction</dt><dd dir="auto">a source withdrew it</dd>');
    expect(await row(id)).toMatchObject({ status: 'retracted', value: 40 });
  });

  test('the Retracted page says who retracted the claim, when and why, as its history records them', async () => {
    const id = await freshClaim();
    const form = await editForm(id, { value: '45', reason: 'mine' });
    await request(t.app).delete(`/v1/claims/${id}`).set(t.as.admin).send({ reason: 'the <b>source</b> withdrew it' }).expect(200);
    const [, retraction] = await revisions(id);
    expect(retraction.action).toBe('retract');
    const at = new Date(retraction.created_at).toISOString();
    for (const res of [await editor.post(`/workspace/claims/${id}/edit`, form), await editor.get(`/workspace/claims/${id}/retract`)]) {
      expect(res.status).toBe(409);
      expect(res.text).toContain(
        `<p class="ws-retracted-by">Retracted by ${retraction.author} on <time datetime="${at}">${instantInWords(at)}</time>: the &lt;b>source&lt;/b> withdrew it.</p>`,
      );
    }
  });

  test('says a retracted claim is not edited or retracted again before it reads the fields, whatever they are', async () => {
    const id = await freshClaim();
    const form = await editForm(id);
    await request(t.app).delete(`/v1/claims/${id}`).set(t.as.admin).send({ reason: 'withdrawn' }).expect(200);
    const sent = [
      ['edit', { ...form, value: '', value_text: '', reason: '' }],
      ['edit', { ...form, version: 'latest', reason: 'my correction' }],
      ['retract', { reason: '', version: '1' }],
      ['retract', { reason: 'again', version: '' }],
    ] as const;
    for (const [action, fields] of sent) {
      const res = await editor.post(`/workspace/claims/${id}/${action}`, fields);
      expect({ action, fields, status: res.status, retracted: res.text.includes(`Claim ${id} is retracted`) }).toEqual({
        action,
        fields,
        status: 409,
        retracted: true,
      });
      expect(res.text).toContain(`<a href="/claims/${id}">Back to the claim</a>`);
    }
    expect(await row(id)).toMatchObject({ status: 'retracted', value: 40, version: 2 });
  });

  test('says so when the form changes nothing', async () => {
    const id = await freshClaim();
    const res = await editor.post(`/workspace/claims/${id}/edit`, await editForm(id, { reason: 'looked again' }));
    expect(res.status).toBe(200);
    expect(res.text).toContain('Nothing was saved');
    expect(await revisions(id)).toHaveLength(1);
  });
});

describe('retracting a claim', () => {
  test('asks for a reason, then retracts: the claim stays visible with its notice, and is not offered for editing', async () => {
    const id = await freshClaim();
    const page = await editor.get(`/workspace/claims/${id}/retract`);
    expect(page.status).toBe(200);
    expect(page.text).toMatch(/<textarea(?=[^>]*\srequired)[^>]*\sname="reason"/);
    const refused = await editor.post(`/workspace/claims/${id}/retract`, { reason: '  ', version: '1' });
    expect(refused.status).toBe(422);
    expect(refused.text).toContain('<a href="#retract-reason">Reason for the retraction: must be filled in: say why the claim changes</a>');
    expect((await row(id)).status).toBe('active');

    const res = await editor.post(`/workspace/claims/${id}/retract`, { reason: 'the <b>source</b> withdrew it', version: '1' });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(`/claims/${id}?retracted=1#outcome`);
    expect(await row(id)).toMatchObject({ status: 'retracted', retraction_reason: 'the <b>source</b> withdrew it', version: 2 });
    const [, retraction] = await revisions(id);
    expect(retraction).toMatchObject({ action: 'retract', author: 'test editor', reason: 'the <b>source</b> withdrew it' });
    const claimPage = await editor.get(`/claims/${id}`);
    expect(claimPage.text).toContain(
      '<strong>Retracted.</strong> This claim was withdrawn from the ledger: the &lt;b>source&lt;/b> withdrew it',
    );
    expect(claimPage.text).not.toContain('<b>source</b>');
    expect(claimPage.text).not.toContain(`href="/workspace/claims/${id}/edit"`);
    const edit = await editor.get(`/workspace/claims/${id}/edit`);
    expect(edit.status).toBe(409);
    expect(edit.text).toContain(`href="/claims/${id}"`);
  });

  test('refuses a stale retraction, showing the version the claim is at', async () => {
    const id = await freshClaim();
    await request(t.app)
      .patch(`/v1/claims/${id}`)
      .set(t.as.admin)
      .set('If-Match', '"v1"')
      .send({ reason: 'a test edit', value: 41, value_text: '41' })
      .expect(200);
    const res = await editor.post(`/workspace/claims/${id}/retract`, { reason: 'wrong', version: '1' });
    expect(res.status).toBe(409);
    expect(res.text).toContain(`Claim ${id} is now at version 2.`);
    expect(fieldValue(res.text, 'version')).toBe('2');
    expect(fieldValue(res.text, 'reason')).toBe('wrong');
    expect((await row(id)).status).toBe('active');
  });

  test('answers a hand-edited version with a 400 naming it', async () => {
    const id = await freshClaim();
    const res = await editor.post(`/workspace/claims/${id}/retract`, { reason: 'wrong', version: 'latest' });
    expect(res.status).toBe(400);
    expect(res.text).toContain('version');
    expect((await row(id)).status).toBe('active');
  });
});

describe('the relations of a claim on its edit page (web50)', () => {
  const held = (id: number) =>
    t.db('claim_relations').where({ claim_id: id }).orderBy('id').select('type', 'related_claim_id', 'asserted_by');
  /** The edit form with its relation rows as the page fills them, and `fields` over it. */
  async function formWithRows(id: number, fields: Record<string, string> = {}): Promise<Record<string, string>> {
    const page = await editor.get(`/workspace/claims/${id}/edit`);
    const rows = Object.fromEntries(
      [...page.text.matchAll(/name="(rel_(?:type|target)_\d+)"/g)].map(([, n]) => [n, fieldValue(page.text, n) ?? '']),
    );
    return { ...(await editForm(id)), ...rows, ...fields };
  }

  test('lists the relations it holds as rows naming the other claim, and those held by others with their edit page', async () => {
    const other = await freshClaim({ value: 900, value_text: 'no more than 900', approximation: 'at_most', country: 'RU' });
    const id = await freshClaim({ value: 650, value_text: '600 to 700', relations: [{ type: 'contradicts', claim_id: other }] });
    const page = await editor.get(`/workspace/claims/${id}/edit`);
    expect(fieldValue(page.text, 'rel_type_0')).toBe('contradicts');
    expect(fieldValue(page.text, 'rel_target_0')).toBe(`claim:${other}`);
    expect(page.text).toContain(`claim ${other}: “no more than 900”`);
    // one empty row, to add a relation
    expect(page.text).toMatch(/<select[^>]*name="rel_type_1"><option value selected>no relation<\/option>/);
    expect(fieldValue(page.text, 'rel_target_1')).toBe('');
    // the other end: the relation is claim id's, removed on its page
    const otherPage = await editor.get(`/workspace/claims/${other}/edit`);
    expect(otherPage.text).toMatch(/<select[^>]*name="rel_type_0"><option value selected>/);
    expect(otherPage.text).toContain(`Claim ${id} contradicts this claim`);
    expect(otherPage.text).toContain(`<a href="/workspace/claims/${id}/edit">Edit claim ${id}</a>`);
  });

  test('removes a relation as a revision by the editor, saying so on the claim page', async () => {
    const other = await freshClaim({ value: 900, value_text: 'no more than 900', approximation: 'at_most', country: 'RU' });
    const id = await freshClaim({ value: 650, value_text: '600 to 700', relations: [{ type: 'contradicts', claim_id: other }] });
    const form = await formWithRows(id, { rel_type_0: '', reason: 'the figures are of two republics: no contradiction' });
    const res = await editor.post(`/workspace/claims/${id}/edit`, form);
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(`/claims/${id}?edited=2-1-0#outcome`);
    expect(await held(id)).toEqual([]);
    const [, edit] = await revisions(id);
    expect(edit).toMatchObject({ version: 2, author: 'test editor', reason: 'the figures are of two republics: no contradiction' });
    expect(Object.keys(edit.changes)).toEqual(['relations']);
    const landed = await editor.get(res.headers.location);
    expect(landed.text).toContain('Your correction is saved as revision 2 of the claim: 1 relation removed.');
    expect(landed.text).not.toMatch(new RegExp(`href="/claims/${other}"[^>]*>[^<]*no more than 900`));
  });

  test('adds a relation asserted by the claimant, and keeps who asserted the relations an edit leaves alone', async () => {
    const whole = await freshClaim({ value: 4000, value_text: '4,000' });
    const earlier = await freshClaim({ value: 30, value_text: '30' });
    const id = await freshClaim({ relations: [{ type: 'part_of', claim_id: whole, asserted_by: 1 }] });
    const form = await formWithRows(id, { rel_type_1: 'supersedes', rel_target_1: ` ${earlier} `, reason: 'the later count replaces it' });
    const res = await editor.post(`/workspace/claims/${id}/edit`, form);
    expect(res.headers.location).toBe(`/claims/${id}?edited=2-0-1#outcome`);
    expect(await held(id)).toEqual([
      { type: 'part_of', related_claim_id: whole, asserted_by: 1 },
      { type: 'supersedes', related_claim_id: earlier, asserted_by: 4 },
    ]);
    expect((await row(earlier)).status).toBe('superseded');
    // another field changed, the rows as they are: the relations are not rewritten
    const again = await editor.post(
      `/workspace/claims/${id}/edit`,
      await formWithRows(id, { value: '41', value_text: '41', reason: 'typo' }),
    );
    expect(again.headers.location).toBe(`/claims/${id}?edited=3#outcome`);
    expect(Object.keys((await revisions(id))[2].changes).sort()).toEqual(['value', 'value_text']);
    expect((await held(id))[0]).toEqual({ type: 'part_of', related_claim_id: whole, asserted_by: 1 });
  });

  test('keeps every relation of a claim holding more than a review form offers rows for', async () => {
    const others = [];
    for (let i = 0; i < 14; i++) others.push(await freshClaim({ value: 100 + i, value_text: String(100 + i) }));
    const id = await freshClaim({ relations: others.map((claim_id) => ({ type: 'corroborates', claim_id })) });
    const form = await formWithRows(id, { value: '45', value_text: '45', reason: 'typo' });
    expect(form.rel_target_13).toBe(`claim:${others[13]}`);
    expect(form.rel_target_14).toBe('');
    const res = await editor.post(`/workspace/claims/${id}/edit`, form);
    expect(res.headers.location).toBe(`/claims/${id}?edited=2#outcome`);
    expect(await held(id)).toHaveLength(14);
    const removed = await editor.post(
      `/workspace/claims/${id}/edit`,
      await formWithRows(id, { rel_type_13: '', reason: 'not the same count' }),
    );
    expect(removed.headers.location).toBe(`/claims/${id}?edited=3-1-0#outcome`);
    expect((await held(id)).map((r) => r.related_claim_id)).toEqual(others.slice(0, 13));
  });

  test('shows a relation changed meanwhile among the differences of a stale form', async () => {
    const other = await freshClaim({ value: 900, value_text: '900' });
    const id = await freshClaim();
    const form = await formWithRows(id, { value: '45', value_text: '45', reason: 'my correction' });
    await request(t.app)
      .patch(`/v1/claims/${id}`)
      .set(t.as.admin)
      .set('If-Match', '"v1"')
      .send({ relations: [{ type: 'contradicts', claim_id: other }], reason: 'theirs' })
      .expect(200);
    const res = await editor.post(`/workspace/claims/${id}/edit`, form);
    expect(res.status).toBe(409);
    const table = /<table class="diff">[\s\S]*?<\/table>/.exec(res.text)![0];
    expect(table).toContain(`<th scope="row">Relations</th><td>contradicts claim ${other}</td><td>none</td>`);
    expect(await held(id)).toHaveLength(1);
  });

  test('suggests the other claims of its documents for a relation, by number, words and claimant, none retracted (review51)', async () => {
    const gone = await freshClaim({ value: 41, value_text: '41' });
    await request(t.app).delete(`/v1/claims/${gone}`).set(t.as.editor).set('If-Match', '"v1"').send({ reason: 'a duplicate' }).expect(200);
    const id = await freshClaim();
    const page = await editor.get(`/workspace/claims/${id}/edit`);
    const list = /<datalist id="edit-claims">([\s\S]*?)<\/datalist>/.exec(page.text)?.[1] ?? '';
    const offered = [...list.matchAll(/<option value="claim:(\d+)">([^<]*)<\/option>/g)].map(([, n, label]) => [Number(n), label]);
    // the seed's claims quote document 1, as this one does
    expect(offered).toContainEqual([2, 'claim 2: over 300 (Nurtai Abykaev)']);
    expect(offered.map(([n]) => n)).not.toContain(id);
    expect(offered.map(([n]) => n)).not.toContain(gone);
    expect(page.text).toMatch(
      /<input[^>]*list="edit-claims"[^>]*name="rel_target_0"|<input[^>]*name="rel_target_0"[^>]*list="edit-claims"/,
    );
  });

  test('refuses a row naming a claim with no relation chosen, where the edit had saved without it (review51)', async () => {
    const other = await freshClaim({ value: 900, value_text: '900' });
    const id = await freshClaim();
    const before = await row(id);
    // the empty row filled in, its type left at "no relation": the editor meant to add one
    const res = await editor.post(
      `/workspace/claims/${id}/edit`,
      await formWithRows(id, { rel_target_0: `claim:${other}`, value: '45', value_text: '45', reason: 'linking' }),
    );
    expect(res.status).toBe(422);
    expect(res.text).toContain(`Relation 1: this claim: choose how this claim relates to claim ${other}, or empty the row`);
    expect(res.text).toMatch(/<a href="#edit-rel_type_0">/);
    expect(fieldValue(res.text, 'rel_target_0')).toBe(`claim:${other}`);
    expect(await row(id)).toEqual(before);
    // a row of a relation the claim holds, its type set to "no relation", still removes it
    const linked = await freshClaim({ relations: [{ type: 'contradicts', claim_id: other }] });
    const removed = await editor.post(
      `/workspace/claims/${linked}/edit`,
      await formWithRows(linked, { rel_type_0: '', reason: 'unlinking' }),
    );
    expect(removed.headers.location).toBe(`/claims/${linked}?edited=2-1-0#outcome`);
    expect(await held(linked)).toEqual([]);
  });

  test('names the other row of a clash by its label, not by the API pointer (review51)', async () => {
    const other = await freshClaim({ value: 900, value_text: '900' });
    const id = await freshClaim();
    const res = await editor.post(
      `/workspace/claims/${id}/edit`,
      await formWithRows(id, { rel_type_0: 'contradicts', rel_target_0: `${other}`, reason: 'linking' }),
    );
    expect(res.headers.location).toBe(`/claims/${id}?edited=2-0-1#outcome`);
    const clash = await editor.post(
      `/workspace/claims/${id}/edit`,
      await formWithRows(id, { rel_type_1: 'corroborates', rel_target_1: `claim:${other}`, reason: 'linking again' }),
    );
    expect(clash.status).toBe(422);
    expect(clash.text).toContain(
      `Relation 2: to: says this claim corroborates claim ${other}, where relation 1 says it contradicts it, by the same asserter`,
    );
    expect(clash.text).not.toContain('/relations/');
  });

  test('refuses a row naming no claim, a claim that does not exist or a loop at its field, saving nothing', async () => {
    const id = await freshClaim();
    const whole = await freshClaim({ relations: [{ type: 'part_of', claim_id: id }] });
    const before = await row(id);
    for (const [target, type, said] of [
      ['c3', 'part_of', 'Relation 1: to: must be a claim: its number, such as claim:12 or 12'],
      ['claim:99999999', 'contradicts', '99999999'],
      [`claim:${whole}`, 'part_of', 'Relation 1: to'],
      ['claim:99999999999999', 'contradicts', '99999999999999'],
    ]) {
      const res = await editor.post(
        `/workspace/claims/${id}/edit`,
        await formWithRows(id, { rel_type_0: type, rel_target_0: target, reason: 'linking' }),
      );
      expect(res.status).toBe(422);
      expect(res.text).toContain(said);
      expect(res.text).toMatch(/<a href="#edit-rel_target_0">/);
      expect(fieldValue(res.text, 'rel_target_0')).toBe(target);
    }
    const unknownType = await editor.post(
      `/workspace/claims/${id}/edit`,
      await formWithRows(id, { rel_type_0: 'refutes', rel_target_0: '1', reason: 'x' }),
    );
    expect(unknownType.status).toBe(422);
    expect(unknownType.text).toContain('Relation 1: this claim: must be one of');
    expect(await row(id)).toEqual(before);
    expect(await held(id)).toEqual([]);
  });
});
