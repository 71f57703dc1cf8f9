import type { LedgerCache } from '../db/ledgerCache';
import { countriesView, CountriesView } from './countries';
import { sourcesView, SourcesView } from './sources';
import type { CompareStore } from './store';
import { recentTimelines, timelineView, TimelineView } from './timeline';
import { CompareQuery, Figure, Paged, Paging, toFigure } from './view';

/**
 * The comparison views (sources.ts, timeline.ts, countries.ts), of current claims or of claims as recorded at an
 * instant (`asRecorded`): the same SQL reads either. Rows are built as plain objects; routers render them as JSON or CSV.
 * The views are kept in the ledger cache until the ledger changes.
 */
export class CompareService {
  constructor(private readonly deps: { store: CompareStore; cache: LedgerCache }) {}

  sources(q: CompareQuery, paging?: Paging): Promise<Paged<SourcesView>> {
    return this.deps.cache.get(JSON.stringify(['compare.sources', q, paging]), () => sourcesView(this.deps.store, q, paging));
  }

  timeline(q: CompareQuery, paging?: Paging): Promise<Paged<TimelineView>> {
    return this.deps.cache.get(JSON.stringify(['compare.timeline', q, paging]), () => timelineView(this.deps.store, q, paging));
  }

  /**
   * The country page's small timelines (see `recentTimelines` in timeline.ts); not cached here: the page keeps all its figures together.
   */
  recentTimelines(q: CompareQuery, metrics: string[], perMetric: number): Promise<Map<string, TimelineView>> {
    return recentTimelines(this.deps.store, q, metrics, perMetric);
  }

  countries(q: CompareQuery): Promise<CountriesView> {
    return this.deps.cache.get(JSON.stringify(['compare.countries', q]), () => countriesView(this.deps.store, q));
  }

  /**
   * The latest figures matching the query (newest as_of first, undated after), at most `limit`: the region-level figures of a country page.
   */
  async latestIn(q: CompareQuery, limit: number): Promise<Figure[]> {
    return (await this.deps.store.latestIn(q, limit)).map(toFigure);
  }

  /** The title of the first document reporting each claim (documents as they are now, also for a view as recorded). */
  documentsOf(claimIds: number[]): Promise<Map<number, string>> {
    return this.deps.store.firstDocuments([...new Set(claimIds)]);
  }
}
