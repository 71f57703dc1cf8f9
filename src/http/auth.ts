import crypto from 'node:crypto';
import type { NextFunction, RequestHandler, Response } from 'express';
import type { Role } from '../closedSets';
import { ENV_ADMIN_NAME, hashKey, type Principal } from '../keys/principal';
import { ForbiddenError, UnauthorizedError } from './errors';

const RANK: Record<Role, number> = { reader: 1, editor: 2, admin: 3 };

export interface Auth {
  /** Resolves the key, if any, into res.locals.principal; a key that is sent must be valid. */
  identify: RequestHandler;
  require(role: Role): RequestHandler;
  /** For reads: public, or any valid key when READ_ACCESS=key. */
  read: RequestHandler;
  /** The principal of a key by its hash (hashKey), or null when no valid, unrevoked key has it. */
  principalOfHash(keyHash: string): Promise<Principal | null>;
}

/**
 * `principalOf` finds the principal of a stored key by its hash (the keys store's findActiveByHash), so that
 * authentication holds no store of its own.
 */
export function createAuth(options: {
  principalOf: (keyHash: string) => Promise<Principal | null>;
  adminApiKey?: string;
  readAccess: 'public' | 'key';
}): Auth {
  const adminHash = options.adminApiKey ? Buffer.from(hashKey(options.adminApiKey), 'hex') : null;

  async function principalOfHash(keyHash: string): Promise<Principal | null> {
    const given = Buffer.from(keyHash, 'hex');
    if (adminHash && given.length === adminHash.length && crypto.timingSafeEqual(given, adminHash)) {
      return { name: ENV_ADMIN_NAME, role: 'admin' };
    }
    return options.principalOf(keyHash);
  }

  const resolve = (secret: string): Promise<Principal | null> => principalOfHash(hashKey(secret));

  const identifyKey = async (header: string, res: Response, next: NextFunction): Promise<void> => {
    const m = /^Bearer\s+(\S{1,200})\s*$/i.exec(header);
    if (!m) throw new UnauthorizedError('The Authorization header must be "Bearer <key>".');
    const principal = await resolve(m[1]);
    if (!principal) throw new UnauthorizedError('The API key is not valid or has been revoked.');
    res.locals.principal = principal;
    next();
  };
  // A request without a key passes at once, without a promise for the router to wait on (most reads).
  const identify: RequestHandler = (req, res, next) => {
    const header = req.get('authorization');
    if (header === undefined) return next();
    return identifyKey(header, res, next);
  };

  const require =
    (role: Role): RequestHandler =>
    (_req, res, next) => {
      const principal = res.locals.principal as Principal | undefined;
      if (!principal) throw new UnauthorizedError();
      if (RANK[principal.role] < RANK[role]) {
        throw new ForbiddenError(`This needs a key with role ${role} or higher; this key's role is ${principal.role}.`);
      }
      next();
    };

  const read: RequestHandler = (_req, res, next) => {
    if (options.readAccess === 'key' && !res.locals.principal) throw new UnauthorizedError('Reads need an API key on this server.');
    next();
  };

  return { identify, require, read, principalOfHash };
}
