import type { Request } from 'express';
import { FORM_ID_FIELD } from './onceForms';
import type { FormBody } from './form';

/**
 * A workspace form posted after its session had ended, carried through the sign-in page so that the editor's input is
 * not lost: its fields ride as hidden fields of the sign-in form's POST body (never in an address), and after a
 * successful sign-in the form's page is shown again filled in with them, not saved (it comes with the new session's
 * token and a new one-time id, and the editor sends it again).
 */
export interface CarriedForm {
  /** The path the form was posted to (its action without the fragment). */
  action: string;
  /** The form's fields as sent, but for its tokens. */
  fields: Record<string, string>;
}

/** The sign-in form's field naming the carried form's action; the form's own fields are prefixed with CARRIED. */
export const CARRIED_ACTION = 'carried_action';
const CARRIED = 'carried.';
/** The carried fields' size as a form body (URL-encoded): a pasted article fits, a sign-in body stays small. */
export const CARRY_LIMIT = 256 * 1024;
/** Never carried: the old session's tokens (fresh ones come with the new session's page) and the sign-in form's own. */
const NOT_CARRIED = new Set(['csrf', FORM_ID_FIELD, 'key', 'next']);
/** The workspace's form actions: documents, their candidates and actions, claims' edit and retract forms. */
const ACTION = /^\/workspace\/(?:documents(?:\/\d{1,15}(?:\/[\w-]{1,40}){0,2})?|claims\/\d{1,15}\/(?:edit|retract))$/;
const NAME = /^[\w.-]{1,60}$/;

/** The host (and port) of an `Origin` or `Referer` header, or null when it is none (`null`, garbage). */
function hostOf(header: string): string | null {
  try {
    const url = new URL(header);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.host : null;
  } catch {
    return null;
  }
}

/**
 * Whether a request was sent by a page of this site, as OWASP's CSRF cheat sheet checks it: by Fetch Metadata
 * (`Sec-Fetch-Site`, sent by current browsers over HTTPS and to localhost), else by the `Origin` header's host, else by
 * the `Referer`'s, against the host the request was sent to (`req.host`, the proxy's forwarded one when trusted). A
 * request saying none of them (a browser too old for Fetch Metadata under the pages' `Referrer-Policy: no-referrer`,
 * which sends `Origin: null`; a privacy tool that strips them) is not taken as this site's: its form is not carried.
 */
export function sentFromThisSite(req: Request): boolean {
  const site = req.get('sec-fetch-site');
  if (site !== undefined) return site === 'same-origin';
  const origin = req.get('origin');
  if (origin !== undefined) return hostOf(origin) === req.host;
  const referer = req.get('referer');
  return referer !== undefined && hostOf(referer) === req.host;
}

const encodedSize = (fields: Record<string, string>): number =>
  Object.entries(fields).reduce((n, [k, v]) => n + encodeURIComponent(k).length + encodeURIComponent(v).length + 2, 0);

/**
 * The form of a POST refused for want of a session, to carry through signing in: undefined when there is nothing to
 * carry (not a workspace form, or posted from another site, whose fields an editor must never be led to send as their
 * own), 'too large' past CARRY_LIMIT.
 */
export function formToCarry(req: Request, body: FormBody): CarriedForm | 'too large' | undefined {
  const action = req.originalUrl.split(/[?#]/, 1)[0];
  if (!ACTION.test(action) || !sentFromThisSite(req)) return undefined;
  const fields = Object.fromEntries(
    Object.entries(body).filter((e): e is [string, string] => typeof e[1] === 'string' && NAME.test(e[0]) && !NOT_CARRIED.has(e[0])),
  );
  return encodedSize(fields) > CARRY_LIMIT ? 'too large' : { action, fields };
}

/** The carried form in a sign-in form's body (posted from this site), or undefined. */
export function readCarried(req: Request, body: FormBody): CarriedForm | undefined {
  const action = body[CARRIED_ACTION];
  if (typeof action !== 'string' || !ACTION.test(action) || !sentFromThisSite(req)) return undefined;
  const fields: Record<string, string> = {};
  for (const [k, v] of Object.entries(body)) {
    const name = k.slice(CARRIED.length);
    if (k.startsWith(CARRIED) && typeof v === 'string' && NAME.test(name) && !NOT_CARRIED.has(name)) fields[name] = v;
  }
  return encodedSize(fields) > CARRY_LIMIT ? undefined : { action, fields };
}

/** The carried form as the sign-in form's hidden fields. */
export function CarriedFields({ carried }: { carried: CarriedForm }) {
  return (
    <>
      <input type="hidden" name={CARRIED_ACTION} value={carried.action} />
      {Object.entries(carried.fields).map(([name, value]) => (
        <input type="hidden" name={`${CARRIED}${name}`} value={value} />
      ))}
    </>
  );
}

/** What the form's page says when it comes back filled in after signing in. */
export const NOT_YET_SAVED =
  'Not saved yet: your session had ended when you sent this form. It is filled in as you sent it: check it and send it again.';
