import type { Express, Request, RequestHandler, Response } from 'express';
import { sendProblem } from './problem';

/**
 * The few parts of express's router (the `router` package, express 5) this file reads: a router's `stack` of
 * layers; a layer's `matchers` (functions of a path answering `{ path }` or false, without changing the layer, as
 * `layer.match` would) and `slash` (mounted at `/`); a route layer's `route.methods` (`{ get: true }`, `_all` for
 * `router.all`); a mounted router's layer `handle.stack`. tests/http/methods.test.ts fails if this shape changes.
 */
interface RouterLayer {
  matchers?: ((path: string) => { path: string } | false)[];
  slash?: boolean;
  route?: { methods: Record<string, boolean> };
  handle?: { stack?: RouterLayer[] };
}

/** The part of `path` a layer matches, or null (a path that is not valid percent-encoding matches nothing). */
function matched(layer: RouterLayer, path: string): string | null {
  if (layer.slash) return '';
  for (const match of layer.matchers ?? []) {
    try {
      const m = match(path);
      if (m) return m.path;
    } catch {
      return null;
    }
  }
  return null;
}

/** Adds the methods the routes of `stack` serve at `path` to `into`; `*` when a route serves every method. */
function collect(stack: readonly RouterLayer[], path: string, into: Set<string>): void {
  for (const layer of stack) {
    const prefix = matched(layer, path);
    if (prefix === null) continue;
    if (layer.route) {
      for (const [method, on] of Object.entries(layer.route.methods)) if (on) into.add(method === '_all' ? '*' : method.toUpperCase());
    } else if (Array.isArray(layer.handle?.stack)) {
      const rest = path.slice(prefix.length);
      collect(layer.handle.stack, rest.startsWith('/') ? rest : `/${rest}`, into);
    }
  }
}

/**
 * The methods `path` answers, read from the app's own router (so a route added later is counted without being
 * listed here): GET brings HEAD, and OPTIONS is always answered. Empty when no route serves the path; null when
 * a route serves every method.
 */
export function allowedMethods(app: Express, path: string): string[] | null {
  const stack = (app as unknown as { router?: { stack?: RouterLayer[] } }).router?.stack ?? [];
  const found = new Set<string>();
  collect(stack, path, found);
  if (found.has('*')) return null;
  if (found.size === 0) return [];
  if (found.has('GET')) found.add('HEAD');
  found.add('OPTIONS');
  return [...found].sort();
}

/** `OPTIONS` on any served path: 204 with `Allow` (CORS preflights are answered before, by src/http/cors.ts). */
export function answerOptions(): RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'OPTIONS') return next();
    const allowed = allowedMethods(req.app as Express, req.path);
    if (allowed === null || allowed.length === 0) return next();
    res.set('Allow', allowed.join(', ')).status(204).end();
  };
}

/**
 * A request no route answered, on a path that routes serve with other methods: 405 with `Allow` (not 404: the
 * path exists). `answer` writes the 405 (a page for browsers); API clients get problem+json.
 */
export function methodNotAllowed(answer?: (req: Request, res: Response, allowed: string[]) => boolean): RequestHandler {
  return (req, res, next) => {
    const allowed = allowedMethods(req.app as Express, req.path);
    if (allowed === null || allowed.length === 0 || allowed.includes(req.method)) return next();
    res.set('Allow', allowed.join(', '));
    if (answer?.(req, res, allowed)) return;
    sendProblem(res, 405, `${req.method} is not allowed on ${req.path}: use ${allowed.join(', ')}.`, [
      { field: 'method', message: `must be one of ${allowed.join(', ')}` },
    ]);
  };
}
