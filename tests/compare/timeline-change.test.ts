import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';

/**
 * web52: a timeline's change is from the claimant's previous figure in time. An undated figure has no place in time
 * but the one a supersession gives it (just before the figure that replaced it), so a change to or from it is known
 * only along that link: 2,650 (2019) then an undated 10 was shown as "−2,640 (−99.6%)", a fall the ledger does not hold.
 */
let t: TestApp;
const ids: Record<string, number> = {};
beforeAll(async () => {
  t = await createTestApp({ seed: true });
  const post = async (path: string, body: object) => (await request(t.app).post(path).set(t.as.editor).send(body).expect(201)).body;
  const claimant = (await post('/v1/actors', { kind: 'government_agency', name: 'Example Border Service', country: 'TM' })).id;
  const document = (await post('/v1/documents', { kind: 'report', title: 'Example returnees report' })).id;
  const claim = async (name: string, fields: Record<string, unknown>) => {
    ids[name] = (
      await post('/v1/claims', {
        metric: 'returnees',
        country: 'TM',
        claimant_id: claimant,
        sources: [{ document_id: document, quote: `returnees: ${String(fields.value_text)}` }],
        ...fields,
      })
    ).id;
  };
  await claim('dated2019', { value: 2650, approximation: 'exact', value_text: '2,650', as_of: '2019' });
  await claim('undatedOld', { value: 10, approximation: 'exact', value_text: '10' });
  await claim('dated2022', {
    value: 60,
    approximation: 'exact',
    value_text: '60',
    as_of: '2022-01',
    relations: [{ type: 'supersedes', claim_id: ids.undatedOld }],
  });
  await claim('undatedLoose', { value: 2767, approximation: 'at_least', value_text: 'at least 2,767' });
});
afterAll(() => t?.drop());

test('a change to or from an undated figure is given only along a supersession', async () => {
  const res = await request(t.app).get('/v1/compare/timeline?country=TM&metric=returnees').expect(200);
  const figures: { claim_id: number; change: unknown }[] = res.body.claimants[0].figures;
  expect(figures.map((f) => [f.claim_id, f.change])).toEqual([
    [ids.dated2019, null],
    // Placed before the figure that replaced it, but not after 2019: no change from 2,650.
    [ids.undatedOld, null],
    // Replaced by the claimant: 10 → 60.
    [ids.dated2022, { from_claim_id: ids.undatedOld, absolute: 50, percent: 500 }],
    // Undated and replacing nothing: last, with no change from the figure before it.
    [ids.undatedLoose, null],
  ]);
});

test('the timeline page shows no change for an undated figure out of a supersession', async () => {
  const html = (await request(t.app).get('/compare/timeline?country=TM&metric=returnees').expect(200)).text;
  expect(html).toContain('+50 (+500%)');
  expect(html).not.toContain('2,640');
  expect(html).not.toContain('2,707');
});
