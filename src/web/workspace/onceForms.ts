import crypto from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { RequestHandler } from 'express';
import { DomainError } from '../../errors';
import type { Claimed, IdempotencyStore } from '../../idempotency/store';
import type { Editor } from './session';
import { ROW_BUTTON } from './review';
import { redirectAfterWrite } from '../outcome';

/** The hidden field that makes a workspace form's post happen once. */
export const FORM_ID_FIELD = 'form_id';
const FORM_ID = /^[\w-]{20,64}$/;
const WAIT_MS = 25;
const MAX_WAIT_MS = 60_000;

/** A new form's id: random, so only the page that rendered the form knows it. */
export const newFormId = (): string => crypto.randomBytes(16).toString('base64url');

/**
 * One-time form ids: every workspace form carries a fresh `form_id` (FormTokens), and the first post of an id that
 * succeeds (a redirect) is kept with the idempotency store's rows, scoped to the editor's key, for 24 hours. The
 * same form posted again (a double click, back and resubmit) is not run again: it is sent where the first went,
 * to the document or claim it created; one posted while the first still runs waits for it. A post that fails
 * changed nothing and frees its id, so the corrected form can be sent; one that failed after its save committed (the
 * answer lost with the connection) keeps it, and sent again is answered from what it saved (savedOnce.ts). A post
 * without an id runs as before.
 */
export function onceForms(store: IdempotencyStore): RequestHandler {
  return async (req, res, next) => {
    const id: unknown = (req.body as Record<string, unknown> | undefined)?.[FORM_ID_FIELD];
    if (typeof id !== 'string' || !FORM_ID.test(id)) return next();
    const principal = (res.locals.editor as Editor).principal.name;
    // The review's form of rows is one form whose buttons each decide a candidate (`row`): once per row it sends.
    const row: unknown = (req.body as Record<string, unknown>).row;
    const key = typeof row === 'string' && ROW_BUTTON.test(row) ? `form:${id}:${row}` : `form:${id}`;
    const path = req.originalUrl.split('#', 1)[0];
    const requestHash = crypto.createHash('sha256').update(`${req.method} ${path}`).digest('hex');
    let claimed: Claimed | null = null;
    for (let waited = 0; ; waited += WAIT_MS) {
      claimed = await store.begin({ principal, key, method: req.method, path, request_hash: requestHash });
      if (claimed !== null) break;
      const row = await store.get(principal, key);
      if (!row) continue; // freed between the two queries: claim it again
      if (row.request_hash !== requestHash)
        throw new DomainError('conflict', 'This form was already sent to another address: reload the page and send the form again.', [
          { field: FORM_ID_FIELD, message: 'was already used' },
        ]);
      if (row.status !== null && row.headers?.location) return redirectAfterWrite(res, row.headers.location);
      if (waited >= MAX_WAIT_MS) throw new DomainError('conflict', 'This form is still being saved: reload the page in a moment.');
      await sleep(WAIT_MS);
    }
    let settled = false;
    const settle = (saved: boolean) => {
      if (settled) return;
      settled = true;
      const location = res.getHeader('location');
      const done =
        saved && res.statusCode === 303 && typeof location === 'string'
          ? store.complete(principal, key, 303, { location }, '')
          : store.release(principal, key);
      done.catch(() => undefined); // the database unreachable: the store tries the release again once it is back
    };
    res.once('finish', () => settle(true));
    res.once('close', () => settle(false));
    // A post cut after its save committed is answered from what it saved when sent again (savedOnce.ts).
    store.answerClaimed(principal, key, claimed, res, next);
  };
}
