import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import CSL from 'citeproc';
import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';

// citation-js parses BibTeX and RIS the way reference managers read them.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Cite } = require('@citation-js/core');
// eslint-disable-next-line @typescript-eslint/no-require-imports
require('@citation-js/plugin-bibtex');
// eslint-disable-next-line @typescript-eslint/no-require-imports
require('@citation-js/plugin-ris');

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

const URL = 'https://www.rferl.org/a/under-black-flag-kazakhstan-kazakh-women-islamic-state/26698040.html';
const REPORTED = `Reported in: Joanna Paraszczuk, “Kazakhstan Intelligence: 150 Kazakh Women Are Members Of IS”, Under The Black Flag, RFE/RL, n.d., ${URL}, accessed 27 November 2026.`;

const cite = (id: number, query = '') => request(t.app).get(`/v1/claims/${id}/citation?accessed=2026-11-27${query}`);

test.each([
  [
    1,
    'Joanna Paraszczuk said “around 150 Kazakh militants”: about 150 foreign fighters from Kazakhstan in Syria (as of November 2013). ' +
      'Context: A video that circulated on the Internet in November 2013 and has since been deleted.',
  ],
  [
    2,
    'Nurtai Abykaev, chairman of the National Security Committee of Kazakhstan (KNB), said “over 300”: more than 300 foreign fighters from Kazakhstan ' +
      'with Islamic State in Iraq and Syria (date not given). Context: Meeting of the Council of Heads of Security Authorities and Special Services of the CIS, Astana.',
  ],
  [
    3,
    'The National Security Committee of Kazakhstan (KNB) said “around half of whom are women”: about 150 women from Kazakhstan with Islamic State in Iraq and Syria (date not given).',
  ],
  [
    4,
    'The National Security Committee of Kazakhstan (KNB) said “hundreds of Kazakhs, many of them women”: an unspecified number of foreign fighters from Kazakhstan ' +
      'with Islamic State in Iraq and Syria (date not given).',
  ],
  [
    5,
    'Aleksandr Bortnikov, director of the Federal Security Service (FSB), said “around 1,100 militants”: about 1,100 foreign fighters from Russia with Islamic State ' +
      '(date not given). This figure has been superseded by claim 6 (“1,500”, Aleksandr Bortnikov).',
  ],
  [
    6,
    'Aleksandr Bortnikov, director of the Federal Security Service (FSB), said “1,500”: 1,500 foreign fighters from Russia with Islamic State (date not given).',
  ],
])('seed claim %i is cited in full as plain text', async (id, claimPart) => {
  const res = await cite(id).expect(200);
  expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
  expect(res.text).toBe(`${claimPart} ${REPORTED}\n`);
});

test('without an access date the date of the request is used (the seed document has no retrieval date), and a retrieval date when recorded', async () => {
  const today = new Date();
  const res = await request(t.app).get('/v1/claims/6/citation').expect(200);
  const [y, m, d] = [today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()];
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  expect(res.text).toContain(`accessed ${d} ${months[m]} ${y}.`);

  const doc = await request(t.app).get('/v1/documents/1').expect(200);
  await request(t.app)
    .patch('/v1/documents/1')
    .set(t.as.editor)
    .set('If-Match', doc.headers.etag)
    .send({ retrieved_at: '2015-01-20T10:00:00Z', reason: 'record when it was read' })
    .expect(200);
  expect((await request(t.app).get('/v1/claims/6/citation').expect(200)).text).toContain('accessed 20 January 2015.');
  expect((await request(t.app).get('/v1/claims/6/citation?format=csl-json').expect(200)).body[0].accessed).toEqual({
    'date-parts': [[2015, 1, 20]],
  });
  // An explicit access date wins.
  expect((await cite(6)).text).toContain('accessed 27 November 2026.');
  await request(t.app)
    .patch('/v1/documents/1')
    .set(t.as.editor)
    .set('If-Match', '*')
    .send({ retrieved_at: null, reason: 'undo' })
    .expect(200);
});

test('markdown and html mark up the title as a link, escaped', async () => {
  const md = await cite(5, '&format=markdown').expect(200);
  expect(md.headers['content-type']).toBe('text/markdown; charset=utf-8');
  expect(md.text).toBe(
    'Aleksandr Bortnikov, director of the Federal Security Service (FSB), said “around 1,100 militants”: about 1,100 foreign fighters from Russia with Islamic State ' +
      '(date not given). This figure has been superseded by claim 6 (“1,500”, Aleksandr Bortnikov). Reported in: Joanna Paraszczuk, ' +
      `“[Kazakhstan Intelligence: 150 Kazakh Women Are Members Of IS](<${URL}>)”, *Under The Black Flag*, RFE/RL, n.d., accessed 27 November 2026.\n`,
  );
  const html = await cite(2, '&format=html').expect(200);
  expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
  expect(html.text).toBe(
    '<p class="claim-citation" data-claim-id="2">Nurtai Abykaev, chairman of the National Security Committee of Kazakhstan (KNB), said “over 300”: ' +
      'more than 300 foreign fighters from Kazakhstan with Islamic State in Iraq and Syria (date not given). Context: Meeting of the Council of Heads of Security ' +
      `Authorities and Special Services of the CIS, Astana. Reported in: Joanna Paraszczuk, “<a href="${URL}">Kazakhstan Intelligence: 150 Kazakh Women Are Members Of IS</a>”, ` +
      '<i>Under The Black Flag</i>, RFE/RL, n.d., accessed 27 November 2026.</p>\n',
  );
});

test('a retracted claim’s citation says so; the claim it superseded is no longer cited as superseded', async () => {
  const created = await request(t.app)
    .post('/v1/claims')
    .set(t.as.editor)
    .send({
      metric: 'foreign_fighters',
      country: 'Kazakh',
      group: 'ISIS',
      value: 500,
      approximation: 'at_least',
      value_text: 'at least 500 <b>&</b> *more*',
      as_of: '2015-03-02',
      stated_on: '2015-03',
      claimant_id: 4,
      sources: [{ document_id: 1, quote: 'Kazakhstan Intelligence' }],
      relations: [{ type: 'supersedes', claim_id: 2 }],
    })
    .expect(201);
  const id = created.body.id as number;
  expect((await cite(2)).text).toContain(
    `This figure has been superseded by claim ${id} (“at least 500 <b>&</b> *more*”, Nurtai Abykaev).`,
  );
  const text = (await cite(id)).text;
  expect(text).toContain(
    'said “at least 500 <b>&</b> *more*”: at least 500 foreign fighters from Kazakhstan with Islamic State (as of 2 March 2015; stated in March 2015).',
  );
  const html = (await cite(id, '&format=html')).text;
  expect(html).toContain('said “at least 500 &lt;b&gt;&amp;&lt;/b&gt; *more*”');
  expect((await cite(id, '&format=markdown')).text).toContain('said “at least 500 \\<b\\>&\\</b\\> \\*more\\*”');

  await request(t.app).delete(`/v1/claims/${id}`).set(t.as.editor).send({ reason: 'Misread the figure.' }).expect(200);
  expect((await cite(id)).text).toContain(
    '(as of 2 March 2015; stated in March 2015). This claim has been retracted from the ledger: Misread the figure. Reported in:',
  );
  expect((await cite(2)).text).not.toContain('superseded');
});

test('CSL-JSON is valid against the CSL-JSON schema and renders with citeproc-js', async () => {
  const res = await cite(5, '&format=csl-json').expect(200);
  expect(res.headers['content-type']).toBe('application/vnd.citationstyles.csl+json; charset=utf-8');
  const items = JSON.parse(res.text);
  const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'csl-data.schema.json'), 'utf8'));
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  expect(validate.errors ?? validate(items)).toBe(true);
  expect(items).toEqual([
    {
      id: 'claim-5-document-1',
      type: 'post-weblog',
      title: 'Kazakhstan Intelligence: 150 Kazakh Women Are Members Of IS',
      // The outlet, by its full name, is the container reference managers print; the blog within it its collection.
      'container-title': 'Radio Free Europe/Radio Liberty',
      'collection-title': 'Under The Black Flag',
      publisher: 'RFE/RL',
      author: [{ family: 'Paraszczuk', given: 'Joanna' }],
      URL,
      language: 'en',
      accessed: { 'date-parts': [[2026, 11, 27]] },
      note:
        'Claim 5 in the claims ledger: Aleksandr Bortnikov, director of the Federal Security Service (FSB), said “around 1,100 militants”: about 1,100 foreign fighters ' +
        'from Russia with Islamic State (date not given). This figure has been superseded by claim 6 (“1,500”, Aleksandr Bortnikov).',
      custom: { claim_id: 5, claim_status: 'superseded', superseded_by: [6] },
    },
  ]);
  expect(items[0].issued).toBeUndefined(); // the publication date is unknown: not invented

  const styles = path.join(__dirname, '..', '..', 'src', 'cite', 'styles');
  const engine = new CSL.Engine(
    {
      retrieveLocale: () => fs.readFileSync(path.join(styles, 'locales-en-US.xml'), 'utf8'),
      retrieveItem: (id: string) => items.find((i: { id: string }) => i.id === id),
    },
    fs.readFileSync(path.join(styles, 'apa.csl'), 'utf8'),
    'en-US',
    true,
  );
  engine.setOutputFormat('text');
  engine.updateItems([items[0].id]);
  const bibliography = engine.makeBibliography();
  expect(bibliography && bibliography[1][0].trim()).toBe(
    `Paraszczuk, J. (n.d.). Kazakhstan Intelligence: 150 Kazakh Women Are Members Of IS. Radio Free Europe/Radio Liberty. Retrieved November 27, 2026, from ${URL}`,
  );
});

test('style renders the document in a CSL style through citeproc-js, for text and html', async () => {
  const claimPart =
    'Aleksandr Bortnikov, director of the Federal Security Service (FSB), said “1,500”: 1,500 foreign fighters from Russia with Islamic State (date not given).';
  expect((await cite(6, '&style=apa')).text).toBe(
    `${claimPart} Reported in: Paraszczuk, J. (n.d.). Kazakhstan Intelligence: 150 Kazakh Women Are Members Of IS. ` +
      `Radio Free Europe/Radio Liberty. Retrieved November 27, 2026, from ${URL}\n`,
  );
  expect((await cite(6, '&style=vancouver')).text).toBe(
    `${claimPart} Reported in: Paraszczuk J. Kazakhstan Intelligence: 150 Kazakh Women Are Members Of IS [Internet]. ` +
      `Radio Free Europe/Radio Liberty. RFE/RL; [cited 2026 Nov 27]. (Under The Black Flag). Available from: ${URL}\n`,
  );
  expect((await cite(6, '&style=harvard1&format=html')).text).toBe(
    `<p class="claim-citation" data-claim-id="6">${claimPart} Reported in: Paraszczuk, J. (no date) ` +
      `“Kazakhstan Intelligence: 150 Kazakh Women Are Members Of IS,” <i>Radio Free Europe/Radio Liberty</i>. RFE/RL (Under The Black Flag). Available at: ${URL} (Accessed: November 27, 2026).</p>\n`,
  );
});

test('a citation is a file named by its claim, format and style: shown inline where the browser can, saved with its extension', async () => {
  const named = async (query: string) => (await cite(2, query).expect(200)).headers['content-disposition'];
  expect(await named('&format=bibtex')).toBe('inline; filename="claim-2_citation.bib"');
  expect(await named('&format=ris')).toBe('inline; filename="claim-2_citation.ris"');
  expect(await named('&format=csl-json')).toBe('inline; filename="claim-2_citation.json"');
  expect(await named('&format=markdown')).toBe('inline; filename="claim-2_citation.md"');
  expect(await named('&format=html&style=apa')).toBe('inline; filename="claim-2_citation_style-apa.html"');
  expect(await named('')).toBe('inline; filename="claim-2_citation.txt"');
});

test('BibTeX and RIS load in a reference manager’s parser with title, author, URL, access date and the claim as note', async () => {
  const bib = await cite(2, '&format=bibtex').expect(200);
  expect(bib.headers['content-type']).toBe('application/x-bibtex; charset=utf-8');
  const [fromBib] = new Cite(bib.text).data;
  expect(fromBib).toMatchObject({
    id: 'claim-2-document-1',
    title: 'Kazakhstan Intelligence: 150 Kazakh Women Are Members Of IS',
    author: [{ given: 'Joanna', family: 'Paraszczuk' }],
    URL,
    accessed: { 'date-parts': [[2026, 11, 27]] },
  });
  expect(fromBib.note).toContain('Nurtai Abykaev, chairman of the National Security Committee of Kazakhstan (KNB), said “over 300”');

  const ris = await cite(2, '&format=ris').expect(200);
  expect(ris.headers['content-type']).toBe('application/x-research-info-systems; charset=utf-8');
  expect(ris.text.split('\r\n')).toEqual(expect.arrayContaining(['TY  - BLOG', 'AU  - Paraszczuk, Joanna', 'Y2  - 2026/11/27/', 'ER  - ']));
  const [fromRis] = new Cite(ris.text, { forceType: '@ris/file' }).data;
  expect(fromRis).toMatchObject({
    type: 'post-weblog',
    id: 'claim-2-document-1',
    title: 'Kazakhstan Intelligence: 150 Kazakh Women Are Members Of IS',
    author: [{ family: 'Paraszczuk', given: 'Joanna' }],
    URL,
  });
  expect(fromRis.note).toContain('said “over 300”: more than 300 foreign fighters from Kazakhstan');
});

test('bad parameters are a 400 naming them; an unknown claim is a 404', async () => {
  for (const [query, field] of [
    ['format=pdf', 'format'],
    ['format=bibtex&style=apa', 'style'],
    ['style=chicago', 'style'],
    ['accessed=2026-02-30', 'accessed'],
    ['accessed=2026-11', 'accessed'],
    ['page=2', 'page'],
  ]) {
    const res = await request(t.app).get(`/v1/claims/2/citation?${query}`).expect(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
  }
  await request(t.app).get('/v1/claims/999/citation').expect(404);
  await request(t.app).get('/v1/claims/abc/citation').expect(400);
});

test('a superseded claim is cited as superseded by the figure that now stands at the end of its chain, naming the claims between', async () => {
  const six = (await request(t.app).get('/v1/claims/6').expect(200)).body;
  const claimant = six.claimant.name as string;
  const supersede = async (of: number, value: number, words: string) =>
    (
      await request(t.app)
        .post('/v1/claims')
        .set(t.as.editor)
        .send({
          metric: 'foreign_fighters',
          country: 'RU',
          group: 'ISIS',
          value,
          approximation: 'exact',
          value_text: words,
          claimant_id: six.claimant.id,
          sources: [{ document_id: 1, quote: 'Kazakhstan Intelligence' }],
          relations: [{ type: 'supersedes', claim_id: of }],
        })
        .expect(201)
    ).body.id as number;
  const third = await supersede(6, 2900, '2,900');
  expect((await cite(5)).text).toContain(`This figure has been superseded by claim ${third} (“2,900”, ${claimant}), through claim 6.`);
  expect((await cite(6)).text).toContain(`This figure has been superseded by claim ${third} (“2,900”, ${claimant}).`);
  const fourth = await supersede(third, 3400, '3,400');
  expect((await cite(5)).text).toContain(
    `This figure has been superseded by claim ${fourth} (“3,400”, ${claimant}), through claims 6 and ${third}.`,
  );
  expect((await cite(5, '&format=csl-json')).body[0].custom.superseded_by).toEqual([fourth]);
  // Retracting the last figure makes the one before it stand again: the chain ends there.
  await request(t.app).delete(`/v1/claims/${fourth}`).set(t.as.editor).send({ reason: 'Misread the figure.' }).expect(200);
  expect((await cite(5)).text).toContain(`This figure has been superseded by claim ${third} (“2,900”, ${claimant}), through claim 6.`);
});
