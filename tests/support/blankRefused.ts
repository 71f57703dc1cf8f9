import request from 'supertest';
import type { TestApp } from './app';
import { tableChecksums } from './tables';

/** A write whose text is blank: method, path, body, the field the refusal names, and " (or null)" where null is allowed. */
export type BlankCase = [method: string, path: string, body: Record<string, unknown>, field: string, orNull?: string];

/**
 * Sends each case as an admin (If-Match `*`) and expects a 400 problem naming its field, "must not be blank", and no
 * table changed by any of them.
 */
export async function expectBlankRefused(t: TestApp, cases: BlankCase[]): Promise<void> {
  const before = await tableChecksums(t.db);
  for (const [method, path, body, field, orNull = ''] of cases) {
    const res = await request(t.app)[method as 'post' | 'patch'](path).set(t.as.admin).set('If-Match', '*').send(body);
    expect({ path, status: res.status, type: res.headers['content-type'], errors: res.body.errors }).toEqual({
      path,
      status: 400,
      type: expect.stringMatching(/^application\/problem\+json/),
      errors: [{ field, message: `must not be blank${orNull}` }],
    });
  }
  expect(await tableChecksums(t.db)).toEqual(before);
}
