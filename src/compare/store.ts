import type { Knex } from 'knex';
import { applyClaimFilter, claimRows } from '../claims/filterQuery';
import type { ClaimFilter } from '../claims/parseClaimFilter';
import type { Relation } from '../claims/store';
import type { Db } from '../db/knex';
import type { ClaimRow } from '../db/tables';

/** A claim as the comparison views need it: the figure, its dates, its claimant’s name. */
export type FigureRow = Pick<ClaimRow,
  'id' | 'metric' | 'country' | 'group_slug' | 'claimant_id' | 'value' | 'value_low' | 'value_high' | 'approximation' | 'value_text'
  | 'as_of' | 'as_of_precision' | 'stated_on' | 'stated_precision' | 'rank' | 'status' | 'created_at'> & { claimant_name: string };

export type FigureFilter = Omit<ClaimFilter, 'limit' | 'sort' | 'after' | 'facets'>;

export interface LinkRow {
  claim_id: number;
  type: string;
  related_claim_id: number;
}

export class CompareStore {
  constructor(private readonly db: Db) {}

  /**
   * The main query of every view: the figures matching the filter (the same filters as GET /v1/claims), in
   * timeline order: as_of (unknown last), then stated_on, then recording order. Exposed for EXPLAIN tests.
   */
  figuresQuery(filter: FigureFilter): Knex.QueryBuilder {
    const query = claimRows(this.db, filter.asRecorded).join('actors as a', 'a.id', 'c.claimant_id').select(
      'c.id', 'c.metric', 'c.country', 'c.group_slug', 'c.claimant_id', 'a.name as claimant_name', 'c.value', 'c.value_low', 'c.value_high',
      'c.approximation', 'c.value_text', 'c.as_of', 'c.as_of_precision', 'c.stated_on', 'c.stated_precision', 'c.rank', 'c.status', 'c.created_at',
    );
    // As recorded at an instant, the links are those the claims' snapshots held then.
    if (filter.asRecorded) query.select(this.db.raw("c.snapshot -> 'relations' AS relations"));
    applyClaimFilter(query, filter, this.db);
    return query.orderByRaw('c.as_of ASC NULLS LAST, c.stated_on ASC NULLS LAST, c.created_at, c.id');
  }

  /** The figures, and the supersedes and part_of links among them and to other claims. */
  async figures(filter: FigureFilter): Promise<{ figures: FigureRow[]; links: LinkRow[] }> {
    const figures: (FigureRow & { relations?: Relation[] })[] = await this.figuresQuery(filter);
    if (!filter.asRecorded) return { figures, links: await this.links(figures.map((f) => f.id)) };
    const links = figures.flatMap((f) => (f.relations ?? []).filter((r) => r.type === 'supersedes' || r.type === 'part_of')
      .map((r) => ({ claim_id: f.id, type: r.type, related_claim_id: r.claim_id })));
    return { figures: figures.map(({ relations: _r, ...f }) => f), links };
  }

  private async links(ids: number[]): Promise<LinkRow[]> {
    if (ids.length === 0) return [];
    // The ids as one array parameter each: thousands of figures would otherwise be thousands of bind parameters to build and plan.
    return this.db('claim_relations').whereIn('type', ['supersedes', 'part_of'])
      .whereRaw('(claim_id = ANY(?::bigint[]) OR related_claim_id = ANY(?::bigint[]))', [ids, ids])
      .orderBy('id').select('claim_id', 'type', 'related_claim_id');
  }

  async units(metrics: string[]): Promise<Map<string, string>> {
    const rows: { code: string; unit: string }[] = await this.db('metrics').whereIn('code', metrics).select('code', 'unit');
    return new Map(rows.map((r) => [r.code, r.unit]));
  }

  async countryNames(codes: string[]): Promise<Map<string, string>> {
    const rows: { code: string; name: string }[] = await this.db('countries').whereIn('code', codes).select('code', 'name');
    return new Map(rows.map((r) => [r.code, r.name]));
  }
}
