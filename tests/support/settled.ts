import type { Express } from 'express';
import request from 'supertest';

/**
 * A GET until the pool has replaced the connections a test has just ended (pg_terminate_backend): the first
 * request may meet one of them and be a 503.
 */
export async function settled(app: Express): Promise<void> {
  for (let i = 0; i < 10; i++) {
    if ((await request(app).get('/v1/claims/1')).status === 200) return;
  }
  throw new Error('the ledger did not answer again');
}
