import crypto from 'node:crypto';
import express, { Request, Response, Router } from 'express';
import type { Config } from '../../config';
import type { Auth } from '../../http/auth';
import { DomainError } from '../../errors';
import { HttpError } from '../../http/errors';
import { asHttpError } from '../../http/problem';
import { LimiterFactory, take, TooManyRequestsError } from '../../http/rateLimit';
import type { Validator } from '../../validate';
import { hashKey } from '../../keys/principal';
import type { Services } from '../../services';
import { sendPage } from '../render';
import { candidateForm, emptyClaimForm, field, FormBody, readClaimForm } from './form';
import type { Vocabularies } from './claimFields';
import { AddTextPage, CandidateFormState, MessagePage, ReviewPage, SignInPage, WorkspaceHome } from './pages';
import { WorkspaceDocuments } from './documents';
import { FormError, NoTextError, Review } from './review';
import { WorkspaceService } from './service';
import { clearCookie, Editor, readCookies, safeNext, sameSecret, SESSION_COOKIE, Sessions, setCookie, SIGN_IN_COOKIE } from './session';

export interface WorkspaceRouterOptions {
  services: Services;
  auth: Auth;
  validator: Validator;
  config: Config;
  /** Counts sign-ins per address across every instance on the database. */
  limiter: LimiterFactory;
  /** The sessions of signed-in editors; `load` has run for every page already. */
  sessions: Sessions;
}

const EDITOR_ROLES = new Set(['editor', 'admin']);

/** The path's document or candidate id, or a 404: ids are digits, candidate ids letters and digits. */
function documentId(req: Request): number {
  const raw = String(req.params.id);
  if (!/^\d{1,15}$/.test(raw) || Number(raw) < 1) throw new DomainError('not_found', `No document ${raw.slice(0, 40)}.`);
  return Number(raw);
}

function candidateId(req: Request): string {
  const raw = String(req.params.cid);
  if (!/^[\w-]{1,40}$/.test(raw)) throw new DomainError('not_found', 'No such candidate.');
  return raw;
}

/**
 * The editors' workspace (issue 11): sign in with an API key for a session cookie, paste a document, review the
 * candidates the extractor proposes. Every page works with plain forms (POST, then a redirect to a GET); the
 * client script only adds shortcuts. Nothing here is reachable under /v1: sessions never authorize the API.
 */
export function workspaceRouter({ services, auth, validator, config, limiter, sessions }: WorkspaceRouterOptions): Router {
  const router = express.Router();
  const workspace = new WorkspaceService(services, services.reviews, validator);
  const workspaceDocuments = new WorkspaceDocuments(services, services.reviews, validator);
  // Only these routes read form bodies, bounded like the API's JSON bodies.
  const parseForm = express.urlencoded({ extended: false, limit: config.bodyLimit, parameterLimit: 200 });
  const form = (req: Request, res: Response, next: (err?: unknown) => void) => {
    if (!req.is('application/x-www-form-urlencoded'))
      return next(
        new HttpError(415, 'Unsupported Media Type', 'The workspace takes its own forms only (application/x-www-form-urlencoded).'),
      );
    parseForm(req, res, next);
  };
  const noStore = (_req: Request, res: Response, next: () => void) => {
    res.set('Cache-Control', 'no-store');
    next();
  };
  const editorOf = (res: Response) => res.locals.editor as Editor;
  const body = (req: Request): FormBody => (req.body && typeof req.body === 'object' ? req.body : {}) as FormBody;

  router.use(['/sign-in', '/sign-out', '/workspace'], noStore);

  router.get('/sign-in', (req, res) => {
    if (res.locals.editor) return res.redirect(303, safeNext(req.query.next));
    const token = crypto.randomBytes(32).toString('base64url');
    setCookie(req, res, SIGN_IN_COOKIE, token, { maxAgeSeconds: 3600, path: '/sign-in' });
    sendPage(res, <SignInPage csrf={token} next={safeNext(req.query.next)} />);
  });

  // Sign-ins are counted per address before any key is looked at, so guessing keys through the form is as slow as
  // the bucket allows; an editor signs in far less often than that.
  const signIns = limiter('sign-in', { perSecond: 0.2, burst: 20 });
  router.post('/sign-in', form, async (req, res) => {
    const wait = await take(signIns, req.ip ?? 'unknown');
    if (wait > 0) throw new TooManyRequestsError(`Too many sign-ins from this address: try again in ${wait} seconds.`, wait);
    const given = body(req);
    const next = safeNext(given.next);
    const expected = readCookies(req).get(SIGN_IN_COOKIE) ?? '';
    const token = crypto.randomBytes(32).toString('base64url');
    const again = (status: number, error: string) => {
      setCookie(req, res, SIGN_IN_COOKIE, token, { maxAgeSeconds: 3600, path: '/sign-in' });
      sendPage(res, <SignInPage csrf={token} next={next} error={error} />, status);
    };
    if (!sameSecret(typeof given.csrf === 'string' ? given.csrf : '', expected)) {
      return again(403, 'The sign-in form had expired or came from elsewhere (cookies must be on). Enter your key again.');
    }
    const key = typeof given.key === 'string' ? given.key.trim() : '';
    if (!/^\S{1,200}$/.test(key)) return again(400, 'Enter an API key.');
    const keyHash = hashKey(key);
    const principal = await auth.principalOfHash(keyHash);
    if (!principal) return again(401, 'That API key is not valid or has been revoked.');
    if (!EDITOR_ROLES.has(principal.role))
      return again(403, `That key's role is ${principal.role}: the workspace needs an editor or admin key.`);
    const session = await services.sessions.open(keyHash, config.sessionHours);
    clearCookie(req, res, SIGN_IN_COOKIE, '/sign-in');
    setCookie(req, res, SESSION_COOKIE, session.id, { maxAgeSeconds: config.sessionHours * 3600 });
    res.redirect(303, next);
  });

  router.post('/sign-out', form, sessions.require, sessions.csrf, async (_req, res) => {
    await services.sessions.close(editorOf(res).sessionId);
    clearCookie(_req, res, SESSION_COOKIE);
    res.redirect(303, '/sign-in');
  });

  router.use('/workspace', sessions.require, (req, res, next) => {
    if (req.method !== 'POST') return next();
    form(req, res, (err?: unknown) => {
      if (err) return next(err);
      try {
        sessions.csrf(req, res, next);
      } catch (e) {
        next(e);
      }
    });
  });

  const vocabularies = async (): Promise<Vocabularies> => {
    const [metrics, groups] = await Promise.all([services.vocabulary.listMetrics(), services.vocabulary.listGroups()]);
    return { metrics, groups, places: services.places.all() };
  };

  const home = async (res: Response, values: Record<string, string> = {}, error?: FormError) => {
    const [publishers, documents] = await Promise.all([workspaceDocuments.publishers(), workspaceDocuments.recentDocuments()]);
    sendPage(
      res,
      <WorkspaceHome
        editor={editorOf(res)}
        publishers={publishers}
        documents={documents}
        values={values}
        errors={error?.errors ?? []}
        message={error?.message}
      />,
      error ? 422 : 200,
    );
  };

  router.get('/workspace', async (_req, res) => home(res));

  router.get('/workspace/open', (req, res) => {
    const id = typeof req.query.id === 'string' ? req.query.id.trim() : '';
    if (!/^\d{1,15}$/.test(id))
      throw new DomainError('invalid_input', 'Give a document id (digits).', [{ field: 'id', message: 'must be a document id' }]);
    res.redirect(303, `/workspace/documents/${id}`);
  });

  router.post('/workspace/documents', async (req, res) => {
    try {
      const doc = await workspaceDocuments.createDocument(body(req), editorOf(res).principal);
      res.redirect(303, `/workspace/documents/${doc.id}`);
    } catch (e) {
      if (!(e instanceof FormError)) throw e;
      const values = Object.fromEntries(Object.entries(body(req)).filter(([k, v]) => k !== 'csrf' && typeof v === 'string')) as Record<
        string,
        string
      >;
      await home(res, values, e);
    }
  });

  const review = async (
    res: Response,
    id: number,
    state: { candidate?: string; form?: CandidateFormState; notice?: string } = {},
    status = 200,
  ) => {
    const editor = editorOf(res);
    const [r, vocab] = await Promise.all([workspace.review(id, editor.principal), vocabularies()]);
    const forms = new Map(
      r.extraction.candidates.map((c) => [
        c.id,
        { form: candidateForm(c, r.extraction.candidates, r.claimantChoice.get(c.id) ?? 'new'), errors: [] } as CandidateFormState,
      ]),
    );
    if (state.candidate && state.form) forms.set(state.candidate, state.form);
    const manual = state.candidate === 'manual' && state.form ? state.form : { form: emptyClaimForm(), errors: [] };
    sendPage(res, <ReviewPage editor={editor} review={r} vocab={vocab} forms={forms} manual={manual} notice={state.notice} />, status);
  };

  const notices: Record<string, (v: string) => string> = {
    accepted: (v) => `Saved as claim ${v}.`,
    source: (v) => `Added as a source of claim ${v}.`,
    rejected: (v) => `Candidate ${v} rejected.`,
    reopened: (v) => `Candidate ${v} is open again.`,
    high: (v) => v,
    proposed: (v) => v,
    text: () => 'The text is saved: the ledger proposed the figures it found in it.',
  };

  router.get('/workspace/documents/:id', async (req, res) => {
    const id = documentId(req);
    const done = Object.keys(notices).find((k) => typeof req.query[k] === 'string');
    const value = done ? String(req.query[done]).slice(0, 200) : '';
    await review(res, id, { notice: done && /^[\w ,.:()-]*$/.test(value) ? notices[done](value) : undefined });
  });

  /** After a decision the editor lands on the next candidate still open. */
  const nextOpen = (r: Review, after: string | null): string => {
    const cands = r.extraction.candidates;
    const from = after === null ? -1 : cands.findIndex((c) => c.id === after);
    const next = [...cands.slice(from + 1), ...cands.slice(0, Math.max(from, 0))].find((c) => !r.decisions.has(c.id));
    return next ? `#cand-${next.id}` : '#cands-h';
  };

  const decide = async (req: Request, res: Response, cid: string | null) => {
    const id = documentId(req);
    const principal = editorOf(res).principal;
    const action = field(body(req), 'action', 20) || 'accept';
    if (action === 'reject' && cid !== null) {
      await workspace.reject(id, cid, principal);
      return res.redirect(303, `/workspace/documents/${id}?rejected=${cid}${nextOpen(await workspace.review(id, principal), cid)}`);
    }
    if (action !== 'accept' && action !== 'add_source')
      throw new DomainError('invalid_input', 'Unknown action.', [{ field: 'action', message: 'must be accept, add_source or reject' }]);
    const claimForm = readClaimForm(body(req));
    try {
      const claim =
        action === 'accept'
          ? await workspace.accept(id, cid, claimForm, principal)
          : await workspace.addSource(id, cid, claimForm, principal);
      const r = await workspace.review(id, principal);
      res.redirect(
        303,
        `/workspace/documents/${id}?${action === 'accept' ? 'accepted' : 'source'}=${claim.id}${cid === null ? '#cand-manual' : nextOpen(r, cid)}`,
      );
    } catch (e) {
      if (!(e instanceof FormError)) throw e;
      await review(
        res,
        id,
        { candidate: cid ?? 'manual', form: { form: claimForm, errors: e.errors, message: e.message, holders: e.holders } },
        422,
      );
    }
  };

  router.post('/workspace/documents/:id/candidates/:cid', async (req, res) => decide(req, res, candidateId(req)));
  router.post('/workspace/documents/:id/claims', async (req, res) => decide(req, res, null));

  router.post('/workspace/documents/:id/candidates/:cid/reconsider', async (req, res) => {
    const id = documentId(req);
    const cid = candidateId(req);
    await workspace.reconsider(id, cid, editorOf(res).principal);
    res.redirect(303, `/workspace/documents/${id}?reopened=${cid}#cand-${cid}`);
  });

  router.post('/workspace/documents/:id/propose-again', async (req, res) => {
    const id = documentId(req);
    const r = await workspace.proposeAgain(id, editorOf(res).principal);
    const notice = `Proposed again: ${r.added} new, ${r.updated} proposed anew, ${r.dropped} no longer proposed, ${r.kept} decided kept as they were`;
    res.redirect(303, `/workspace/documents/${id}?proposed=${encodeURIComponent(notice)}#cands-h`);
  });

  router.post('/workspace/documents/:id/text', async (req, res) => {
    const id = documentId(req);
    try {
      await workspaceDocuments.addText(id, body(req), editorOf(res).principal);
      res.redirect(303, `/workspace/documents/${id}?text=added`);
    } catch (e) {
      if (!(e instanceof FormError)) throw e;
      const document = await services.documents.get(id, false);
      sendPage(
        res,
        <AddTextPage
          editor={editorOf(res)}
          document={document}
          text={field(body(req), 'text', 2_000_000)}
          errors={e.errors}
          message={e.message}
        />,
        422,
      );
    }
  });

  router.post('/workspace/documents/:id/accept-high', async (req, res) => {
    const id = documentId(req);
    const { accepted, left } = await workspace.acceptHighConfidence(id, editorOf(res).principal);
    const notice = `${accepted} accepted${left > 0 ? `, ${left} need your attention` : ''}`;
    res.redirect(303, `/workspace/documents/${id}?high=${encodeURIComponent(notice)}`);
  });

  // Errors of workspace pages are pages too, with the editor's way back; the API's errors stay problem+json.
  router.use(['/sign-in', '/sign-out', '/workspace'], (rawErr: unknown, _req: Request, res: Response, next: (e: unknown) => void) => {
    const err = asHttpError(rawErr);
    // A document without text, whatever was asked of it: the page that says so and takes its text.
    if (rawErr instanceof NoTextError && res.locals.editor)
      return sendPage(
        res,
        <AddTextPage editor={editorOf(res)} document={rawErr.document} text="" errors={[]} />,
        _req.method === 'GET' ? 200 : 409,
      );
    if (!(err instanceof HttpError) && !isParserError(err)) return next(rawErr);
    const status = err instanceof HttpError ? err.status : (err as { status: number }).status;
    const message =
      err instanceof HttpError
        ? [err.message, ...err.errors.map((e) => `${e.field}: ${e.message}`)].join(' ')
        : status === 413
          ? 'The form is too large.'
          : 'The form could not be read.';
    if (err instanceof HttpError) res.set(err.headers);
    sendPage(res, <MessagePage title={titleOf(status)} message={message} status={status} />, status);
  });

  return router;
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
