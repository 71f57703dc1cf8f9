import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';

/*
 * The same import sent twice at once (a double click, a retry after a timeout that had in fact gone through): each
 * checks that its keys are not stored, then one writes them first. The other had been a 409 naming an internal
 * constraint (claims_key_unique); it is a 503 concurrent_change with Retry-After, nothing of it saved, and retried it
 * finds every key stored and leaves each record alone, as a re-import does. Never a key twice.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

function file(prefix: string): string {
  const lines: object[] = [
    { type: 'actor', key: `${prefix}-ngo`, kind: 'ngo', name: `${prefix} monitor` },
    {
      type: 'document',
      key: `${prefix}-doc`,
      kind: 'report',
      title: `${prefix} report`,
      publisher: `${prefix}-ngo`,
      text: 'Some 40 fighters returned.',
    },
  ];
  for (let i = 0; i < 200; i++) {
    lines.push({
      type: 'claim',
      key: `${prefix}-${i}`,
      metric: 'returnees',
      country: 'KZ',
      approximation: 'approximately',
      value: 40 + i,
      value_text: 'Some 40',
      claimant: `${prefix}-ngo`,
      sources: [{ document: `${prefix}-doc`, quote: 'Some 40 fighters returned.' }],
    });
  }
  return `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`;
}

const send = (body: string) => request(t.app).post('/v1/import').set(t.as.editor).set('Content-Type', 'application/x-ndjson').send(body);

test('the same import sent at once: one saves, the others are 503s to retry, and retried they change nothing', async () => {
  let collided = false;
  // The imports race: almost always they collide at once; a round in which one finished before another began proves nothing.
  for (let round = 0; round < 5 && !collided; round++) {
    const prefix = `race${round}`;
    const body = file(prefix);
    const answers = await Promise.all([send(body), send(body), send(body)]);
    for (const res of answers) {
      expect([200, 503]).toContain(res.status);
      expect(res.headers['content-type']).toMatch(res.status === 200 ? /^application\/json/ : /^application\/problem\+json/);
      if (res.status === 503) {
        collided = true;
        expect(res.headers['retry-after']).toBe('1');
        expect(res.body).toMatchObject({ code: 'concurrent_change', detail: expect.stringMatching(/same keys.*nothing was saved/) });
      }
    }
    expect(answers.filter((res) => res.status === 200).length).toBeGreaterThanOrEqual(1);
    const stored = await t.db('claims').where('key', 'like', `${prefix}-%`).count<{ count: string }[]>('* as count');
    expect(Number(stored[0].count)).toBe(200);
    expect(
      Number(
        (
          await t
            .db('actors')
            .where({ key: `${prefix}-ngo` })
            .count<{ count: string }[]>('* as count')
        )[0].count,
      ),
    ).toBe(1);
    const retried = await send(body).expect(200);
    expect(retried.body).toMatchObject({
      actors: { created: 0, updated: 0, unchanged: 1 },
      documents: { created: 0, updated: 0, unchanged: 1 },
      claims: { created: 0, updated: 0, unchanged: 200 },
    });
  }
  expect(collided).toBe(true);
});
