import type { Knex } from 'knex';
import type { PlaceIndex, VocabularyStore } from '../vocab/store';
import type { NewClaimStore } from './newClaims';
import type { ClaimInput, ClaimLookups, KnownActor, KnownDocument } from './prepare';

/**
 * What an import has looked up already, across its batches: metric codes known to exist, group names to slugs
 * (or null), and the actors and documents found (their documents locked FOR SHARE until the transaction ends, so
 * they need not be locked again). Whoever changes an actor or a document in the transaction clears those two.
 */
export interface LookupCache {
  metrics: Set<string>;
  groups: Map<string, string | null>;
  actors: Map<number, KnownActor>;
  documents: Map<number, KnownDocument>;
}

/** Lookups as loaded: the records found, which a caller may add to (records of its own batch). */
export type LoadedLookups = ClaimLookups & { actors: Map<number, KnownActor>; documents: Map<number, KnownDocument>; claims: Set<number> };

export const emptyLookupCache = (): LookupCache => ({ metrics: new Set(), groups: new Map(), actors: new Map(), documents: new Map() });

/**
 * Everything preparing these claims needs to know, in a few queries for the whole batch (see NewClaimStore.known:
 * the documents stay locked FOR SHARE). `claims` are ids that count as existing although not stored yet (claims of
 * the same batch, their ids taken in advance).
 */
export async function loadClaimLookups(
  db: Knex | Knex.Transaction,
  deps: { vocabulary: VocabularyStore; places: PlaceIndex; records: NewClaimStore },
  inputs: ClaimInput[],
  options: { cache?: LookupCache; claims?: Iterable<number> } = {},
): Promise<LoadedLookups> {
  const cache = options.cache ?? emptyLookupCache();
  const actorIds: number[] = [];
  const documentIds: number[] = [];
  const claimIds: number[] = [];
  // Claims the caller vouches for need no query.
  const vouched = new Set(options.claims ?? []);
  const metrics = new Set<string>();
  const groups = new Set<string>();
  for (const input of inputs) {
    if (input.claimant_id !== undefined && !cache.actors.has(input.claimant_id)) actorIds.push(input.claimant_id);
    for (const s of input.sources ?? []) if (!cache.documents.has(s.document_id)) documentIds.push(s.document_id);
    for (const r of input.relations ?? []) {
      if (!vouched.has(r.claim_id)) claimIds.push(r.claim_id);
      if (r.asserted_by !== undefined && !cache.actors.has(r.asserted_by)) actorIds.push(r.asserted_by);
    }
    if (input.metric !== undefined && !cache.metrics.has(input.metric)) metrics.add(input.metric);
    if (typeof input.group === 'string' && !cache.groups.has(input.group)) groups.add(input.group);
  }
  const known = await deps.records.known(db, actorIds, documentIds, claimIds);
  for (const code of metrics) if (await deps.vocabulary.getMetric(code, db)) cache.metrics.add(code);
  for (const name of groups) cache.groups.set(name, (await deps.vocabulary.resolveGroup(name, db))?.slug ?? null);
  for (const id of vouched) known.claims.add(id);
  for (const [id, actor] of known.actors) cache.actors.set(id, actor);
  for (const [id, document] of known.documents) cache.documents.set(id, document);
  return { ...cache, claims: known.claims, retracted: known.retracted, place: (ref) => deps.places.resolve(ref) };
}
