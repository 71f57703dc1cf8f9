import request from 'supertest';
import { createTestApp, type TestApp } from '../support/app';
import { seedClaimBody } from '../support/seedClaim';

/**
 * A country page's "Each claimant's latest figure" (walk49): a dated figure outranks an undated one of the same
 * claimant, whenever either was recorded (latestOf).
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

async function claim(fields: Record<string, unknown>): Promise<number> {
  const res = await request(t.app)
    .post('/v1/claims')
    .set(t.as.editor)
    .send(seedClaimBody({ country: 'TM', ...fields }))
    .expect(201);
  return res.body.id as number;
}

/** The claims the country page lists as each claimant's latest figure. */
async function latestListed(code: string): Promise<number[]> {
  const res = await request(t.app).get(`/countries/${code}`).set('Accept', 'text/html').expect(200);
  const list = /<ul class="latest-list"[^>]*>([\s\S]*?)<\/ul>/.exec(res.text);
  return [...(list?.[1] ?? '').matchAll(/data-claim="(\d+)"/g)].map((m) => Number(m[1]));
}

async function latestHint(code: string): Promise<string> {
  const res = await request(t.app).get(`/countries/${code}`).set('Accept', 'text/html').expect(200);
  return /<p class="hint" id="latest-[a-z_]+-how">([^<]*)<\/p>/.exec(res.text)?.[1] ?? '';
}

test('lists a claimants dated figure over an undated one recorded after it, and the undated one of a claimant with no other', async () => {
  const dated = await claim({ value: 700, value_text: '700', as_of: '2024-05-01' });
  const undated = await claim({ value: 900, value_text: '900' });
  const stated = await claim({ claimant_id: 1, value: 50, value_text: '50', as_of: '2023-01-01' });
  const statedLater = await claim({ claimant_id: 1, value: 60, value_text: '60', stated_on: '2025-02-01' });
  const alone = await claim({ claimant_id: 2, value: 80, value_text: '80' });
  const listed = await latestListed('TM');
  expect(listed.sort((a, b) => a - b)).toEqual([dated, statedLater, alone].sort((a, b) => a - b));
  expect(listed).not.toContain(undated);
  expect(listed).not.toContain(stated);
  expect(await latestHint('TM')).toContain('a figure without a date only when the claimant gave no dated one');
});

test('sends a browser typing /countries to the countries side by side, its query kept, where each country with figures links to its page', async () => {
  const bare = await request(t.app).get('/countries').set('Accept', 'text/html').expect(302);
  expect(bare.headers.location).toBe('/compare/countries');
  const withQuery = await request(t.app).get('/countries/?metric=foreign_fighters&country=TM').expect(302);
  expect(withQuery.headers.location).toBe('/compare/countries?metric=foreign_fighters&country=TM');
  const landed = await request(t.app).get(withQuery.headers.location).set('Accept', 'text/html').expect(200);
  expect(landed.text).toContain('<a href="/countries/TM">Turkmenistan</a>');
  // a country's own page is as before
  await request(t.app).get('/countries/TM').set('Accept', 'text/html').expect(200);
});
