import crypto from 'node:crypto';
import type { RequestHandler } from 'express';
import { DomainError } from '../../errors';
import type { Principal } from '../../keys/principal';
import type { SessionStore } from '../../sessions/store';
import { withoutOutcome } from '../outcome';
import { clearCookie, readCookies } from '../cookies';

export const SESSION_COOKIE = 'cl_session';
/** The sign-in form's own token (double-submit): it stops another site from signing a browser in with the attacker's key. */
export const SIGN_IN_COOKIE = 'cl_sign_in';

/** The editor signed in to this request's session. */
export interface Editor {
  principal: Principal;
  sessionId: string;
  /** The session's form token as this response's pages carry it: masked (maskToken), different in every response. */
  csrfToken: string;
  /** The session's form token itself, which a form's unmasked token must equal. */
  csrfSecret: string;
  /** The hash of the key the session was opened with (hashKey), which a stale sign-in form's key is compared with. */
  keyHash: string;
}

/**
 * A form token masked with a random pad of its length (the pad, then the token XOR the pad): the same token, but never
 * the same bytes in two pages. Pages are sent compressed, and a secret repeated verbatim in compressed responses that
 * also reflect text of a requester's choosing can be guessed from their sizes (BREACH); a masked one cannot.
 */
export function maskToken(token: string): string {
  const bytes = Buffer.from(token, 'utf8');
  const pad = crypto.randomBytes(bytes.length);
  return `${pad.toString('base64url')}.${Buffer.from(bytes.map((b, i) => b ^ pad[i])).toString('base64url')}`;
}

/** The token a masked one stands for, or '' for anything that is not a masked token. */
export function unmaskToken(masked: string): string {
  const m = /^([\w-]{1,200})\.([\w-]{1,200})$/.exec(masked);
  if (!m) return '';
  const pad = Buffer.from(m[1], 'base64url');
  const xored = Buffer.from(m[2], 'base64url');
  if (pad.length !== xored.length) return '';
  return Buffer.from(xored.map((b, i) => b ^ pad[i])).toString('utf8');
}

/** Compares two secrets in constant time, whatever their lengths. */
export function sameSecret(given: string, expected: string): boolean {
  const a = crypto.createHash('sha256').update(given).digest();
  const b = crypto.createHash('sha256').update(expected).digest();
  return crypto.timingSafeEqual(a, b) && given.length > 0 && expected.length > 0;
}

const TOKEN = /^[\w-]{20,100}$/;
const EDITOR_ROLES = new Set(['editor', 'admin']);

/**
 * A page's address as this site writes it: a path of its own (one `/`, never `//` nor `/\`, which a browser reads as
 * another site), in characters an address needs no escaping for (`%` escapes the rest), neither the API's nor signing
 * in's or out's.
 */
const OWN_PAGE = /^\/(?![/\\]|v1(?:[/?#]|$)|sign-(?:in|out)(?:[/?#]|$))[\w\-./?=&%:,+~!*'()@#]*$/;

/**
 * Where signing in brings an editor back to: the page they were on or asked for (`next`), never another site, and never
 * the outcome its address named (`?created=1`: it was said once already); else the workspace.
 */
export function safeNext(next: unknown): string {
  return typeof next === 'string' && OWN_PAGE.test(next) && isOwnPage(next) ? withoutOutcome(next) : '/workspace';
}

/** An origin no address of the ledger's can name, to read a path against as a browser would. */
const NOWHERE = 'http://ledger.invalid';

/**
 * A path that is still one of the site's pages once read as the router and a browser read it: case-blind (`/V1/keys`,
 * `/SIGN-OUT` are the API's and signing out), its dot segments resolved (`/./v1/keys`, `/%2e/v1/keys`), never another
 * site after that (`/.//host`).
 */
function isOwnPage(next: string): boolean {
  let path: string;
  try {
    const url = new URL(next, NOWHERE);
    if (url.origin !== NOWHERE) return false;
    path = url.pathname;
  } catch {
    return false;
  }
  return !/^\/(?:[/\\]|v1(?:\/|$)|sign-(?:in|out)(?:\/|$))/i.test(path);
}

/** The editor of a live session, as a request's pages see them (`res.locals.editor`). */
export function sessionEditor(principal: Principal, sessionId: string, csrfSecret: string, keyHash: string): Editor {
  return { principal, sessionId, csrfToken: maskToken(csrfSecret), csrfSecret, keyHash };
}

export type Sessions = ReturnType<typeof createSessions>;

/** `auth` finds the principal of an API key by its hash (Auth.principalOfHash in src/http/auth.ts). */
export function createSessions(deps: { store: SessionStore; auth: { principalOfHash(keyHash: string): Promise<Principal | null> } }) {
  const { store, auth } = deps;

  /**
   * Resolves the session cookie into res.locals.editor. The key behind the session is looked up on every request,
   * so a revoked key, or one whose role fell below editor, ends the session at once. Never used under /v1: the API
   * takes Bearer keys only, so a cookie can never authorize an API write.
   */
  const load: RequestHandler = async (req, res, next) => {
    const id = readCookies(req).get(SESSION_COOKIE);
    if (!id) return next();
    const session = TOKEN.test(id) ? await store.find(id) : undefined;
    const principal = session ? await auth.principalOfHash(session.key_hash) : null;
    if (!session || !principal || !EDITOR_ROLES.has(principal.role)) {
      if (session) await store.close(id);
      clearCookie(req, res, SESSION_COOKIE);
      return next();
    }
    res.locals.editor = sessionEditor(principal, id, session.csrf_token, session.key_hash);
    next();
  };

  /** Pages of the workspace need a session; a signed-out browser is sent to sign in and brought back. */
  const require: RequestHandler = (req, res, next) => {
    if (res.locals.editor) return next();
    if (req.method === 'GET' || req.method === 'HEAD') {
      return res.redirect(303, `/sign-in?next=${encodeURIComponent(safeNext(req.originalUrl))}`);
    }
    throw new DomainError('unauthenticated', 'Your session has ended or you are not signed in: sign in again, then send the form again.');
  };

  /** Every form post of a session carries its synchronizer token. */
  const csrf: RequestHandler = (req, res, next) => {
    const editor = res.locals.editor as Editor;
    const given = typeof req.body?.csrf === 'string' ? req.body.csrf : '';
    if (!sameSecret(unmaskToken(given), editor.csrfSecret))
      throw new DomainError(
        'forbidden',
        'The form is missing its security token or it does not match your session: reload the page and send it again.',
      );
    next();
  };

  return { load, require, csrf };
}
