/**
 * POST /v1/extract on real PostgreSQL with the seed data: the seed article gives back what the ledger seeded from it.
 * Its body limit, hostile text and long texts read in a worker thread are api-worker.test.ts's.
 */
import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import type { Candidate } from '../../src/extract/candidate';
import { createTestApp, TestApp } from '../support/app';
import { extractionChecker } from '../support/extractionSchema';

// The seed article as the ledger's repository holds what was seeded from it (seeds/); the article itself lives in
// ../shared/seeds, absent from a plain clone, so the test reads a copy kept beside the tests.
const ARTICLE = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'extract', 'seed-article.txt'), 'utf8');

let t: TestApp;
let checkExtraction: (body: unknown) => void;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
  checkExtraction = await extractionChecker(t.app);
});
afterAll(() => t.drop());

async function seedClaim(valueText: string): Promise<{ id: number }> {
  const all = (await request(t.app).get('/v1/claims?limit=500').expect(200)).body.data as { id: number; value_text: string }[];
  const found = all.find((c) => c.value_text === valueText);
  if (!found) throw new Error(`no seeded claim worded "${valueText}"`);
  return found;
}

const byText = (candidates: Candidate[], valueText: string, nth = 0) => candidates.filter((c) => c.value_text === valueText)[nth];

test("the seed article: Abykaev's \"over 300\", the KNB's ~150 women of the 300, the video's ~150, Bortnikov's 1,100 superseded by 1,500 — and no year, sentence or percentage", async () => {
  const res = await request(t.app).post('/v1/extract').set(t.as.editor).send({ text: ARTICLE }).expect(200);
  checkExtraction(res.body);
  expect(res.body.document_id).toBeNull();
  expect(res.body.text).toBe(ARTICLE);
  const candidates: Candidate[] = res.body.candidates;
  for (const c of candidates) {
    expect(ARTICLE.slice(c.start, c.end)).toBe(c.value_text);
    expect(ARTICLE.slice(c.quote.start, c.quote.end)).toBe(c.quote.exact);
    expect(c.quote.prefix).toBe(ARTICLE.slice(Math.max(0, c.quote.start - 32), c.quote.start));
  }
  const abykaev = await request(t.app).get('/v1/actors?q=Abykaev').expect(200);
  const abykaevId = abykaev.body.data[0].id;
  const over300 = byText(candidates, 'over 300');
  expect(over300).toMatchObject({
    value: 300,
    value_low: 300,
    value_high: null,
    approximation: 'more_than',
    metric: 'foreign_fighters',
    country: 'KZ',
    group: 'islamic-state',
    claimant: { name: 'Nurtai Abykaev', actor_id: abykaevId, new: false },
    cue: 'said',
  });
  expect(over300.existing_claim_ids).toEqual([(await seedClaim('over 300')).id]);

  const around300 = byText(candidates, 'around 300');
  const half = byText(candidates, 'around half');
  expect(half).toMatchObject({
    value: null,
    fraction: 0.5,
    approximation: 'approximately',
    metric: 'women',
    country: 'KZ',
    // where the people are, apart from whose nationals they are ("in Iraq and Syria")
    location: ['IQ', 'SY'],
    group: 'islamic-state',
  });
  expect(half.relations).toEqual([{ type: 'part_of', target: around300.id }]);
  // "Kazakhstan's intelligence agency" is the KNB the text names, known to the ledger by that acronym
  const knb = (await request(t.app).get('/v1/actors?q=KNB').expect(200)).body.data[0];
  for (const c of [around300, half]) {
    expect(c.claimant).toEqual({ name: knb.name, mention: "Kazakhstan's intelligence agency", actor_id: knb.id, new: false });
  }

  // the video's "around 150" is the author's own description
  expect(byText(candidates, 'around 150')).toMatchObject({
    value: 150,
    approximation: 'approximately',
    metric: 'foreign_fighters',
    country: 'KZ',
    location: 'SY',
    as_of: '2013-11',
    claimant: null,
  });

  const bortnikov = (await request(t.app).get('/v1/actors?q=Bortnikov').expect(200)).body.data[0].id;
  const v1500 = byText(candidates, '1,500');
  const v1100 = byText(candidates, 'around 1,100');
  expect(v1100).toMatchObject({
    value: 1100,
    approximation: 'approximately',
    metric: 'foreign_fighters',
    country: 'RU',
    claimant: { name: 'Aleksandr Bortnikov', actor_id: bortnikov, new: false },
  });
  expect(v1500).toMatchObject({
    value: 1500,
    approximation: 'exact',
    metric: 'foreign_fighters',
    country: 'RU',
    claimant: { name: 'Aleksandr Bortnikov', actor_id: bortnikov },
  });
  expect(v1500.relations).toEqual([{ type: 'supersedes', target: v1100.id }]);
  expect(v1500.existing_claim_ids).toEqual([(await seedClaim('1,500')).id]);
  expect(v1100.existing_claim_ids).toEqual([(await seedClaim('around 1,100 militants')).id]);

  // nothing on "November 2013", "2006 Antiterrorism Law", "up to six years in prison", "young men aged up to 29"
  const words = candidates.map((c) => c.value_text);
  for (const never of ['2013', '2006', 'six', 'up to six', '29', 'up to 29']) expect(words).not.toContain(never);
  expect(candidates.every((c) => c.value === null || c.value >= 40)).toBe(true);
});

test('a stored document is read by id, with its text; a document without text is a 422 naming the field', async () => {
  const publisher = (await request(t.app).get('/v1/actors?q=RFE').expect(200)).body.data[0].id;
  const text = 'Some 200 Kyrgyz women and children are still held in camps in Syria, the foreign ministry said.';
  const doc = await request(t.app)
    .post('/v1/documents')
    .set(t.as.editor)
    .send({ kind: 'article', title: 'Kyrgyz in camps', publisher_id: publisher, text })
    .expect(201);
  const res = await request(t.app).post('/v1/extract').set(t.as.editor).send({ document_id: doc.body.id }).expect(200);
  checkExtraction(res.body);
  expect(res.body).toMatchObject({ document_id: doc.body.id, text });
  expect(res.body.candidates).toHaveLength(1);
  expect(res.body.candidates[0]).toMatchObject({
    value_text: 'Some 200',
    value: 200,
    approximation: 'approximately',
    metric: 'in_camps',
    country: 'KG',
    claimant: { name: 'foreign ministry', mention: 'the foreign ministry', actor_id: null, new: true },
    existing_claim_ids: [],
  });

  const seedDoc = (await request(t.app).get('/v1/documents').expect(200)).body.data.find((d: { has_text: boolean }) => !d.has_text);
  const noText = await request(t.app).post('/v1/extract').set(t.as.editor).send({ document_id: seedDoc.id }).expect(422);
  expect(noText.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(noText.body.errors).toEqual([{ field: '/document_id', message: expect.stringContaining('no text') }]);
  await request(t.app).post('/v1/extract').set(t.as.editor).send({ document_id: 987654321 }).expect(404);
});

test('a text without figures is 200 with no candidates and a message', async () => {
  const res = await request(t.app)
    .post('/v1/extract')
    .set(t.as.editor)
    .send({ text: 'In 2014 the court met on May 3 and spent 40% of its $2 million budget.' })
    .expect(200);
  checkExtraction(res.body);
  expect(res.body.candidates).toEqual([]);
  expect(res.body.message).toMatch(/No figures/);
});

test('bad requests are 4xx problems naming the field, and nothing is written', async () => {
  const claimsBefore = (await request(t.app).get('/v1/claims?limit=500').expect(200)).body.data.length;
  const cases: [unknown, number][] = [
    [{}, 400],
    [{ text: '' }, 400],
    [{ text: 5 }, 400],
    [{ text: 'x', document_id: 1 }, 400],
    [{ document_id: 'one' }, 400],
    [{ document_id: 0 }, 400],
    [{ text: 'x', colour: 'red' }, 400],
  ];
  for (const [body, status] of cases) {
    const res = await request(t.app)
      .post('/v1/extract')
      .set(t.as.editor)
      .send(body as object)
      .expect(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.errors.length).toBeGreaterThan(0);
  }
  await request(t.app).post('/v1/extract').send({ text: 'Some 50 Kazakhs left.' }).expect(401);
  await request(t.app).post('/v1/extract').set(t.as.reader).send({ text: 'Some 50 Kazakhs left.' }).expect(403);
  expect((await request(t.app).get('/v1/claims?limit=500').expect(200)).body.data.length).toBe(claimsBefore);
});

test("places inside a country come from the ledger's places_within table and the gazetteer: what an editor adds counts at once", async () => {
  const countryOf = async (text: string) =>
    ((await request(t.app).post('/v1/extract').set(t.as.editor).send({ text }).expect(200)).body.candidates as Candidate[])[0].country;
  expect(await countryOf('Officials said 30 people from Mindanao were killed.')).toBe('PH');
  // a provincial capital of the gazetteer (src/extract/data/gazetteer.tsv), read by the service as by the harness, and a
  // governorate of it: the people of a first-level subdivision take its code (docs/extractor.md, the sub-national origin)
  expect(await countryOf('Police said 12 people from Mosul were arrested.')).toBe('IQ');
  expect(await countryOf('Police said 12 people from Zarqa were arrested.')).toBe('JO-AZ');
  // a town too small for the gazetteer, until an editor adds it
  expect(await countryOf('Police said 12 people from Azraq were arrested.')).toBeNull();
  await t.db('places_within').insert({ name: 'Azraq', country: 'JO', code: null, kind: 'city', aliases: [], demonyms: [] });
  expect(await countryOf('Police said 12 people from Azraq were arrested.')).toBe('JO');
});

test("a claimant named by an abbreviation is the ledger's actor of that alias, dotted or not", async () => {
  const un = (
    await request(t.app)
      .post('/v1/actors')
      .set(t.as.editor)
      .send({ kind: 'other', name: 'United Nations', aliases: ['UN'] })
      .expect(201)
  ).body;
  for (const text of ['The U.N. said 300 Iraqi children had died.', 'UN monitors said 300 Iraqi children had died.']) {
    const [c] = (await request(t.app).post('/v1/extract').set(t.as.editor).send({ text }).expect(200)).body.candidates as Candidate[];
    expect(c.claimant).toMatchObject({ name: 'United Nations', actor_id: un.id, new: false });
  }
});

test('groups of migration 20261205020000 are the ledger\'s: ISIS-K and AQIS are their own groups, "terror suspects" count every affiliation', async () => {
  const text = 'Officials said 200 ISIS-K fighters were killed, while ISIS lost 30 members. Police arrested 59 terror suspects in Java.';
  const res = await request(t.app).post('/v1/extract').set(t.as.editor).send({ text }).expect(200);
  expect(res.body.candidates.map((c: Candidate) => [c.value_text, c.group])).toEqual([
    ['200', 'islamic-state-khorasan-province'],
    ['30', 'islamic-state'],
    ['59', 'terrorism-all'],
  ]);
  const groups = (await request(t.app).get('/v1/groups').expect(200)).body;
  const list = (Array.isArray(groups) ? groups : groups.data) as { slug: string; aliases: string[] }[];
  expect(list.find((g) => g.slug === 'al-qaida-in-the-indian-subcontinent')?.aliases).toContain('AQIS');
  expect(list.find((g) => g.slug === 'terrorism-all')?.aliases).toContain('terror suspects');
});

test("a subdivision named as an origin is proposed by its code, read from the ledger's vocabulary, which a claim accepts", async () => {
  const text = 'Kadyrov said some 500 Chechens fought in Syria.';
  const kadyrov = (
    await request(t.app)
      .post('/v1/actors')
      .set(t.as.editor)
      .send({ kind: 'person', name: 'Ramzan Kadyrov', aliases: ['Kadyrov'] })
      .expect(201)
  ).body.id;
  const [cand] = (await request(t.app).post('/v1/extract').set(t.as.editor).send({ text }).expect(200)).body.candidates as Candidate[];
  expect(cand).toMatchObject({
    claimant: { actor_id: kadyrov },
    country: 'RU-CE',
    reasons: { country: '"Chechens": Chechnya, a subdivision of RU the ledger counts apart (RU-CE)' },
  });
  const doc = await request(t.app).post('/v1/documents').set(t.as.editor).send({ title: 'Chechens', text }).expect(201);
  const claim = await request(t.app)
    .post('/v1/claims')
    .set(t.as.editor)
    .send({
      claimant_id: kadyrov,
      metric: cand.metric,
      country: cand.country,
      value: cand.value,
      approximation: cand.approximation,
      value_text: cand.value_text,
      sources: [{ document_id: doc.body.id, quote: cand.quote.exact }],
    })
    .expect(201);
  expect(claim.body.country).toBe('RU-CE');
  // the same statement is then found as held, under the subdivision's code
  const again = (await request(t.app).post('/v1/extract').set(t.as.editor).send({ text }).expect(200)).body.candidates as Candidate[];
  expect(again[0].existing_claim_ids).toEqual([claim.body.id]);
});

test('a state police counting its own arrests: no country proposed, the state as the other reading, as the schema says', async () => {
  const text = 'Kenyan police arrested 14 people in Mombasa on Tuesday, a spokesman said.';
  const res = await request(t.app).post('/v1/extract').set(t.as.editor).send({ text }).expect(200);
  checkExtraction(res.body);
  const [cand] = res.body.candidates as Candidate[];
  expect(cand).toMatchObject({ value: 14, metric: 'arrested', country: null, location: 'KE' });
  expect(cand.alternatives).toEqual({
    country: [{ value: 'KE', reason: '"Kenyan": the state whose authorities count their own cases' }],
  });
});

test('a stored document speaking of itself ("This report finds…") is its first author\'s, else its publisher\'s', async () => {
  const text = 'This report finds that 1,200 children remain in the camps.';
  const withAuthor = await request(t.app)
    .post('/v1/documents')
    .set(t.as.editor)
    .send({ title: 'Camps', text, authors: ['Jane Roe'] })
    .expect(201);
  const [c] = (await request(t.app).post('/v1/extract').set(t.as.editor).send({ document_id: withAuthor.body.id }).expect(200)).body
    .candidates as Candidate[];
  expect(c.claimant).toMatchObject({ name: 'Jane Roe', mention: 'This report' });
  const [pasted] = (await request(t.app).post('/v1/extract').set(t.as.editor).send({ text }).expect(200)).body.candidates as Candidate[];
  expect(pasted.claimant).toBeNull();
});
