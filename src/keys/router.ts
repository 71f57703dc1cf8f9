import { Router } from 'express';
import { Auth, ENV_ADMIN_NAME } from '../http/auth';
import { DomainError } from '../errors';
import { holdsSecret } from '../http/idempotency';
import { onlyParams, pathId } from '../http/params';
import type { Validator } from '../validate';
import type { Role } from '../closedSets';
import type { ApiKeyRow, KeyStore } from './store';

const toApiKey = (k: ApiKeyRow) => ({
  id: k.id,
  name: k.name,
  role: k.role,
  prefix: k.key_prefix,
  created_at: k.created_at.toISOString(),
  revoked_at: k.revoked_at?.toISOString() ?? null,
});

/** Key management, for admins only: the secret is shown once, at creation, and never listed. */
export function keysRouter(deps: { keys: KeyStore; auth: Auth; validator: Validator }): Router {
  const { keys, auth, validator } = deps;
  const router = Router();
  router.use(auth.require('admin'));

  router.get('/', async (req, res) => {
    onlyParams(req, []);
    res.json({ data: (await keys.list()).map(toApiKey) });
  });

  router.post('/', async (req, res) => {
    const input = validator.body<{ name: string; role: Role }>('keys.json#/$defs/ApiKeyCreate', req.body);
    if (input.name.trim().toLowerCase() === ENV_ADMIN_NAME.toLowerCase()) {
      throw new DomainError('conflict', 'That name is reserved for ADMIN_API_KEY: revisions would not tell the two apart.', [
        { field: '/name', message: 'is reserved' },
      ]);
    }
    const { id, secret } = await keys.create(input.name.trim(), input.role);
    holdsSecret(res);
    res
      .status(201)
      .location(`/v1/keys/${id}`)
      .json({ ...toApiKey((await keys.get(id))!), secret });
  });

  router.get('/:id', async (req, res) => {
    onlyParams(req, []);
    const key = await keys.get(pathId(req));
    if (!key) throw new DomainError('not_found', `API key ${req.params.id} does not exist.`);
    res.json(toApiKey(key));
  });

  /** Revocation is immediate: keys are checked against the database on every request. */
  router.delete('/:id', async (req, res) => {
    onlyParams(req, []);
    const id = pathId(req);
    const revoked = await keys.revoke(id);
    if (revoked === 'last-admin') {
      throw new DomainError('conflict', `API key ${id} is the last active admin key: create another admin key before revoking it.`, [
        { field: 'id', message: 'is the last active admin key' },
      ]);
    }
    const key = revoked ?? (await keys.get(id));
    if (!key) throw new DomainError('not_found', `API key ${id} does not exist.`);
    res.json(toApiKey(key));
  });

  return router;
}
