import { Router, type Express } from 'express';
import type { Auth } from '../http/auth';
import { sendPage } from '../http/pagination';
import { expectedVersion, onlyParams, pathId, queryParam } from '../http/params';
import type { Validator } from '../validate';
import type { VocabularyStore, PlaceIndex } from '../vocab/store';
import { filterResolvers, parseClaimFilter } from './parseClaimFilter';
import type { ClaimInput, ClaimService } from './service';
import { encodeCursor } from '../query';
import { etag } from '../versions';

export interface ClaimRoutesDeps {
  claims: ClaimService;
  auth: Auth;
  validator: Validator;
  places: PlaceIndex;
  vocabulary: Pick<VocabularyStore, 'resolveGroup' | 'metricExists'>;
}

/**
 * The claims' routes at `base` (/v1/claims). The list, the API's busiest route, is the app's own route, so that a
 * list request is routed without entering a router mounted at `base` (its prefix trimmed and restored, a router's
 * walk set up); the others are a router's, mounted after it.
 */
export function mountClaims(app: Express, base: string, deps: ClaimRoutesDeps): void {
  const { claims, auth } = deps;
  const resolvers = filterResolvers(deps);
  app.get(base, auth.read, async (req, res) => {
    const filter = await parseClaimFilter(req.query, resolvers);
    const { data, next, ...extra } = await claims.list(filter);
    sendPage(req, res, data, next ? encodeCursor(next) : null, extra);
  });
  app.use(base, claimsRouter(deps));
}

/** The claims' routes below the list: create, read, edit, retract, history. */
function claimsRouter(deps: ClaimRoutesDeps): Router {
  const { claims, auth, validator } = deps;
  const router = Router();

  router.post('/', auth.require('editor'), async (req, res) => {
    onlyParams(req, []);
    const input = await validator.bodyThen<ClaimInput>('claim.json#/$defs/ClaimCreate', req.body, (partial, faulty, errors) =>
      claims.checkNew(partial, faulty, errors),
    );
    const claim = await claims.create(input, res.locals.principal);
    res.status(201).location(`/v1/claims/${claim.id}`).set('ETag', etag(claim.version, claim)).json(claim);
  });

  router.get('/:id', auth.read, async (req, res) => {
    onlyParams(req, []);
    const claim = await claims.get(pathId(req));
    res.set('ETag', etag(claim.version, claim)).json(claim);
  });

  router.patch('/:id', auth.require('editor'), async (req, res) => {
    onlyParams(req, []);
    const id = pathId(req);
    const input = await validator.bodyThen<ClaimInput>('claim.json#/$defs/ClaimPatch', req.body, (partial, faulty, errors) =>
      claims.checkEdit(id, partial, faulty, errors),
    );
    const claim = await claims.update(id, input, expectedVersion(req), res.locals.principal);
    res.set('ETag', etag(claim.version, claim)).json(claim);
  });

  router.delete('/:id', auth.require('editor'), async (req, res) => {
    const id = pathId(req);
    onlyParams(req, ['reason']);
    const fromQuery = queryParam(req, 'reason');
    // Without a reason, in the body or the query, the ledger's rule for every revision answers (requireReason: 422).
    const body: unknown = req.body ?? (fromQuery !== undefined ? { reason: fromQuery } : {});
    const { reason } = validator.body<{ reason?: string | null }>('claim.json#/$defs/Retraction', body);
    const claim = await claims.retract(id, reason, expectedVersion(req, false), res.locals.principal);
    res.set('ETag', etag(claim.version, claim)).json(claim);
  });

  router.get('/:id/history', auth.read, async (req, res) => {
    onlyParams(req, []);
    res.json(await claims.history(pathId(req)));
  });

  return router;
}
