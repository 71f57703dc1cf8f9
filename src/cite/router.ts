import { Router } from 'express';
import type { Auth } from '../http/auth';
import { onlyParams, pathId } from '../http/params';
import { CITATION_CONTENT_TYPES } from './format';
import { CITATION_PARAMS, parseCitationParams } from './parseCitationParams';
import type { CitationService } from './service';

export function citationRouter(deps: { citations: CitationService; auth: Auth }): Router {
  const { citations, auth } = deps;
  const router = Router();

  router.get('/:id/citation', auth.read, async (req, res) => {
    onlyParams(req, ['format', ...CITATION_PARAMS]);
    const id = pathId(req);
    const request = parseCitationParams(req, new Date());
    const citation = await citations.cite(id, request);
    res.set('Content-Type', CITATION_CONTENT_TYPES[request.format]).send(citation);
  });

  return router;
}
