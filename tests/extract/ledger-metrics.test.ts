/**
 * The extractor proposes only metrics the ledger holds (migration 20261216010000 adds the extraction README's metrics
 * the seed lacked): a candidate for an arrest or a camp's population is accepted as proposed, by the API and in the
 * workspace, where its metric is preselected; a metric an editor adds is proposed by its label.
 */
import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import type { Candidate } from '../../src/extract/candidate';
import { extractCandidates } from '../../src/extract/extract';
import { fileLexicon } from '../../src/extract/fileLexicon';
import { Lexicon, type PlaceEntry } from '../../src/extract/lexicon';
import { signIn } from '../workspace/support';
import { createTestApp, TestApp } from '../support/app';

const TEXT =
  'Police in Almaty arrested 14 Kazakh recruiters on Tuesday, the interior ministry said. ' +
  'Some 600 Kazakhs remain in camps in north-east Syria, the ministry said.';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

const extract = async (text: string) =>
  (await request(t.app).post('/v1/extract').set(t.as.editor).send({ text }).expect(200)).body.candidates as Candidate[];

test('an arrest and a camp population are proposed with metrics of the ledger and accepted through POST /v1/claims as proposed', async () => {
  const [arrested, camps] = await extract(TEXT);
  expect(arrested).toMatchObject({ value_text: '14', value: 14, approximation: 'exact', metric: 'arrested', country: 'KZ' });
  expect(camps).toMatchObject({ value_text: 'Some 600', value: 600, approximation: 'approximately', metric: 'in_camps', country: 'KZ' });
  const held = new Set(((await request(t.app).get('/v1/metrics').expect(200)).body.data as { code: string }[]).map((m) => m.code));
  expect(held.has('arrested') && held.has('in_camps')).toBe(true);

  const doc = await request(t.app).post('/v1/documents').set(t.as.editor).send({ title: 'Almaty arrests', text: TEXT }).expect(201);
  const ministry = await request(t.app).post('/v1/actors').set(t.as.editor).send({ kind: 'government_agency', name: 'Interior ministry' });
  for (const c of [arrested, camps]) {
    const claim = await request(t.app)
      .post('/v1/claims')
      .set(t.as.editor)
      .send({
        claimant_id: ministry.body.id,
        metric: c.metric,
        country: c.country,
        value: c.value,
        approximation: c.approximation,
        value_text: c.value_text,
        sources: [{ document_id: doc.body.id, quote: c.quote.exact }],
      });
    expect({ status: claim.status, metric: claim.body.metric, errors: claim.body.errors }).toEqual({
      status: 201,
      metric: c.metric,
      errors: undefined,
    });
  }
});

test('the workspace shows each candidate\'s metric by the ledger\'s label, and its form preselects it (no "choose")', async () => {
  const editor = await signIn(t.app, t.keys.editor);
  // other figures than the first test's claims, so that no candidate is one the ledger holds already
  const text = TEXT.replace('14', '21').replace('Some 600', 'Some 700');
  const doc = await request(t.app).post('/v1/documents').set(t.as.editor).send({ title: 'Camps', text }).expect(201);
  const page = await editor.get(`/workspace/documents/${doc.body.id}`);
  expect(page.status).toBe(200);
  // the open card's form has the metric chosen
  const metricSelect = /<select id="c1-metric" name="metric">([\s\S]*?)<\/select>/.exec(page.text)![1];
  expect([...metricSelect.matchAll(/<option value="([a-z_]*)" selected/g)].map((m) => m[1])).toEqual(['arrested']);
  // the next card's line of what it proposes names the metric by the ledger's label
  expect(page.text).toContain('<p class="cand-proposal">approximately 700 · In camps · Kazakhstan · said by Interior ministry</p>');
});

test('a metric an editor adds is proposed for the figures that count its noun', async () => {
  const text = 'The militants freed 12 hostages near Kidal on Monday.';
  // (people freed have no metric of the vocabulary: none until the editor adds one)
  expect((await extract(text))[0]).toMatchObject({ value_text: '12', metric: null });
  await request(t.app)
    .post('/v1/metrics')
    .set(t.as.editor)
    .send({ code: 'hostages', label: 'Hostages', unit: 'people', definition: 'People held hostage by a group.' })
    .expect(201);
  const [freed] = await extract(text);
  expect(freed).toMatchObject({ value_text: '12', metric: 'hostages' });
  expect(freed.reasons.metric).toBe('counts "hostages", the label of the ledger\'s metric hostages');
});

test("a metric the ledger does not hold is not proposed: the candidate's metric is left for the editor to choose", () => {
  const text = 'Some 600 Kazakhs remain in camps in north-east Syria, the ministry said.';
  const [withCamps] = extractCandidates(text, fileLexicon()).candidates;
  expect(withCamps).toMatchObject({ value_text: 'Some 600', metric: 'in_camps', country: 'KZ' });
  // a ledger of the seed's eight metrics only (as before migration 20261216010000)
  const eight = ['foreign_fighters', 'women', 'children', 'returnees', 'killed', 'detained', 'repatriated', 'convicted'];
  const countries = JSON.parse(fs.readFileSync(path.join(__dirname, '../../db/data/countries.json'), 'utf8')) as PlaceEntry[];
  const places = countries.map((c) => ({ ...c, kind: 'country' as const }));
  const lexicon = new Lexicon(
    places,
    [],
    [],
    [],
    null,
    eight.map((code) => ({ code, label: code })),
  );
  const [without] = extractCandidates(text, lexicon).candidates;
  expect(without).toMatchObject({ value_text: 'Some 600', metric: null, country: 'KZ' });
  expect(without.reasons.metric).toBe('"in camps" near the figure; the ledger has no metric in_camps: choose one');
});
