import { Router } from 'express';
import type { Auth } from '../http/auth';
import { holdsSecret, secretNotKept } from '../http/idempotency';
import { onlyParams, pathId } from '../http/params';
import type { Validator } from '../validate';
import type { Role } from '../closedSets';
import type { KeyService } from './service';
import type { ApiKeyRow } from './store';

const toApiKey = (k: ApiKeyRow) => ({
  id: k.id,
  name: k.name,
  role: k.role,
  prefix: k.key_prefix,
  created_at: k.created_at.toISOString(),
  revoked_at: k.revoked_at?.toISOString() ?? null,
});

/** Key management, for admins only: the secret is shown once, at creation, and never listed. */
export function keysRouter(deps: { keys: KeyService; auth: Auth; validator: Validator }): Router {
  const { keys, auth, validator } = deps;
  const router = Router();
  router.use(auth.require('admin'));

  router.get('/', async (req, res) => {
    onlyParams(req, []);
    res.json({ data: (await keys.list()).map(toApiKey) });
  });

  router.post('/', async (req, res) => {
    onlyParams(req, []);
    const { key, secret } = await keys.create(validator.body<{ name: string; role: Role }>('keys.json#/$defs/ApiKeyCreate', req.body));
    holdsSecret(res);
    // Sent again after its answer was lost: the key was made, its secret not kept.
    if (secret === undefined) throw secretNotKept(`/v1/keys/${key.id}`);
    res
      .status(201)
      .location(`/v1/keys/${key.id}`)
      .json({ ...toApiKey(key), secret });
  });

  router.get('/:id', async (req, res) => {
    onlyParams(req, []);
    res.json(toApiKey(await keys.get(pathId(req))));
  });

  router.delete('/:id', async (req, res) => {
    onlyParams(req, []);
    res.json(toApiKey(await keys.revoke(pathId(req))));
  });

  return router;
}
