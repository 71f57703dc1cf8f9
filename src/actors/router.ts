import { Router } from 'express';
import { ACTOR_KINDS, isOneOf } from '../closedSets';
import type { Auth } from '../http/auth';
import { DomainError } from '../errors';
import { sendPage } from '../http/pagination';
import { expectedVersion, onlyParams, pathId, queryParam } from '../http/params';
import type { Validator } from '../validate';
import type { ActorInput, ActorService } from './service';
import { decodeCursor, encodeCursor, parseLimit } from '../query';
import { etag } from '../versions';

/**
 * The id after which the next page starts, from an id-ordered listing's cursor: exactly the one id it hands out (a
 * cursor with more keys, or an id no record has, was forged or comes from another listing: a 400, as on claims).
 */
export function afterIdCursor(cursor: unknown[] | null): number | undefined {
  if (cursor === null) return undefined;
  const [id] = cursor;
  if (cursor.length !== 1 || typeof id !== 'number' || !Number.isSafeInteger(id) || id < 1) {
    throw new DomainError('invalid_input', 'cursor is not valid: use the next link of a previous page.', [
      { field: 'cursor', message: 'is not a valid cursor' },
    ]);
  }
  return id;
}

export function actorsRouter(deps: { actors: ActorService; auth: Auth; validator: Validator }): Router {
  const { actors, auth, validator } = deps;
  const router = Router();

  router.get('/', auth.read, async (req, res) => {
    onlyParams(req, ['q', 'kind', 'limit', 'cursor']);
    const kind = queryParam(req, 'kind');
    if (kind !== undefined && !isOneOf(ACTOR_KINDS, kind))
      throw new DomainError('invalid_input', `kind must be one of ${ACTOR_KINDS.join(', ')}.`, [
        { field: 'kind', message: 'is not a known kind' },
      ]);
    const limit = parseLimit(req.query);
    const data = await actors.list({ q: queryParam(req, 'q'), kind, limit, afterId: afterIdCursor(decodeCursor(req.query)) });
    sendPage(req, res, data, data.length === limit ? encodeCursor([data[data.length - 1].id]) : null);
  });

  router.post('/', auth.require('editor'), async (req, res) => {
    onlyParams(req, []);
    const input = await validator.bodyThen<ActorInput>('actor.json#/$defs/ActorCreate', req.body, (partial, faulty, errors) =>
      actors.check(partial, faulty, errors),
    );
    const actor = await actors.create(input, res.locals.principal);
    res.status(201).location(`/v1/actors/${actor.id}`).set('ETag', etag(actor.version, actor)).json(actor);
  });

  router.get('/:id', auth.read, async (req, res) => {
    onlyParams(req, []);
    const actor = await actors.get(pathId(req));
    res.set('ETag', etag(actor.version, actor)).json(actor);
  });

  router.patch('/:id', auth.require('editor'), async (req, res) => {
    onlyParams(req, []);
    const id = pathId(req);
    const input = await validator.bodyThen<ActorInput>('actor.json#/$defs/ActorPatch', req.body, (partial, faulty, errors) =>
      actors.check(partial, faulty, errors, id),
    );
    const actor = await actors.update(id, input, expectedVersion(req), res.locals.principal);
    res.set('ETag', etag(actor.version, actor)).json(actor);
  });

  return router;
}
