import { Writable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createLogger, redactUrl } from '../../src/http/logging';
import { createTestApp, TestApp } from '../support/app';

// A real BibTeX parser (citation-js, as reference managers read BibTeX).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Cite } = require('@citation-js/core');
// eslint-disable-next-line @typescript-eslint/no-require-imports
require('@citation-js/plugin-bibtex');

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

const HOSTILE_TITLES = [
  'Report}}, note = {pwned}}\n@misc{injected, title = {Injected entry}',
  'Closing \\} escaped}\n}\n@misc{second, title={x}}',
  '{{{{ unbalanced opening',
  'Back\\slash at the end\\',
  '}@misc{x,',
];

test('BibTeX: no document field can end its entry (a real BibTeX parser reads one entry per source, title intact)', async () => {
  for (const title of HOSTILE_TITLES) {
    const doc = (
      await request(t.app)
        .post('/v1/documents')
        .set(t.as.editor)
        .send({ kind: 'report', title, authors: ['}Evil, {Author'], container_title: '%}comment', text: 'Exactly 77 fighters left.' })
        .expect(201)
    ).body;
    const claim = (
      await request(t.app)
        .post('/v1/claims')
        .set(t.as.editor)
        .send({
          metric: 'foreign_fighters',
          country: 'KZ',
          approximation: 'exact',
          value: 77,
          value_text: '77 }}@misc{',
          claimant_id: 4,
          sources: [{ document_id: doc.id, quote: 'Exactly 77 fighters' }],
        })
        .expect(201)
    ).body;
    const bib = (await request(t.app).get(`/v1/claims/${claim.id}/citation?format=bibtex`).expect(200)).text;
    const entries = new Cite(bib).data;
    expect(entries).toHaveLength(1);
    expect(entries[0].id).toBe(`claim-${claim.id}-document-${doc.id}`);
    expect(entries[0].title).toBe(title.replace(/\s+/g, ' ')); // the parser folds white space, as BibTeX does
    // Every field's braces balance as BibTeX counts them (escaped or not).
    let depth = 0;
    for (const ch of bib) {
      if (ch === '{') depth += 1;
      if (ch === '}') depth -= 1;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
    expect(bib.match(/^@/gm)).toHaveLength(1);
  }
});

describe('CSV formula injection (OWASP) in every CSV the ledger writes', () => {
  const PAYLOAD = '5;=HYPERLINK("http://evil.example","x")';
  let claimId: number;
  beforeAll(async () => {
    const claimant = (await request(t.app).post('/v1/actors').set(t.as.editor).send({ kind: 'ngo', name: 'Evil;@SUM(1+1)' }).expect(201))
      .body;
    const doc = (
      await request(t.app)
        .post('/v1/documents')
        .set(t.as.editor)
        .send({
          kind: 'report',
          title: '-2+3;+cmd',
          authors: ['Semi;=Colon', '\tTab'],
          text: 'They said 5;=HYPERLINK("http://evil.example","x") fighters.',
        })
        .expect(201)
    ).body;
    claimId = (
      await request(t.app)
        .post('/v1/claims')
        .set(t.as.editor)
        .send({
          metric: 'foreign_fighters',
          country: 'KZ',
          approximation: 'exact',
          value: 5,
          value_text: PAYLOAD,
          claimant_id: claimant.id,
          context: 'tab\t=1+2',
          notes: '=cmd|calc',
          sources: [{ document_id: doc.id, quote: PAYLOAD }],
        })
        .expect(201)
    ).body.id;
    await request(t.app)
      .patch(`/v1/claims/${claimId}`)
      .set(t.as.editor)
      .set('If-Match', '*')
      .send({ notes: '@still;-bad', reason: '+reason;=x' })
      .expect(200);
  });

  /** Cells as a spreadsheet splitting on `delimiter` would read them (quotes honoured only at a cell's start). */
  function cells(csv: string, delimiter: string): string[] {
    return parse(csv, { delimiter, relax_quotes: true, relax_column_count: true, skip_empty_lines: true }).flat();
  }

  const live = (cell: string) => /^[=+\-@\t\r]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell);

  test.each([
    ['claims export', () => `/v1/export/claims?format=csv&claimant=${encodeURIComponent('Evil;@SUM(1+1)')}`],
    ['claims export as recorded', () => `/v1/export/claims?format=csv&as_recorded=${encodeURIComponent(new Date().toISOString())}`],
    ['revisions export', () => '/v1/export/claims?format=csv&include=revisions'],
    ['compare sources', () => '/v1/compare/sources?country=KZ&metric=foreign_fighters&format=csv'],
    ['compare timeline', () => '/v1/compare/timeline?country=KZ&metric=foreign_fighters&format=csv'],
    ['compare countries', () => '/v1/compare/countries?metric=foreign_fighters&country=KZ&format=csv'],
  ])('%s: no cell starts a formula, split on "," or on ";" or on tabs', async (_name, path) => {
    const csv = (await request(t.app).get(path()).expect(200)).text;
    expect(csv).toContain('HYPERLINK');
    for (const delimiter of [',', ';', '\t']) {
      const found = cells(csv, delimiter).filter(live);
      expect({ delimiter, found }).toEqual({ delimiter, found: [] });
    }
    // Guarded where a separator would start a cell, and still RFC 4180: every row as wide as the header.
    expect(csv).toMatch(/;'=HYPERLINK|;'@SUM/);
    const rows: Record<string, string>[] = parse(csv, { columns: true });
    expect(rows.length).toBeGreaterThan(0);
  });

  test('the data package CSVs quote every text cell (their values load back exactly)', async () => {
    const res = await request(t.app)
      .get('/v1/export/datapackage')
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect((res.body as Buffer).length).toBeGreaterThan(1000);
  });
});

describe('secrets', () => {
  test('a new key is never stored by the idempotency store; a repeat is a 409 naming the key, and nothing is cached', async () => {
    const first = await request(t.app)
      .post('/v1/keys')
      .set(t.as.admin)
      .set('Idempotency-Key', 'new-key-1')
      .send({ name: 'robot', role: 'editor' })
      .expect(201);
    expect(first.headers['cache-control']).toBe('no-store');
    const secret: string = first.body.secret;
    const stored = await t.db('idempotency_keys').where({ key: 'new-key-1' });
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(secret);
    expect(JSON.stringify(stored)).not.toContain(secret.slice(3, 20));
    const again = await request(t.app)
      .post('/v1/keys')
      .set(t.as.admin)
      .set('Idempotency-Key', 'new-key-1')
      .send({ name: 'robot', role: 'editor' })
      .expect(409);
    expect(again.text).not.toContain(secret);
    expect(again.body.detail).toContain(first.headers.location);
    expect(await t.db('api_keys').where({ name: 'robot' })).toHaveLength(1);
  });

  test('nothing secret reaches the log: keys in the query string or path, Authorization and cookies', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const admin = 'env-admin-secret-value-123';
    const logger = createLogger('info', sink);
    const app = await createApp({
      db: t.db,
      config: { ...loadConfig({ NODE_ENV: 'test' }), adminApiKey: admin, logLevel: 'info' },
      logger,
    });
    await request(app).get(`/v1/claims?api_key=${t.keys.editor}`).expect(400);
    await request(app)
      .get(`/v1/claims/1?token=abc123secret&x=${encodeURIComponent(admin)}`)
      .expect(400);
    await request(app).get(`/v1/claims/${t.keys.reader}`).expect(400);
    await request(app).get('/v1/claims/1').set('Authorization', `Bearer ${t.keys.admin}`).set('Cookie', 'session=s3cr3t').expect(200);
    // Whatever a log call is given, the headers that carry secrets are redacted.
    logger.info(
      {
        headers: { authorization: `Bearer ${t.keys.admin}`, cookie: 'session=s3cr3t' },
        req: { headers: { authorization: 'Basic c2VjcmV0' } },
      },
      'headers',
    );
    const log = lines.join('');
    expect(log.match(/"url"/g)!.length).toBeGreaterThanOrEqual(4);
    for (const secret of [t.keys.editor, t.keys.reader, t.keys.admin, 'abc123secret', admin, 's3cr3t', 'c2VjcmV0'])
      expect(log).not.toContain(secret);
    expect(log).toContain('[redacted]');
    expect(redactUrl('/v1/claims?key=abc&q=x&Authorization=Bearer%20zz')).toBe('/v1/claims?key=[redacted]&q=x&Authorization=[redacted]');
  });

  test('nor does a problem answer echo it: its instance is the URL as the log has it', async () => {
    const admin = 'env-admin-secret-value-123';
    const app = await createApp({
      db: t.db,
      config: { ...loadConfig({ NODE_ENV: 'test' }), adminApiKey: admin },
      logger: createLogger('silent'),
    });
    const answers = [
      await request(app).post(`/v1/claims?key=${t.keys.editor}`).send({}).expect(401),
      await request(app).get(`/v1/claims?api_key=${t.keys.editor}`).expect(400),
      await request(app)
        .get(`/v1/claims/1?token=abc123secret&x=${encodeURIComponent(admin)}`)
        .expect(400),
      await request(app).get(`/v1/claims/${t.keys.reader}`).expect(400),
    ];
    for (const res of answers) {
      expect(res.type).toBe('application/problem+json');
      for (const secret of [t.keys.editor, t.keys.reader, 'abc123secret', admin]) expect(res.text).not.toContain(secret);
    }
    expect(answers[0].body.instance).toBe('/v1/claims?key=[redacted]');
  });
});
