import express, { Router } from 'express';
import type { Config } from '../config';
import type { Auth } from '../http/auth';
import type { Validator } from '../http/validate';
import type { Services } from '../services';
import { WEB_ASSETS } from './assets';
import { HomePage } from './pages/home';
import { sendPage } from './render';
import { workspaceRouter } from './workspace/router';

export interface WebRouterOptions {
  services: Services;
  auth: Auth;
  validator: Validator;
  config: Config;
}

/** The web interface: HTML pages at `/` that call the services directly (the JSON API stays under /v1). */
export function webRouter({ services, auth, validator, config }: WebRouterOptions): Router {
  const router = express.Router();
  router.get('/assets/:name', (req, res, next) => {
    const asset = WEB_ASSETS[req.params.name];
    if (!asset) return next();
    res.type(asset.type).set('Cache-Control', 'public, max-age=300').sendFile(asset.file);
  });
  router.get('/', auth.read, (_req, res) => sendPage(res, <HomePage />));
  // Search, claim, actor and document pages.

  // Country, sources, timeline and countries pages (charts).

  // Editors' workspace.
  router.use(workspaceRouter({ services, auth, validator, config }));

  return router;
}
