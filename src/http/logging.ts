import pino, { DestinationStream, Logger } from 'pino';

/** Query parameters whose value is a secret by its name (a key sent the wrong way is refused, and must not be logged either). */
const SECRET_NAME = /key|token|secret|pass|auth|session|sig|cookie|credential|bearer/i;
/** The ledger's own API keys, wherever they appear. */
const API_KEY_SHAPE = /cl_[A-Za-z0-9_-]{16,}/g;
const REDACTED = '[redacted]';

/**
 * A request URL fit for the log: values of parameters named like secrets, anything shaped like an API key, and
 * each of `secrets` (ADMIN_API_KEY) replaced by [redacted], wherever they appear.
 */
export function redactUrl(url: string, secrets: readonly string[] = []): string {
  let out = url.replace(API_KEY_SHAPE, REDACTED);
  for (const secret of secrets) {
    if (secret.length >= 8) {
      out = out.split(secret).join(REDACTED).split(encodeURIComponent(secret)).join(REDACTED);
    }
  }
  const q = out.indexOf('?');
  if (q < 0) return out;
  const query = out
    .slice(q + 1)
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      let name = eq < 0 ? pair : pair.slice(0, eq);
      try {
        name = decodeURIComponent(name.replace(/\+/g, ' '));
      } catch {
        /* logged as sent */
      }
      return SECRET_NAME.test(name) && eq >= 0 ? `${pair.slice(0, eq)}=${REDACTED}` : pair;
    });
  return `${out.slice(0, q)}?${query.join('&')}`;
}

/**
 * The service's logger: pino JSON lines, with the headers that carry secrets (Authorization, Cookie,
 * Proxy-Authorization, Set-Cookie) redacted wherever a log object holds them. URLs go through redactUrl.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const headers = ['authorization', 'cookie', 'proxy-authorization', 'set-cookie', 'x-api-key'];
  const paths = headers.flatMap((h) => [
    `headers["${h}"]`,
    `req.headers["${h}"]`,
    `*.headers["${h}"]`,
    `err.headers["${h}"]`,
    `err.config.headers["${h}"]`,
  ]);
  const options = { level, redact: { paths, censor: REDACTED } };
  return destination ? pino(options, destination) : pino(options);
}
