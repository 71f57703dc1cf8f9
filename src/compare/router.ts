import { Request, Response, Router } from 'express';
import { filterResolvers } from '../claims/parseClaimFilter';
import type { Auth } from '../http/auth';
import type { PlaceIndex, VocabularyStore } from '../vocab/store';
import { countriesCsv, sourcesCsv, timelineCsv } from './csv';
import { CompareView, parseCompareParams } from './parseCompareParams';
import type { CompareQuery, CompareService } from './service';

/** How a view can be written besides JSON: another format is one more entry here. */
export interface Renderer<V> {
  contentType: string;
  extension: string;
  render(view: V): string;
}

type ViewSpec<V> = { build: (q: CompareQuery) => Promise<V>; formats: Record<string, Renderer<V>> };

export function compareRouter(deps: { compare: CompareService; auth: Auth; places: PlaceIndex; vocabulary: VocabularyStore }): Router {
  const { compare, auth } = deps;
  const resolvers = filterResolvers(deps);
  const router = Router();
  const csv = <V>(render: (v: V) => string): Renderer<V> => ({ contentType: 'text/csv; charset=utf-8', extension: 'csv', render });

  function route<V>(view: CompareView, spec: ViewSpec<V>): void {
    router.get(`/${view}`, auth.read, async (req: Request, res: Response) => {
      const { query, format } = await parseCompareParams(req, resolvers, view, ['json', ...Object.keys(spec.formats)]);
      const result = await spec.build(query);
      const renderer = spec.formats[format];
      if (!renderer) return void res.json(result);
      res.type(renderer.contentType).set('Content-Disposition', `inline; filename="compare-${view}.${renderer.extension}"`).send(renderer.render(result));
    });
  }

  route('sources', { build: (q) => compare.sources(q), formats: { csv: csv(sourcesCsv) } });
  route('timeline', { build: (q) => compare.timeline(q), formats: { csv: csv(timelineCsv) } });
  route('countries', { build: (q) => compare.countries(q), formats: { csv: csv(countriesCsv) } });
  return router;
}
