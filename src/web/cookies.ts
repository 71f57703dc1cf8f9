import type { Request, Response } from 'express';

/*
 * The ledger's cookies (the session's, the sign-in form's token, the outcome's flash), read and set in one way.
 */

/**
 * Over HTTPS the ledger's cookies carry this prefix: a browser takes a `__Host-` cookie only from the origin itself,
 * Secure, on Path=/ and without Domain, so a sibling subdomain (or a man in the middle of plain http) cannot plant one
 * ahead of ours, as it can a cookie without it (a session fixed to the attacker's, or the sign-in form's token chosen
 * by the attacker, which signs the browser in with the attacker's key). Browsers refuse a Secure cookie over plain
 * http (but on localhost), so over http the names are plain: the request's security decides (`req.secure`: TLS, or
 * X-Forwarded-Proto from a proxy TRUST_PROXY trusts), and each request reads only the names of its own security.
 */
const SECURE_PREFIX = '__Host-';

/**
 * The ledger's cookies of a request, by their names, read without a dependency (values as sent: ours are base64url,
 * never quoted): over HTTPS only those sent under the `__Host-` prefix, named without it; over http only the others.
 * The first of a name sent twice is taken.
 */
export function readCookies(req: Request): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (req.get('cookie') ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const sent = part.slice(0, eq).trim();
    if (sent.startsWith(SECURE_PREFIX) !== req.secure) continue;
    const name = req.secure ? sent.slice(SECURE_PREFIX.length) : sent;
    if (!cookies.has(name)) cookies.set(name, part.slice(eq + 1).trim());
  }
  return cookies;
}

/**
 * HttpOnly and SameSite=Strict; over HTTPS also Secure, and named with the `__Host-` prefix, which needs Path=/ (the
 * path asked for holds over plain http only).
 */
export function setCookie(
  req: Request,
  res: Response,
  name: string,
  value: string,
  options: { maxAgeSeconds: number; path?: string },
): void {
  const [sent, path] = req.secure ? [`${SECURE_PREFIX}${name}`, '/'] : [name, options.path ?? '/'];
  const parts = [`${sent}=${value}`, `Path=${path}`, `Max-Age=${options.maxAgeSeconds}`, 'HttpOnly', 'SameSite=Strict'];
  if (req.secure) parts.push('Secure');
  res.append('Set-Cookie', parts.join('; '));
}

export function clearCookie(req: Request, res: Response, name: string, path = '/'): void {
  setCookie(req, res, name, '', { maxAgeSeconds: 0, path });
}
