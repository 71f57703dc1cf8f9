import type { Knex } from 'knex';
import type { ClaimFilter } from './store';

/**
 * The one place where a claim filter becomes SQL: adds the filter's where-clauses to a query over
 * `claims as c`. Listing (`ClaimStore.listIds`) and exports share it, so they always select the same claims.
 * Paging (cursor, limit) and ordering are left to the caller.
 */
export function applyClaimFilter<Q extends Knex.QueryBuilder>(query: Q, filter: ClaimFilter, db: Knex): Q {
  if (filter.countries) query.whereIn('c.country', filter.countries);
  if (filter.metrics) query.whereIn('c.metric', filter.metrics);
  if (filter.groups) query.whereIn('c.group_slug', filter.groups);
  if (filter.claimantIds) query.whereIn('c.claimant_id', filter.claimantIds);
  if (filter.claimantName) {
    const name = filter.claimantName.toLowerCase();
    query.whereIn('c.claimant_id', db('actors').select('id')
      .whereRaw('lower(name) = ?', [name]).orWhereRaw('EXISTS (SELECT 1 FROM unnest(aliases) a WHERE lower(a) = ?)', [name]));
  }
  if (filter.documentId) query.whereIn('c.id', db('claim_sources').select('claim_id').where('document_id', filter.documentId));
  if (filter.statuses) query.whereIn('c.status', filter.statuses);
  return query;
}
