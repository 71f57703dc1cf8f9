import { Router } from 'express';
import type { Auth } from '../http/auth';
import { clientGone } from '../http/clientGone';
import { onlyParams } from '../http/params';
import type { Validator } from '../validate';
import type { ExtractInput, ExtractService } from './service';

/** POST /v1/extract: candidate claims from pasted text or a stored document (editors only: it is the first step of entering claims). */
export function extractRouter(deps: { extract: ExtractService; auth: Auth; validator: Validator }): Router {
  const { extract, auth, validator } = deps;
  const router = Router();

  router.post('/', auth.require('editor'), async (req, res) => {
    onlyParams(req, []);
    const input = validator.body<ExtractInput>('extract.json#/$defs/ExtractRequest', req.body);
    res.json(await extract.extract(input, clientGone(res)));
  });

  return router;
}
