import { actorsNamedQuery } from '../actors/store';
import type { Db } from '../db/knex';
import { nameKey } from '../db/nameKey';

export interface ActorMatch {
  id: number;
  name: string;
  aliases: string[];
}

/** A figure as the ledger would store it, to find the claims that already hold it (bounds count only without a value). */
export interface FigureKey {
  claimant_id: number;
  metric: string;
  country: string;
  value: number | null;
  value_low: number | null;
  value_high: number | null;
}

/** The extractor's reads: actors by the names an article mentions, claims by figure. */
export class ExtractStore {
  constructor(private readonly db: Db) {}

  /**
   * Actors whose name or an alias is one of `names` as the ledger matches names (name_key: blanks, case and
   * composition aside; actorsNamedQuery, indexed: never a scan of all actors), so an alias stored with blanks (" ISIL ") is found.
   */
  async actorsNamed(names: string[]): Promise<ActorMatch[]> {
    const keyed = [...new Set(names.map(nameKey).filter((n) => n.length > 0))];
    if (keyed.length === 0) return [];
    return actorsNamedQuery(this.db, keyed).select('id', 'name', 'aliases').limit(500);
  }

  /**
   * For each figure, the ids of live claims with the same claimant, metric, country and value (or, for figures
   * without one, the same bounds): one query for all of them.
   */
  async claimsHolding(figures: FigureKey[]): Promise<number[][]> {
    const found: number[][] = figures.map(() => []);
    if (figures.length === 0) return found;
    const rows: { i: number; id: number }[] = (
      await this.db.raw(
        `SELECT x.i, c.id
         FROM jsonb_to_recordset(?::jsonb) AS x(i int, claimant_id bigint, metric text, country text, value numeric, value_low numeric, value_high numeric)
         JOIN claims c ON c.country = x.country AND c.metric = x.metric AND c.claimant_id = x.claimant_id AND c.status <> 'retracted'
        WHERE (x.value IS NOT NULL AND c.value = x.value)
           OR (x.value IS NULL AND c.value IS NULL AND c.value_low IS NOT DISTINCT FROM x.value_low AND c.value_high IS NOT DISTINCT FROM x.value_high)
        ORDER BY x.i, c.id`,
        [JSON.stringify(figures.map((f, i) => ({ i, ...f })))],
      )
    ).rows;
    for (const r of rows) found[Number(r.i)].push(Number(r.id));
    return found;
  }
}
