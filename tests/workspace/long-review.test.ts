import { documentUnderReview, reportsArticle, workspaceLedger } from './support';
import type { TestApp } from '../support/app';

/**
 * The review of a long article (a report with a hundred figures): one candidate's full form, the others compact rows
 * whose buttons decide them as proposed, without script; "reject all low-confidence" confirmed, counted and undone.
 */
let t: TestApp;
let editor: Awaited<ReturnType<typeof workspaceLedger>>['editor'];
let documentId: number;
const COUNT = 120;
const { text, candidates } = reportsArticle(COUNT, 101, (i) => `Agency ${i % 7}`);
// Every fourth candidate is unsure (the extractor found no noun it counts); every fifth is sure.
for (const [i, c] of candidates.entries()) {
  c.confidence = i % 4 === 3 ? 0.15 : i % 5 === 0 ? 0.9 : 0.45;
  if (c.confidence < 0.2) c.reasons = { people: 'no noun after it', claimant: 'nobody named' };
}
const low = candidates.filter((c) => c.confidence < 0.2).map((c) => c.id);
const path = () => `/workspace/documents/${documentId}`;

beforeAll(async () => {
  ({ t, editor } = await workspaceLedger());
  documentId = await documentUnderReview(t, editor, { title: 'A long report', kind: 'report', language: 'en', text }, candidates);
}, 60_000);
afterAll(() => t.drop());

const count = (html: string, pattern: RegExp) => (html.match(pattern) ?? []).length;

test('the page weighs little per candidate: one full form, the others rows of a few lines; the text once', async () => {
  const page = await editor.get(path());
  expect(page.status).toBe(200);
  expect(count(page.text, /<article id="cand-c\d+"/g)).toBe(COUNT);
  // One candidate's full form (the first open), and the claim by hand's.
  expect(count(page.text, /class="ws-form ws-cand-form"/g)).toBe(1);
  expect(page.text).toMatch(/<article id="cand-c1" class="cand state-open"/);
  // The rows' buttons belong to the review's one form of rows (its tokens once), not a form each.
  expect(count(page.text, /<form /g)).toBeLessThan(10);
  expect(count(page.text, /name="csrf"/g)).toBeLessThan(10);
  expect(count(page.text, /form="ws-rows" name="row" value="(?:accept|reject) c\d+"/g)).toBe(2 * (COUNT - 1));
  // Each figure is highlighted in the text once.
  expect(count(page.text, /<mark id="mark-c\d+"/g)).toBe(COUNT);
  // With a full form each, a candidate weighed about 9 KB (1.05 MB for these 120); a row and its mark, 1.3 KB, and
  // what every review has once (the lists the forms share, the claim by hand, the layout) adds 0.4 KB a candidate here.
  const perCandidate = (page.text.length - text.length) / COUNT;
  // A form per row (its tokens, its hidden fields) made it 1.6 KB; one form for all the rows, 1.2 KB.
  expect(perCandidate).toBeLessThan(1_400);
  expect(count(page.text, /<(?:input|select|textarea)\b/g) / COUNT).toBeLessThan(4);
  // A row says what is proposed.
  const row = /<article id="cand-c2"[\s\S]*?<\/article>/.exec(page.text)![0];
  expect(row).toContain('c2: “102”');
  expect(row).toContain('exact 102 · Foreign fighters · Kazakhstan · Islamic State · said by Agency 1 (new)');
  expect(row).toContain(`href="${path()}?open=c2#cand-c2"`);
});

test('open= shows that candidate in full; a row accepts and rejects as proposed, without script', async () => {
  const opened = await editor.get(`${path()}?open=c7`);
  expect(/<article id="cand-c7"[\s\S]*?<\/article>/.exec(opened.text)![0]).toContain('id="c7-value_text"');
  expect(opened.text).not.toContain('id="c1-value_text"');

  const accepted = await editor.post(`${path()}/rows`, { row: 'accept c2' });
  expect(accepted.status).toBe(303);
  // The next open candidate opens.
  expect(accepted.headers.location).toMatch(/&open=c3#cand-c3$/);
  const decision = await t.db('workspace_decisions').where({ candidate_id: 'c2' }).first();
  expect(decision).toMatchObject({ decision: 'accepted', decided_by: 'test editor' });
  const claim = await t.db('claims').where({ id: decision.claim_id }).first();
  expect(claim).toMatchObject({ value_text: '102', approximation: 'exact', metric: 'foreign_fighters', country: 'KZ' });
  expect(Number(claim.value)).toBe(102);
  const source = await t.db('claim_sources').where({ claim_id: decision.claim_id }).first();
  expect(source).toMatchObject({ document_id: documentId, quote: candidates[1].quote.exact, start_offset: candidates[1].quote.start });

  expect((await editor.post(`${path()}/rows`, { row: 'reject c3' })).status).toBe(303);
  expect(await t.db('workspace_decisions').where({ candidate_id: 'c3' }).first()).toMatchObject({ decision: 'rejected', claim_id: null });
  // Decided candidates stay rows, saying what was decided.
  // A candidate opened that was decided meanwhile (another tab) is a row; the first one open is in full.
  const page = await editor.get(`${path()}?open=c2`);
  expect(/<article id="cand-c2"[\s\S]*?<\/article>/.exec(page.text)![0]).toContain(`Open claim ${decision.claim_id}`);
  expect(count(page.text, /class="ws-form ws-cand-form"/g)).toBe(1);
  expect(page.text).toContain('id="c1-value_text"');
  expect(/<article id="cand-c3"[\s\S]*?<\/article>/.exec(page.text)![0]).toContain('Reconsider');
});

test('a proposal the ledger refuses opens its candidate in full with the errors, and saves nothing', async () => {
  const claims = await t.db('claims').count<{ count: string }[]>('* as count');
  await t
    .db('workspace_extractions')
    .where({ document_id: documentId })
    .update({
      candidates: JSON.stringify(candidates.map((c) => (c.id === 'c5' ? { ...c, metric: null } : c))),
    });
  try {
    const res = await editor.post(`${path()}/rows`, { row: 'accept c5' });
    expect(res.status).toBe(422);
    const card = /<article id="cand-c5"[\s\S]*?<\/article>/.exec(res.text)![0];
    // The form of rows has no fragment of the candidate's own: its errors' list takes the focus as the page loads.
    expect(card).toMatch(/<div class="error-summary" role="alert" id="c5-errors" tabindex="-1" autofocus/);
    expect(card).toMatch(/id="c5-metric-err"/);
    expect(card).toContain('value="105"');
    expect(await t.db('claims').count<{ count: string }[]>('* as count')).toEqual(claims);
    expect(await t.db('workspace_decisions').where({ candidate_id: 'c5' })).toEqual([]);
  } finally {
    await t
      .db('workspace_extractions')
      .where({ document_id: documentId })
      .update({ candidates: JSON.stringify(candidates) });
  }
});

test('reject all low-confidence: the list to confirm, exactly those rejected and counted, then undone', async () => {
  const review = await editor.get(path());
  const stillLow = low; // c3, rejected above, is not among them
  expect(stillLow).not.toContain('c3');
  expect(review.text).toContain(
    `href="${path()}?confirm=reject-low#reject-low">Reject all ${stillLow.length} low-confidence candidates (below 20%)…</a>`,
  );
  const confirm = await editor.get(`${path()}?confirm=reject-low`);
  const section = /<section id="reject-low"[\s\S]*?<\/section>/.exec(confirm.text)![0];
  expect(section).toContain(`Reject these ${stillLow.length} low-confidence candidates?`);
  expect(count(section, /<li>/g)).toBe(stillLow.length);
  expect(section).toContain(`name="candidates" value="${stillLow.join(' ')}"`);
  // Each says its confidence and why it is low, in the extractor's words; the page says what "low" means.
  expect(section).toContain(
    'Each is below 20%: two or more fields carried from elsewhere, guessed or set by default, or nothing said of the number',
  );
  expect(section).toContain(`${stillLow[0]}: “${candidates.find((c) => c.id === stillLow[0])!.value_text}”, confidence 15%`);
  expect(section).toContain('(people: no noun after it; claimant: nobody named)');

  // A candidate that is not low-confidence, sent in the list by a hand-made form, is left open.
  const res = await editor.post(`${path()}/reject-low`, { candidates: [...stillLow, 'c1'].join(' ') });
  expect(res.status).toBe(303);
  // The rejections are one batch, recorded with the decisions: the address names the batch, not the list.
  const rows = await t.db('workspace_decisions').whereIn('candidate_id', [...stillLow, 'c1']);
  expect(rows.map((r) => r.candidate_id).sort()).toEqual([...stillLow].sort());
  expect(rows.every((r) => r.decision === 'rejected' && r.decided_by === 'test editor')).toBe(true);
  const batch = rows[0].batch;
  expect(batch).not.toBeNull();
  expect(rows.every((r) => r.batch === batch)).toBe(true);
  expect(res.headers.location).toMatch(new RegExp(`\\?low=${stillLow.length}&batch=${batch}&open=c1#cand-c1$`));

  const after = await editor.get(res.headers.location);
  expect(after.text).toContain(`${stillLow.length} low-confidence candidates rejected.`);
  // (more than ten: the count alone, not a paragraph of ids)
  expect(after.text).toMatch(new RegExp(`>\\s*Undo: reopen ${stillLow.length} candidates\\s*</button>`));
  expect(after.text).toContain(`<input type="hidden" name="batch" value="${batch}"/>`);
  expect(after.text).not.toContain('?confirm=reject-low');

  // A rejection of its own, outside the batch, stays rejected when the batch is undone.
  expect(await t.db('workspace_decisions').where({ candidate_id: 'c3' }).first()).toMatchObject({ decision: 'rejected', batch: null });
  const undo = await editor.post(`${path()}/reconsider`, { batch: String(batch) });
  expect(undo.status).toBe(303);
  expect(await t.db('workspace_decisions').whereIn('candidate_id', stillLow)).toEqual([]);
  expect(await t.db('workspace_decisions').where({ candidate_id: 'c3' }).first()).toMatchObject({ decision: 'rejected' });
  expect((await editor.get(undo.headers.location)).text).toContain(`${stillLow.length} candidates open again.`);
});

test('a bad list of candidates, batch or row is a 400 naming the field, and changes nothing', async () => {
  const res = await editor.post(`${path()}/reject-low`, { candidates: 'c1;drop' });
  expect(res.status).toBe(400);
  expect(res.text).toContain('candidates');
  for (const [url, form, name] of [
    [`${path()}/reconsider`, { batch: 'c1,c2' }, 'batch'],
    [`${path()}?batch=1;drop`, null, 'batch'],
    [`${path()}/rows`, { row: 'accept' }, 'row'],
    [`${path()}/rows`, { row: 'delete c1' }, 'row'],
  ] as const) {
    const bad = form ? await editor.post(url, form) : await editor.get(url);
    expect({ url, status: bad.status }).toEqual({ url, status: 400 });
    expect(bad.text).toContain(name);
  }
  expect(await t.db('workspace_decisions').where({ candidate_id: 'c1' })).toEqual([]);
});

test('from= starts the claim by hand from a candidate’s sentence (the keyboard’s way without script)', async () => {
  const page = await editor.get(`${path()}?open=c9&from=c9`);
  const manual = /<article id="cand-manual"[\s\S]*?<\/article>/.exec(page.text)![0];
  expect(manual).toMatch(new RegExp(`<textarea[^>]*id="manual-quote"[^>]*>${candidates[8].quote.exact}</textarea>`));
  expect(page.text).toContain('id="c9-value_text"');
});
