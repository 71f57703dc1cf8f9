import request from 'supertest';
import { createTestApp, type TestApp } from '../support/app';
import { seedClaimBody } from '../support/seedClaim';
import { csrfOf, hiddenFields, Jar, signedInTo as signedInAs, signIn } from '../workspace/support';
import { EDIT_FIELDS } from '../../src/web/workspace/editClaim';
import { OUTCOME_COOKIE, withPlacesAdded } from '../../src/web/outcome';
import { safeNext } from '../../src/web/workspace/session';

/**
 * Every write of the interface answers with one outcome notice (src/web/outcome.ts, OutcomeNotice): its redirect names
 * the outcome and ends in #outcome, the notice's id, so the browser focuses it; the page it lands on shows it, also
 * without script. Places, metrics and groups are named, not coded, in the workspace's rows and a claim's history.
 */
let t: TestApp;
let editor: Awaited<ReturnType<typeof signIn>>;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
  editor = await signIn(t.app, t.keys.editor);
});
afterAll(() => t.drop());

async function freshClaim(): Promise<number> {
  const res = await request(t.app).post('/v1/claims').set(t.as.editor).send(seedClaimBody()).expect(201);
  return res.body.id as number;
}

/** The outcome notice of a page: its words, and the parameter the script takes out of the address. */
function noticeOf(html: string): { text: string; param: string | undefined } | undefined {
  const box = /<div class="outcome" id="outcome" tabindex="-1"[^>]*>([\s\S]*?)<\/div>/.exec(html);
  if (!box) return undefined;
  return {
    text: box[1]
      .replace(/<[^>]+>/g, '')
      .replace(/&#x27;|&#39;/g, "'")
      .trim(),
    param: /data-notice-param="([^"]*)"/.exec(box[1])?.[1],
  };
}

/** The value of a named field of a page's form, as claim-edit.test.ts reads it. */
function fieldValue(html: string, name: string): string {
  const input = new RegExp(`<input[^>]*\\sname="${name}"[^>]*>`).exec(html);
  if (input) return /\svalue="([^"]*)"/.exec(input[0])?.[1] ?? '';
  const textarea = new RegExp(`<textarea[^>]*\\sname="${name}"[^>]*>([^<]*)</textarea>`).exec(html);
  if (textarea) return textarea[1];
  const select = new RegExp(`<select[^>]*\\sname="${name}"[^>]*>([\\s\\S]*?)</select>`).exec(html);
  return (select && /<option value="([^"]*)" selected/.exec(select[1])?.[1]) ?? '';
}

describe('a claim corrected or retracted', () => {
  test('lands on its page at a notice of the revision saved, linking to the history, whose change names the places', async () => {
    const id = await freshClaim();
    const page = await editor.get(`/workspace/claims/${id}/edit`);
    const form = Object.fromEntries([...EDIT_FIELDS, 'version'].map((n) => [n, fieldValue(page.text, n)]));
    const res = await editor.post(`/workspace/claims/${id}/edit`, { ...form, country: 'RU', reason: 'the source says Russians' });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(`/claims/${id}?edited=2#outcome`);
    const landed = await editor.get(res.headers.location);
    expect(landed.status).toBe(200);
    expect(noticeOf(landed.text)).toEqual({
      text: 'Your correction is saved as revision 2 of the claim. See it in the history',
      param: 'edited',
    });
    expect(landed.text).toContain('<a href="#history">See it in the history</a>');
    // The history says the places by name: "KZ → RU" read as codes to a reader.
    expect(landed.text).toMatch(/<th scope="row">country<\/th>\s*<td>\s*<del>Kazakhstan<\/del>/);
    expect(landed.text).toMatch(/<ins>Russia<\/ins>/);
    // The same page without the parameter says nothing (a reload once the script took it out of the address).
    expect(noticeOf((await editor.get(`/claims/${id}`)).text)).toBeUndefined();
  });

  test('lands on its page at a notice of the retraction', async () => {
    const id = await freshClaim();
    const res = await editor.post(`/workspace/claims/${id}/retract`, { reason: 'withdrawn by its source', version: '1' });
    expect(res.headers.location).toBe(`/claims/${id}?retracted=1#outcome`);
    const landed = await editor.get(res.headers.location);
    expect(landed.status).toBe(200);
    expect(noticeOf(landed.text)?.text).toBe('The claim is retracted: it stays in the ledger, marked retracted with your reason.');
  });

  test('saved without a change says so at a notice that takes the focus', async () => {
    const id = await freshClaim();
    const page = await editor.get(`/workspace/claims/${id}/edit`);
    const form = Object.fromEntries([...EDIT_FIELDS, 'version'].map((n) => [n, fieldValue(page.text, n)]));
    const res = await editor.post(`/workspace/claims/${id}/edit`, { ...form, reason: 'checked' });
    expect(res.status).toBe(200);
    expect(noticeOf(res.text)?.text).toBe('Nothing was saved: the form holds the claim’s values as they are.');
    expect(res.text).toMatch(/<div class="outcome" id="outcome" tabindex="-1" autofocus/);
  });
});

describe('any page', () => {
  /** A visitor's browser holding the flash a write's redirect to `address` would set (outcome.ts), asking for `asked`. */
  const withFlash = (address: string, asked = address) =>
    request(t.app)
      .get(asked)
      .set('Cookie', `${OUTCOME_COOKIE}=${encodeURIComponent(address)}`);

  test('says no outcome its address names without the flash of the write that produced it', async () => {
    // A claim's page refuses parameters it does not know; the notice's is taken out before the page reads its query.
    const claim = await request(t.app).get('/claims/1?accepted=12').expect(200);
    expect(noticeOf(claim.text)).toBeUndefined();
    // a visitor never signed in, sent an address made elsewhere
    for (const made of ['signed_in=1', 'signed_out=1', 'edited=2', 'retracted=1', 'high=2-1-0', 'created=1']) {
      const page = await request(t.app).get(`/?q=women&${made}`).expect(200);
      expect(noticeOf(page.text)).toBeUndefined();
      expect(page.text).toContain('Search: “women”');
    }
    // the flash says it on the page it was made for, not on another
    expect(noticeOf((await withFlash('/claims/1?edited=2')).text)?.text).toMatch(/^Your correction is saved as revision 2/);
    expect(noticeOf((await withFlash('/claims/1?edited=2', '/claims/2?edited=2')).text)).toBeUndefined();
    expect(noticeOf((await withFlash('/claims/1?edited=2', '/claims/1?edited=3')).text)).toBeUndefined();
  });

  test('shows only the words it knows, even with a flash', async () => {
    const search = await withFlash('/?high=%3Cb%3Ebold%3C%2Fb%3E').expect(200);
    expect(noticeOf(search.text)).toBeUndefined();
    expect(search.text).not.toContain('<b>bold');
    // A notice says only what the ledger wrote: counts in the address, the words its own; no sentence made elsewhere.
    const counted = await withFlash('/?high=2-1-0').expect(200);
    expect(noticeOf(counted.text)).toEqual({ text: '2 accepted, 1 left open with your unsaved changes', param: 'high' });
    const noticeAt = async (query: string) => noticeOf((await withFlash(`/?${query}`).expect(200)).text);
    for (const made of ['Your session expired. Call 555 0100 to sign in again.', '2 accepted', '2-1', '1-2-3-4'])
      expect(await noticeAt(`high=${encodeURIComponent(made)}`)).toBeUndefined();
    // …nor a word where an id, a version or a count goes ("Saved as claim Your_session_expired.")
    for (const made of [
      'accepted=Your_session_expired',
      'accepted=12_Your-session',
      'accepted=12_ES-CE_call-us',
      'high=1-0-0_ES-CE_x',
      'edited=Your-edit-was-rejected',
      'rejected=ACCOUNT_LOCKED',
      'low=abc',
    ])
      expect(await noticeAt(made)).toBeUndefined();
    expect(await noticeAt('rejected=c12')).toEqual({ text: 'Candidate c12 rejected.', param: 'rejected' });
    // a subdivision an acceptance added from the gazetteer is named by its code (walk48)
    expect((await noticeAt('accepted=12_ES-CE_ES-ML'))?.text).toBe(
      "Saved as claim 12. Subdivisions ES-CE and ES-ML were not in the ledger: they are added, as the extractor's gazetteer names them, since claims count their people.",
    );
  });

  test('says an acceptance that added more than twenty subdivisions, naming twenty and counting the others', async () => {
    const noticeAt = async (query: string) => noticeOf((await withFlash(`/?${query}`).expect(200)).text);
    // codes as a long article's acceptance adds them (the redirect's value is written by withPlacesAdded)
    const codes = Array.from(
      { length: 27 },
      (_, i) => `ES-${String.fromCharCode(65 + Math.floor(i / 26))}${String.fromCharCode(65 + (i % 26))}`,
    );
    const high = await noticeAt(`high=${encodeURIComponent(withPlacesAdded('27-0-0', codes))}`);
    expect(high?.text).toBe(
      `27 accepted. Subdivisions ${codes.slice(0, 20).join(', ')} and 7 others were not in the ledger: they are added, as the extractor's gazetteer names them, since claims count their people.`,
    );
    const accepted = await noticeAt(`accepted=${encodeURIComponent(withPlacesAdded('12', codes.slice(0, 21)))}`);
    expect(accepted?.text).toMatch(/^Saved as claim 12\. Subdivisions ES-AA, .*, ES-AT and 1 other were not in the ledger/);
    // twenty are named without a count
    expect((await noticeAt(`accepted=${withPlacesAdded('12', codes.slice(0, 20))}`))?.text).toMatch(
      /ES-AS and ES-AT were not in the ledger/,
    );
    // the count is said only where the codes named are twenty: a count made elsewhere, or naming none, says nothing
    for (const made of [
      'accepted=12_ES-CE_5',
      `accepted=12_${codes.slice(0, 20).join('_')}_0`,
      `accepted=12_${codes.slice(0, 21).join('_')}`,
    ])
      expect(await noticeAt(made)).toBeUndefined();
  });

  test('says it once: the page that says it clears the flash; an error page says none and keeps it', async () => {
    const said = await withFlash('/claims/1?edited=2').expect(200);
    expect(said.headers['set-cookie']).toEqual([expect.stringMatching(new RegExp(`^${OUTCOME_COOKIE}=; Path=/; Max-Age=0`))]);
    expect(said.headers['cache-control']).toBe('private, no-store');
    // An error page says no outcome: the page it was about did not load (a 503 under load showed "saved … below").
    const missing = await withFlash('/claims/99999999?edited=2').expect(404);
    expect(noticeOf(missing.text)).toBeUndefined();
    expect(missing.headers['set-cookie']).toBeUndefined();
    // …the workspace's error pages alike (a page of their own, not the interface's)
    editor.jar.cookies.set(OUTCOME_COOKIE, encodeURIComponent('/workspace/documents/99999999?created=1'));
    const noDocument = await editor.get('/workspace/documents/99999999?created=1');
    expect(noDocument.status).toBe(404);
    expect(noticeOf(noDocument.text)).toBeUndefined();
    editor.jar.cookies.delete(OUTCOME_COOKIE);
  });

  test('after an edit, the claim page says the notice, then not on a reload of the same address', async () => {
    const id = await freshClaim();
    const res = await editor.post(`/workspace/claims/${id}/retract`, { reason: 'withdrawn by its source', version: '1' });
    expect(res.headers.location).toBe(`/claims/${id}?retracted=1#outcome`);
    const landed = await editor.get(res.headers.location);
    expect(noticeOf(landed.text)?.text).toMatch(/^The claim is retracted/);
    // without script the address still names the outcome: a reload (or going back, the page kept by no cache) asks again
    const reload = await editor.get(res.headers.location);
    expect(reload.status).toBe(200);
    expect(noticeOf(reload.text)).toBeUndefined();
  });
});

describe('signing in and out', () => {
  test('the sign-in page starts at its key field; a refused key is listed above the form, linked to the field and focused', async () => {
    const jar = new Jar();
    const page = await request(t.app).get('/sign-in');
    jar.take(page);
    expect(page.text).toMatch(/<input[^>]*id="key"[^>]*autofocus/);
    const refused = await request(t.app)
      .post('/sign-in')
      .set('Cookie', jar.header())
      .type('form')
      .send({ csrf: csrfOf(page.text), key: 'cl_not-a-key' });
    expect(refused.status).toBe(401);
    expect(refused.text).toMatch(/<div class="error-summary" role="alert" id="sign-in-errors" tabindex="-1" autofocus/);
    expect(refused.text).toContain('<a href="#key">API key: That API key is not valid or has been revoked.</a>');
    // the summary has the focus, and the key typed is never sent back
    expect(refused.text).not.toMatch(/<input[^>]*id="key"[^>]*autofocus/);
    expect(refused.text).not.toContain('cl_not-a-key');
  });

  test('signing in and out each land at their notice', async () => {
    const jar = new Jar();
    const page = await request(t.app).get('/sign-in?next=%2Fworkspace%2Fdocuments%2F1');
    jar.take(page);
    const signedIn = await request(t.app)
      .post('/sign-in')
      .set('Cookie', jar.header())
      .type('form')
      .send({ csrf: csrfOf(page.text), key: t.keys.editor, next: '/workspace/documents/1' });
    jar.take(signedIn);
    expect(signedIn.headers.location).toBe('/workspace/documents/1?signed_in=1#outcome');
    const review = await request(t.app).get(signedIn.headers.location).set('Cookie', jar.header());
    expect(review.status).toBe(200);
    expect(noticeOf(review.text)?.text).toBe('You are signed in.');
    const out = await request(t.app)
      .post('/sign-out')
      .set('Cookie', jar.header())
      .type('form')
      .send({ csrf: csrfOf(review.text) });
    expect(out.headers.location).toBe('/sign-in?signed_out=1#outcome');
    jar.take(out);
    const signInAgain = await request(t.app).get(out.headers.location).set('Cookie', jar.header());
    expect(noticeOf(signInAgain.text)?.text).toBe('You are signed out.');
  });
});

describe('a page whose purpose is one form', () => {
  /** The ids of the elements a page starts focused (autofocus): the browser takes the first. */
  const autofocused = (html: string) => [...html.matchAll(/<(\w+)\b[^>]*\sautofocus[^>]*>/g)].map((m) => /\sid="([^"]*)"/.exec(m[0])?.[1]);

  test('a claim edit starts at its first field, a refused one at its errors, one saved unchanged at its notice', async () => {
    const id = await freshClaim();
    const page = await editor.get(`/workspace/claims/${id}/edit`);
    expect(autofocused(page.text)).toEqual(['edit-value_text']);
    const form = Object.fromEntries([...EDIT_FIELDS, 'version'].map((n) => [n, fieldValue(page.text, n)]));
    const refused = await editor.post(`/workspace/claims/${id}/edit`, { ...form, reason: '' });
    expect(refused.status).toBe(422);
    expect(autofocused(refused.text)).toEqual(['edit-errors']);
    const unchanged = await editor.post(`/workspace/claims/${id}/edit`, { ...form, reason: 'checked' });
    expect(autofocused(unchanged.text)).toEqual(['outcome']);
    const stale = await editor.post(`/workspace/claims/${id}/edit`, { ...form, version: '0', value: '7', reason: 'stale' });
    expect(stale.status).toBe(409);
    expect(autofocused(stale.text)).toEqual(['edit-errors']);
  });

  test('a retraction, the sign-in and a form resumed through signing in start where their work is', async () => {
    const id = await freshClaim();
    expect(autofocused((await editor.get(`/workspace/claims/${id}/retract`)).text)).toEqual(['retract-reason']);
    const refused = await editor.post(`/workspace/claims/${id}/retract`, { reason: '', version: '1' });
    expect(autofocused(refused.text)).toEqual(['retract-errors']);
    expect(autofocused((await request(t.app).get('/sign-in')).text)).toEqual(['key']);
    // a retraction sent after its session ended comes back unsaved as the sign-in's answer: its address has no fragment
    const carried = await request(t.app)
      .post(`/workspace/claims/${id}/retract`)
      .set('Sec-Fetch-Site', 'same-origin')
      .type('form')
      .send({ reason: 'withdrawn', version: '1' });
    expect(carried.status).toBe(401);
    const jar = new Jar();
    jar.take(carried);
    const resumed = await request(t.app)
      .post('/sign-in')
      .set('Cookie', jar.header())
      .set('Sec-Fetch-Site', 'same-origin')
      .type('form')
      .send({ ...hiddenFields(carried.text, '/sign-in'), key: t.keys.editor });
    expect(resumed.status).toBe(200);
    expect(resumed.text).toContain('Not saved yet');
    expect(autofocused(resumed.text)).toEqual(['retract-errors']);
  });
});

describe('signing in brings back the page, never its outcome nor another site', () => {
  /** Where signing in with `next` in the form redirects to. */
  const signedInTo = (next: string) => signedInAs(t.app, t.keys.editor, next);

  test('a page asked for signed out carries its address without the outcome it named', async () => {
    const asked = await request(t.app).get('/workspace/documents/1?created=1&open=c2').expect(303);
    expect(asked.headers.location).toBe(`/sign-in?next=${encodeURIComponent('/workspace/documents/1?open=c2')}`);
    expect(await signedInTo('/workspace/documents/1?created=1')).toBe('/workspace/documents/1?signed_in=1#outcome');
    expect(await signedInTo('/claims/1?edited=2&as_recorded=2026-01-01')).toBe('/claims/1?as_recorded=2026-01-01&signed_in=1#outcome');
    // The header's "Sign in" carries the page it is on, without its outcome: signing in from a claim comes back to it.
    const claim = await request(t.app).get('/claims/1?edited=2').expect(200);
    expect(claim.text).toContain(`<a href="/sign-in?next=${encodeURIComponent('/claims/1')}"`);
    const search = await request(t.app).get('/?q=women&signed_out=1').expect(200);
    expect(search.text).toContain(`<a href="/sign-in?next=${encodeURIComponent('/?q=women')}"`);
  });

  test('a next of another site, the API or signing in itself is the workspace', async () => {
    for (const next of [
      '//evil.example',
      '//evil.example/workspace',
      '/\\evil.example',
      '/\\/evil.example',
      'https://evil.example/',
      '\t//evil.example',
      '/\t/evil.example',
      ' //evil.example',
      'javascript:alert(1)',
      '/v1/claims',
      '/sign-out',
      '/sign-in?next=//evil.example',
    ])
      expect([next, await signedInTo(next)]).toEqual([next, '/workspace?signed_in=1#outcome']);
    // an escaped slash stays a path of this site
    expect(await signedInTo('/%2F%2Fevil.example')).toBe('/%2F%2Fevil.example?signed_in=1#outcome');
  });

  test('a next is read as the router and a browser read it: case-blind, its dot segments resolved', () => {
    // (safeNext itself: signing in this many times from one address would meet the sign-in limit)
    for (const next of [
      '/V1/claims',
      '/SIGN-OUT',
      '/Sign-In?next=//evil.example',
      '/./v1/claims',
      '/%2e/v1/claims',
      '/workspace/../v1/keys',
      '/.//evil.example',
    ])
      expect([next, safeNext(next)]).toEqual([next, '/workspace']);
    expect(safeNext('/claims/3?as_recorded=2026-01-01')).toBe('/claims/3?as_recorded=2026-01-01');
  });
});

describe('the workspace', () => {
  test('a new document lands at its notice, and its rows name countries and groups, not their codes', async () => {
    // two figures: the first open candidate is a full form, the other a row
    const text = [
      "Kazakhstan's intelligence agency has estimated that there are around 300 Kazakh nationals fighting with Islamic State (IS) in Iraq and Syria.",
      'The chairman of the KNB said that over 400 Kazakh militants in Islamic State had formed their own jamaat.',
    ].join('\n\n');
    const res = await editor.post('/workspace/documents', { title: 'Named places', text, separate: 'yes' });
    expect(res.status).toBe(303);
    expect(res.headers.location).toMatch(/^\/workspace\/documents\/\d+\?created=1#outcome$/);
    const review = await editor.get(res.headers.location);
    expect(noticeOf(review.text)?.text).toMatch(/^The document is saved/);
    const proposals = [...review.text.matchAll(/<p class="cand-proposal">([^<]*)/g)].map((m) => m[1]);
    expect(proposals.length).toBeGreaterThan(0);
    for (const p of proposals) expect(p).not.toMatch(/ · (KZ|islamic-state)\b/);
    expect(proposals.join('\n')).toMatch(/ · Kazakhstan · Islamic State/);
  });
});
