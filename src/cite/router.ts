import { Router } from 'express';
import type { Auth } from '../http/auth';
import { onlyParams, pathId } from '../http/params';
import { downloadName } from '../http/downloadName';
import { CITATION_CONTENT_TYPES, CITATION_EXTENSIONS } from './format';
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
    // Shown in the tab where the browser can (a page's "Citation" link); a download is named by its claim and format.
    res
      .set('Content-Type', CITATION_CONTENT_TYPES[request.format])
      .set(
        'Content-Disposition',
        `inline; filename="${downloadName(`claim-${id}_citation`, req, ['style'], null, CITATION_EXTENSIONS[request.format])}"`,
      )
      .send(citation);
  });

  return router;
}
