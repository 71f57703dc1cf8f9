import type { Request, Response } from 'express';
import { ReadTimeout } from '../../extract/pool';
import { HttpError } from '../../http/errors';
import { asHttpError } from '../../http/problem';
import { sendPage } from '../render';
import { AddTextPage, MessagePage } from './pages';
import { NoTextError, pageOfForm } from './review';
import { inWords } from './messages';
import type { Editor } from './session';

/** Errors of workspace pages are pages too, with the editor's way back; the API's errors stay problem+json. */
export function workspaceErrorPage(rawErr: unknown, _req: Request, res: Response, next: (e: unknown) => void): void {
  const err = asHttpError(rawErr, _req.method);
  // A document without text, whatever was asked of it: the page that says so and takes its text.
  if (rawErr instanceof NoTextError && res.locals.editor)
    return sendPage(
      res,
      <AddTextPage editor={res.locals.editor as Editor} document={rawErr.document} text="" errors={[]} />,
      _req.method === 'GET' ? 200 : 409,
    );
  // The extractor's time limit: what happened and what the editor can do, not "reload in a few seconds" (the same text
  // may take as long again). Still a 503 with its Retry-After.
  if (rawErr instanceof ReadTimeout && err instanceof HttpError) {
    res.set(err.headers);
    return sendPage(
      res,
      <MessagePage
        title="The extractor gave up on this text"
        message={`The ledger could not read this document's text within ${rawErr.seconds} seconds, so it proposes no claims for it yet; the document itself is saved, and nothing else was changed. The same text may take as long again: open the review again later, when the server is less busy, or split the text into shorter documents.`}
        status={err.status}
        form={_req.method === 'POST' ? pageOfForm(_req.originalUrl) : undefined}
        back={pageOfForm(_req.originalUrl)}
      />,
      err.status,
    );
  }
  if (!(err instanceof HttpError) && !isParserError(err)) return next(rawErr);
  const status = err instanceof HttpError ? err.status : (err as { status: number }).status;
  const message =
    err instanceof HttpError
      ? [err.message, ...err.errors.map((e) => `${e.field}: ${inWords(e.message)}`)].join(' ')
      : (err as { type?: unknown }).type === 'parameters.too.many'
        ? 'The form has more fields than any of the workspace’s forms: it was not sent by this page.'
        : status === 413
          ? tooLarge(err as { length?: unknown; limit?: unknown })
          : 'The form could not be read.';
  if (err instanceof HttpError) res.set(err.headers);
  // A form that was sent and refused here was not saved: its page (and the editor's input, kept by the client) is the way back.
  const form = _req.method === 'POST' ? pageOfForm(_req.originalUrl) : undefined;
  sendPage(res, <MessagePage title={titleOf(status)} message={message} status={status} form={form} />, status);
}

/**
 * A form over the body limit, said with its size and the limit (the parser's `length` and `limit`, bytes as sent), and
 * why a pasted text weighs more than its letters: a form is sent percent-encoded, so a letter outside ASCII (Arabic,
 * Cyrillic) takes six bytes, where the editor counts one, and an article under the limit by its length is over it.
 */
function tooLarge({ length, limit }: { length?: unknown; limit?: unknown }): string {
  if (typeof limit !== 'number' || typeof length !== 'number') return 'The form is too large.';
  const kb = (bytes: number) => `${Math.ceil(bytes / 1024).toLocaleString('en-US')} KB`;
  return (
    `The form is too large: ${kb(length)} as the browser sent it, where the ledger takes ${kb(limit)} at most. ` +
    'A browser sends a form’s text encoded, so a letter of Arabic, Cyrillic or Greek takes six bytes and one of Chinese or an emoji ' +
    'nine to twelve, where a Latin letter takes one. Shorten the text to the part that holds the figures, or ask an ' +
    'administrator to raise the limit (BODY_LIMIT).'
  );
}

function isParserError(err: unknown): boolean {
  const status = (err as { status?: unknown })?.status;
  return typeof status === 'number' && status >= 400 && status < 500 && typeof (err as { type?: unknown }).type === 'string';
}

function titleOf(status: number): string {
  return (
    (
      {
        400: 'The form is not valid',
        401: 'Sign in again',
        403: 'Not allowed',
        404: 'Not found',
        409: 'Already done',
        412: 'Changed meanwhile',
        413: 'Too large',
        415: 'Not a form',
        422: 'Cannot be saved',
        429: 'Too many attempts',
      } as Record<number, string>
    )[status] ?? 'Something went wrong'
  );
}
