import { Router } from 'express';
import { afterIdCursor } from '../actors/router';
import type { Auth } from '../http/auth';
import { DomainError } from '../errors';
import { sendPage } from '../http/pagination';
import { expectedVersion, onlyParams, pathId, queryParam } from '../http/params';
import type { Validator } from '../validate';
import type { DocumentInput, DocumentService } from './service';
import { decodeCursor, encodeCursor, parseLimit } from '../query';
import { etag } from '../versions';

export function documentsRouter(deps: { documents: DocumentService; auth: Auth; validator: Validator }): Router {
  const { documents, auth, validator } = deps;
  const router = Router();

  router.get('/', auth.read, async (req, res) => {
    onlyParams(req, ['q', 'publisher', 'limit', 'cursor']);
    const publisher = queryParam(req, 'publisher');
    if (publisher !== undefined && !/^[1-9][0-9]{0,14}$/.test(publisher))
      throw new DomainError('invalid_input', 'publisher must be an actor id.', [{ field: 'publisher', message: 'must be an actor id' }]);
    const limit = parseLimit(req.query);
    const data = await documents.list({
      q: queryParam(req, 'q'),
      publisher: publisher ? Number(publisher) : undefined,
      limit,
      afterId: afterIdCursor(decodeCursor(req.query)),
    });
    sendPage(req, res, data, data.length === limit ? encodeCursor([data[data.length - 1].id]) : null);
  });

  router.post('/', auth.require('editor'), async (req, res) => {
    onlyParams(req, []);
    const input = await validator.bodyThen<DocumentInput>('document.json#/$defs/DocumentCreate', req.body, (partial, faulty, errors) =>
      documents.check(partial, faulty, errors, false),
    );
    const doc = await documents.create(input, res.locals.principal);
    res.status(201).location(`/v1/documents/${doc.id}`).set('ETag', etag(doc.version, doc)).json(doc);
  });

  router.get('/:id', auth.read, async (req, res) => {
    onlyParams(req, []);
    const doc = await documents.get(pathId(req));
    res.set('ETag', etag(doc.version, doc)).json(doc);
  });

  router.patch('/:id', auth.require('editor'), async (req, res) => {
    onlyParams(req, []);
    const id = pathId(req);
    const input = await validator.bodyThen<DocumentInput>('document.json#/$defs/DocumentPatch', req.body, (partial, faulty, errors) =>
      documents.check(partial, faulty, errors, true),
    );
    const doc = await documents.update(id, input, expectedVersion(req), res.locals.principal);
    res.set('ETag', etag(doc.version, doc)).json(doc);
  });

  return router;
}
