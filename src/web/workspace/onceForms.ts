import crypto from 'node:crypto';
import type { Request, Response } from 'express';
import { DomainError } from '../../errors';
import type { Editor } from './session';
import { ROW_BUTTON } from './review';

/** The hidden field that makes a workspace form's post happen once. */
export const FORM_ID_FIELD = 'form_id';
const FORM_ID = /^[\w-]{20,64}$/;

/** A new form's id: random, so only the page that rendered the form knows it. */
export const newFormId = (): string => crypto.randomBytes(16).toString('base64url');

/**
 * One-time form ids: every workspace form carries a fresh `form_id` (FormTokens), and the first post of an id that
 * succeeds (a redirect) is kept with the idempotency store's rows, scoped to the editor's key, for 24 hours. The
 * same form posted again (a double click, back and resubmit) is not run again: it is sent where the first went,
 * to the document or claim it created (FORM_ANSWERS in router.tsx); one posted while the first still runs waits for
 * it. A post that fails changed nothing and frees its id, so the corrected form can be sent; one that failed after its
 * save committed (the answer lost with the connection) keeps it, and sent again is answered from what it saved
 * (savedOnce.ts). A post without an id runs as before. The router runs a post by its id as one with an
 * Idempotency-Key (runOnce in src/http/idempotency.ts): the id is decided by the post's own answer, even when the
 * browser left before it (a browser aborts the first post of a double click, and that post goes on and saves).
 *
 * This is the post's key: its form id (with the row for the review's buttons), its editor, and the hash of its method
 * and path (the form's fields may differ: a form corrected after a failure is sent with the same id); none without a
 * valid id.
 */
export function formIdKey(req: Request, res: Response): { principal: string; key: string; requestHash: string; path: string } | undefined {
  const id: unknown = (req.body as Record<string, unknown> | undefined)?.[FORM_ID_FIELD];
  if (typeof id !== 'string' || !FORM_ID.test(id)) return undefined;
  const principal = (res.locals.editor as Editor).principal.name;
  // The review's form of rows is one form whose buttons each decide a candidate (`row`): once per row it sends.
  const row: unknown = (req.body as Record<string, unknown>).row;
  const key = typeof row === 'string' && ROW_BUTTON.test(row) ? `form:${id}:${row}` : `form:${id}`;
  const path = req.originalUrl.split('#', 1)[0];
  const requestHash = crypto.createHash('sha256').update(`${req.method} ${path}`).digest('hex');
  return { principal, key, requestHash, path };
}

/** How a post is refused whose form id was sent to another address, or that waited a minute for the first post of its id. */
export const FORM_ID_REFUSALS = {
  otherRequest: () =>
    new DomainError('conflict', 'This form was already sent to another address: reload the page and send the form again.', [
      { field: FORM_ID_FIELD, message: 'was already used' },
    ]),
  stillRunning: () => new DomainError('conflict', 'This form is still being saved: reload the page in a moment.'),
};
