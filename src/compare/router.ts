import { Request, Response, Router } from 'express';
import { filterResolvers } from '../claims/parseClaimFilter';
import { CITATION_CONTENT_TYPES, CITATION_EXTENSIONS } from '../cite/format';
import { parseCitationParams } from '../cite/parseCitationParams';
import type { CitationService } from '../cite/service';
import type { Auth } from '../http/auth';
import { downloadName } from '../http/downloadName';
import { nextLink } from '../http/pagination';
import type { PlaceIndex, VocabularyStore } from '../vocab/store';
import { BYTE_ORDER_MARK } from '../export/bom';
import { countriesCsv, sourcesCsv, timelineCsv } from './csv';
import { COMPARE_FILTERS, CompareView, parseCompareParams } from './parseCompareParams';
import type { CountriesView } from './countries';
import type { CompareService } from './service';
import type { SourcesView } from './sources';
import type { TimelineView } from './timeline';
import type { CompareQuery, Paged, Paging } from './view';
import { encodeCursor } from '../query';

/** How a view can be written besides JSON: another format is one more entry here. */
export interface Renderer<V> {
  contentType: string;
  extension: string;
  render(view: V): string;
}

/** `figures` lists the claims a view shows, in its order: `format=citation` cites each of them (of the page, for a paged view). */
type ViewSpec<V> = {
  build: (q: CompareQuery, paging?: Paging) => Promise<Paged<V>>;
  figures: (view: V) => number[];
  formats: Record<string, Renderer<V>>;
};

export function compareRouter(deps: {
  compare: CompareService;
  citations: CitationService;
  auth: Auth;
  places: PlaceIndex;
  vocabulary: Pick<VocabularyStore, 'resolveGroup' | 'metricExists'>;
}): Router {
  const { compare, citations, auth } = deps;
  const resolvers = filterResolvers(deps);
  const router = Router();
  const csv = <V>(render: (v: V) => string): Renderer<V> => ({ contentType: 'text/csv; charset=utf-8', extension: 'csv', render });

  function route<V>(view: CompareView, spec: ViewSpec<V>): void {
    router.get(`/${view}`, auth.read, async (req: Request, res: Response) => {
      const { query, format, paging, bom } = await parseCompareParams(req.query, resolvers, view, [
        'json',
        'citation',
        ...Object.keys(spec.formats),
      ]);
      const { view: result, nextKey } = await spec.build(query, paging);
      const next = paging && nextLink(req, res, nextKey && encodeCursor(nextKey));
      // A file is named by its view, what narrows it and when it was made: two countries' CSVs no longer both
      // downloaded as compare-sources.csv.
      const fileName = (what: string, ext: string) => downloadName(what, req, COMPARE_FILTERS[view], new Date(), ext);
      if (format === 'citation') {
        const request = parseCitationParams(req, new Date(), 'citation_format');
        res
          .type(CITATION_CONTENT_TYPES[request.format])
          .set('Content-Disposition', `inline; filename="${fileName(`compare-${view}_citation`, CITATION_EXTENSIONS[request.format])}"`)
          .send(await citations.citeMany(spec.figures(result), request, query.asRecorded));
        return;
      }
      const renderer = spec.formats[format];
      if (!renderer) return void res.json(next === undefined ? result : { ...result, next });
      res
        .type(renderer.contentType)
        .set('Content-Disposition', `attachment; filename="${fileName(`compare-${view}`, renderer.extension)}"`)
        .send(`${bom ? BYTE_ORDER_MARK : ''}${renderer.render(result)}`);
    });
  }

  route<SourcesView>('sources', {
    build: (q, paging) => compare.sources(q, paging),
    figures: (v) => v.rows.map((r) => r.claim_id),
    formats: { csv: csv(sourcesCsv) },
  });
  route<TimelineView>('timeline', {
    build: (q, paging) => compare.timeline(q, paging),
    figures: (v) => v.claimants.flatMap((c) => c.figures.map((f) => f.claim_id)),
    formats: { csv: csv(timelineCsv) },
  });
  route<CountriesView>('countries', {
    build: async (q) => ({ view: await compare.countries(q), nextKey: null }),
    figures: (v) => v.rows.flatMap((r) => (r.claim_id === null ? [] : [r.claim_id])),
    formats: { csv: csv(countriesCsv) },
  });
  return router;
}
