import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';
import { tableChecksums } from '../support/tables';

/*
 * Two admins correcting one metric, group or place from one reading (each adding an alias to the list they read) had
 * both been answered 200, the later PATCH overwriting the earlier's alias unseen: these records keep no version, and
 * their PATCH took no If-Match. Each is now served with an ETag of what is served; a correction sent with it is made
 * only if the record is still as read (checked under the record's lock), else a 412 naming If-Match. Without If-Match
 * (or with *) a correction is made as before.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

const routes: { name: string; path: string; change: (read: Record<string, unknown>, who: string) => Record<string, unknown> }[] = [
  {
    name: 'group',
    path: '/v1/groups/abu-sayyaf',
    change: (read, who) => ({ aliases: [...(read.aliases as string[]), `Abu Sayyaf ${who} Wing`] }),
  },
  {
    name: 'place',
    path: '/v1/countries/KZ',
    change: (read, who) => ({ aliases: [...(read.aliases as string[]), `Qazaq ${who} Eli`] }),
  },
  {
    name: 'metric',
    path: '/v1/metrics/arrested',
    change: (read, who) => ({ definition: `${read.definition as string} (${who})` }),
  },
];

test.each(routes)(
  'two corrections of one $name made from one reading at once: one is saved, the other a 412 naming If-Match',
  async ({ path, change }) => {
    const read = await request(t.app).get(path).expect(200);
    const tag = read.headers.etag;
    expect(tag).toMatch(/^"c-[0-9a-f]{16}"$/);
    const answers = await Promise.all(
      ['First', 'Second'].map((who) => request(t.app).patch(path).set(t.as.admin).set('If-Match', tag).send(change(read.body, who))),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 412]);
    const refused = answers.find((a) => a.status === 412)!;
    expect(refused.headers['content-type']).toMatch(/problem\+json/);
    expect(refused.body.errors).toEqual([{ field: 'If-Match', message: expect.stringMatching(/changed/) }]);
    const saved = answers.find((a) => a.status === 200)!;
    const now = await request(t.app).get(path).expect(200);
    expect(now.body).toEqual(saved.body);
    expect(now.headers.etag).toBe(saved.headers.etag);
    expect(now.headers.etag).not.toBe(tag);
  },
);

test.each(routes)(
  'a $name correction with a stale or malformed If-Match changes nothing; with its ETag, * or none it is made',
  async ({ path, change }) => {
    const read = await request(t.app).get(path).expect(200);
    const before = await tableChecksums(t.db);
    for (const stale of ['"c-0000000000000000"', '"v1"', 'garbage']) {
      const res = await request(t.app).patch(path).set(t.as.admin).set('If-Match', stale).send(change(read.body, 'Stale'));
      expect({ stale, status: res.status }).toEqual({ stale, status: 412 });
    }
    const list = await request(t.app)
      .patch(path)
      .set(t.as.admin)
      .set('If-Match', `${read.headers.etag}, "c-0000000000000000"`)
      .send(change(read.body, 'List'));
    expect(list.status).toBe(400);
    expect(await tableChecksums(t.db)).toEqual(before);
    const weak = await request(t.app).patch(path).set(t.as.admin).set('If-Match', `W/${read.headers.etag}`).send(change(read.body, 'Weak'));
    expect(weak.status).toBe(200);
    const star = await request(t.app).patch(path).set(t.as.admin).set('If-Match', '*').send(change(weak.body, 'Star'));
    expect(star.status).toBe(200);
    const none = await request(t.app).patch(path).set(t.as.admin).send(change(star.body, 'None'));
    expect(none.status).toBe(200);
  },
);
