import crypto from 'node:crypto';
import express, { Request, Response, Router } from 'express';
import type { Config } from '../../config';
import type { Auth } from '../../http/auth';
import { clientAddress, LimiterFactory, take, TooManyRequestsError } from '../../http/rateLimit';
import { hashKey } from '../../keys/principal';
import type { Services } from '../../services';
import { sendPage } from '../render';
import type { FormBody } from './form';
import { SignInPage } from './pages';
import { Editor, maskToken, safeNext, sameSecret, SESSION_COOKIE, sessionEditor, Sessions, SIGN_IN_COOKIE, unmaskToken } from './session';
import { clearCookie, readCookies, setCookie } from '../cookies';
import { type CarriedForm, readCarried } from './carriedForm';
import { pageOfForm } from './review';
import { redirectAfterWrite, withOutcome } from '../outcome';

const EDITOR_ROLES = new Set(['editor', 'admin']);

/** A sign-in token as `sendSignIn` makes them. */
const SIGN_IN_TOKEN = /^[\w-]{43}$/;

/**
 * The sign-in page, its form carrying the browser's sign-in token (double-submit: the same in a cookie of the sign-in
 * path). One token per browser while its cookie lasts, not one per page: a page of its own replaced the cookie, so of
 * two tabs asking for the key (a session ended under both), only the later one could sign in, the other told that its
 * form "had expired or came from elsewhere". The page carries the token masked (`maskToken`), never the same bytes in
 * two pages, as the session's token is: the page reflects `next` and a carried form, and is sent compressed (BREACH).
 */
export function sendSignIn(req: Request, res: Response, props: Omit<Parameters<typeof SignInPage>[0], 'csrf'>, status = 200): void {
  const held = readCookies(req).get(SIGN_IN_COOKIE);
  const token = held && SIGN_IN_TOKEN.test(held) ? held : crypto.randomBytes(32).toString('base64url');
  setCookie(req, res, SIGN_IN_COOKIE, token, { maxAgeSeconds: 3600, path: '/sign-in' });
  sendPage(res, <SignInPage csrf={maskToken(token)} {...props} />, status);
}

/**
 * Signing in with an API key for a session cookie, and signing out. `form` reads the workspace's form bodies; `resume`
 * shows a form carried through signing in (carriedForm.ts) again, filled in, for the editor now signed in.
 */
export function signInRouter({
  services,
  auth,
  config,
  limiter,
  sessions,
  form,
  resume,
}: {
  services: Services;
  auth: Auth;
  config: Config;
  limiter: LimiterFactory;
  sessions: Sessions;
  form: express.RequestHandler;
  resume: (res: Response, carried: CarriedForm) => Promise<void>;
}): Router {
  const router = express.Router();
  const editorOf = (res: Response) => res.locals.editor as Editor;
  const body = (req: Request): FormBody => (req.body && typeof req.body === 'object' ? req.body : {}) as FormBody;

  router.get('/sign-in', (req, res) => {
    if (res.locals.editor) return res.redirect(303, safeNext(req.query.next));
    sendSignIn(req, res, { next: safeNext(req.query.next) });
  });

  // Sign-ins are counted per address before any key is looked at, so guessing keys through the form is as slow as
  // the bucket allows; an editor signs in far less often than that.
  const signIns = limiter('sign-in', { perSecond: 0.2, burst: 20 });
  router.post('/sign-in', form, async (req, res) => {
    const wait = await take(signIns, clientAddress(req, config.trustProxy));
    if (wait > 0) throw new TooManyRequestsError(`Too many sign-ins from this address: try again in ${wait} seconds.`, wait);
    const given = body(req);
    const next = safeNext(given.next);
    const carried = readCarried(req, given);
    const expected = readCookies(req).get(SIGN_IN_COOKIE) ?? '';
    const again = (status: number, error: string) => sendSignIn(req, res, { next, error, carried }, status);
    if (!sameSecret(typeof given.csrf === 'string' ? unmaskToken(given.csrf) : '', expected)) {
      // Signed in meanwhile in another tab, whose sign-in cleared this form's token: the browser's session is open (its
      // cookie is SameSite=Strict, so another site's post never has one), so this form goes on as a sign-in does, where
      // asking for the key again, then signing in, would end that session and stale every page the other tab holds.
      // Only with no key or the session's own key (by its hash, as a sign-in finds it): a stale form with another key
      // is a sign-in as somebody else, which this form's token cannot make; it is asked again and nothing changes.
      if (res.locals.editor) {
        const typed = typeof given.key === 'string' ? given.key.trim() : '';
        if (typed === '' || sameSecret(hashKey(typed), editorOf(res).keyHash))
          return carried ? resumeCarried(res, carried) : res.redirect(303, next);
        return again(403, 'You are signed in with another key: sign out first, then sign in with this one.');
      }
      return again(403, 'The sign-in form had expired or came from elsewhere (cookies must be on). Enter your key again.');
    }
    const key = typeof given.key === 'string' ? given.key.trim() : '';
    if (!/^\S{1,200}$/.test(key)) return again(400, 'Enter an API key.');
    const keyHash = hashKey(key);
    const principal = await auth.principalOfHash(keyHash);
    if (!principal) return again(401, 'That API key is not valid or has been revoked.');
    if (!EDITOR_ROLES.has(principal.role))
      return again(403, `That key's role is ${principal.role}: the workspace needs an editor or admin key.`);
    // The session this browser held (a sign-in again, perhaps with another key) ends here, not when it expires: one
    // browser, one open session, and a cookie copied before cannot outlive the sign-in that replaced it.
    const previous = readCookies(req).get(SESSION_COOKIE);
    if (previous) await services.sessions.close(previous);
    const session = await services.sessions.open(keyHash, config.sessionHours);
    clearCookie(req, res, SIGN_IN_COOKIE, '/sign-in');
    setCookie(req, res, SESSION_COOKIE, session.id, { maxAgeSeconds: config.sessionHours * 3600 });
    if (!carried) return redirectAfterWrite(res, withOutcome(next, 'signed_in'));
    res.locals.editor = sessionEditor(principal, session.id, session.csrfToken, keyHash);
    await resumeCarried(res, carried);
  });

  /** The form carried through signing in, shown again for the editor now signed in (res.locals.editor). */
  const resumeCarried = async (res: Response, carried: CarriedForm) => {
    // The form's page answers this POST: the script puts its address in the address bar (render.tsx, PageAddressContext).
    res.locals.pageAddress = pageOfForm(carried.action);
    await resume(res, carried);
  };

  router.post('/sign-out', form, sessions.require, sessions.csrf, async (_req, res) => {
    await services.sessions.close(editorOf(res).sessionId);
    clearCookie(_req, res, SESSION_COOKIE);
    redirectAfterWrite(res, withOutcome('/sign-in', 'signed_out'));
  });

  return router;
}
