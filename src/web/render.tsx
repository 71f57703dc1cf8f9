import zlib from 'node:zlib';
import type { Response } from 'express';
import { createContext, type VNode } from 'preact';
import { render } from 'preact-render-to-string';
import { type Outcome, outcomeToSay } from './outcome';

/** Who is signed in to the editors' workspace, as every page's header shows it. */
export interface SignedIn {
  name: string;
  role: string;
  /** The session's form token, for the header's sign-out form. */
  csrfToken: string;
}

/** The signed-in editor of the request being rendered, or null: read by the layout's header. */
export const SignedInContext = createContext<SignedIn | null>(null);

/** The path of the page being rendered (no query string): the layout's navigation marks the link to it as current. */
export const PagePathContext = createContext<string>('');

/**
 * The address of the page being rendered when it is not the request's: a form resumed after signing in is the answer
 * to the sign-in's POST, but its page is the form's own (`res.locals.pageAddress`). The layout gives it to the script,
 * which shows it in the address bar, so that a reload or a bookmark is the form's page, not the sign-in's.
 */
export const PageAddressContext = createContext<string | undefined>(undefined);

/**
 * The page a visitor signing in from this one is brought back to (the header's "Sign in" carries it as `next`): this
 * page's address without its outcome; none on an error page.
 */
export const ReturnAddressContext = createContext<string | undefined>(undefined);

/** What the page says about the form just sent (`res.locals.outcome`: outcome.ts), shown by OutcomeNotice. */
export const OutcomeContext = createContext<Outcome | undefined>(undefined);

/**
 * Pages smaller than this go as they are: compressing them saves less than a packet. Larger ones are mostly markup
 * that repeats (the review of a report of 522 candidates, a row each: 820 KB, 69 KB gzipped).
 */
const COMPRESS_FROM_BYTES = 8 * 1024;

/**
 * Sends a server-rendered page. Preact escapes every string it is given: stored text never becomes markup. A page
 * rendered for a signed-in editor names them and holds their form token, so no cache may keep it for anyone else.
 *
 * A large page is sent gzipped to a browser that takes it. Its one secret, the session's form token, cannot be guessed
 * from compressed sizes (BREACH): it is rendered only for requests carrying the SameSite=Strict session cookie, and
 * masked anew in every response (session.ts, maskToken); the sign-in page's token is the browser's while its cookie
 * lasts (one for its tabs: signInRouter.tsx, sendSignIn), masked anew in every page as the session's is.
 */
export function sendPage(res: Response, page: VNode, status = 200): void {
  const editor = res.locals.editor as { principal: { name: string; role: string }; csrfToken: string } | undefined;
  const signedIn = editor ? { name: editor.principal.name, role: editor.principal.role, csrfToken: editor.csrfToken } : null;
  res.vary('Cookie');
  if (signedIn) res.set('Cache-Control', 'private, no-store');
  const address = res.locals.pageAddress as string | undefined;
  const path = (address ?? res.req.originalUrl).split(/[?#]/, 1)[0];
  const outcome = outcomeToSay(res, status);
  const html =
    '<!doctype html>' +
    render(
      <PagePathContext.Provider value={path}>
        <PageAddressContext.Provider value={address}>
          <SignedInContext.Provider value={signedIn}>
            <ReturnAddressContext.Provider value={status < 400 ? (address ?? res.req.originalUrl) : undefined}>
              <OutcomeContext.Provider value={outcome}>{page}</OutcomeContext.Provider>
            </ReturnAddressContext.Provider>
          </SignedInContext.Provider>
        </PageAddressContext.Provider>
      </PagePathContext.Provider>,
    );
  res.status(status).type('html');
  if (html.length < COMPRESS_FROM_BYTES) return void res.send(html);
  res.vary('Accept-Encoding');
  if (res.req.acceptsEncodings('gzip', 'identity') !== 'gzip') return void res.send(html);
  zlib.gzip(html, (err, gzipped) => {
    // Answered meanwhile (a read past its time limit gets its 503 from answerSlowReads while a large page is being
    // compressed): setting headers now would throw outside any handler and stop the server.
    if (res.headersSent) return;
    if (err) return void res.send(html);
    res.set('Content-Encoding', 'gzip').send(gzipped);
  });
}
