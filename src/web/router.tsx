import express, { Router } from 'express';
import type { Auth } from '../http/auth';
import type { Services } from '../services';
import { WEB_ASSETS } from './assets';
import { createWorldMap, WorldMap } from './charts/worldMap';
import { chartDeps } from './pages/compareCommon';
import { countriesPage } from './pages/compareCountries';
import { sourcesPage } from './pages/compareSources';
import { timelinePage } from './pages/compareTimeline';
import { countryPage } from './pages/country';
import { HomePage } from './pages/home';
import { sendPage } from './render';

export interface WebRouterOptions {
  services: Services;
  auth: Auth;
}

/** The web interface: HTML pages at `/` that call the services directly (the JSON API stays under /v1). */
export function webRouter({ services, auth }: WebRouterOptions): Router {
  const router = express.Router();
  router.get('/assets/:name', (req, res, next) => {
    const asset = WEB_ASSETS[req.params.name];
    if (!asset) return next();
    res.type(asset.type).set('Cache-Control', 'public, max-age=300').sendFile(asset.file);
  });
  router.get('/', auth.read, (_req, res) => sendPage(res, <HomePage />));
  // Search, claim, actor and document pages.

  // Country, sources, timeline and countries pages (charts).
  const charts = chartDeps(services);
  // The map's outlines are projected on first use, once per process.
  let worldMap: WorldMap | undefined;
  const map = () => (worldMap ??= createWorldMap());
  router.get('/compare/sources', auth.read, async (req, res) => { const { status, page } = await sourcesPage(req, charts); sendPage(res, page, status); });
  router.get('/compare/timeline', auth.read, async (req, res) => { const { status, page } = await timelinePage(req, charts); sendPage(res, page, status); });
  router.get('/compare/countries', auth.read, async (req, res) => { const { status, page } = await countriesPage(req, charts, map); sendPage(res, page, status); });
  router.get('/countries/:country', auth.read, async (req, res) => { const { status, page } = await countryPage(req, charts); sendPage(res, page, status); });

  // Editors' workspace.

  return router;
}
