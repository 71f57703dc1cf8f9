import type { Knex } from 'knex';
import { migrationSource as registered } from './migrations';
import * as csvDefusedFastPath from './migrations/20261209010000_csv_defused_fast_path';
import * as subdivisions from './migrations/20261210010000_subdivisions';
import * as demonymAdditions from './migrations/20261211010000_demonym_additions';
import * as csvDefusedExact from './migrations/20261212010000_csv_defused_exact';
import * as documentLookupIndexes from './migrations/20261213010000_document_lookup_indexes';
import * as actorTrimmedNameIndexes from './migrations/20261214010000_actor_trimmed_name_indexes';
import * as nameSearchTrigrams from './migrations/20261215020000_name_search_trigrams';
import * as metricAdditions from './migrations/20261216010000_metric_additions';
import * as workspaceDecisionBatches from './migrations/20261216020000_workspace_decision_batches';
import * as nameSearchWordParts from './migrations/20261217010000_name_search_word_parts';
import * as demonymAdditions3 from './migrations/20261218100000_demonym_additions_3';
import * as idempotencySaved from './migrations/20261219050000_idempotency_saved';
import * as actorNameLocks from './migrations/20261220050000_actor_name_locks';
import * as nameKeys from './migrations/20261221010000_name_keys';
import * as unicodeNameKeys from './migrations/20261221020000_unicode_name_keys';
import * as unicodeSearchKeys from './migrations/20261221030000_unicode_search_keys';
import * as originSubdivisions from './migrations/20261221040000_origin_subdivisions';
import * as workspaceUnread from './migrations/20261222010000_workspace_unread';
import * as placesWithinCodes from './migrations/20261223010000_places_within_codes';
import * as placesWithinOwnCodes from './migrations/20261224010000_places_within_own_codes';
import * as storedSearchText from './migrations/20261225010000_stored_search_text';
import * as nameKeysInlined from './migrations/20261226020000_name_keys_inlined';
import * as claimSortKeys from './migrations/20261227010000_claim_sort_keys';
import * as unusedAliasFunctions from './migrations/20261227020000_unused_alias_functions';
import * as isoOriginSubdivisions from './migrations/20261227040000_iso_origin_subdivisions';

type Migration = Knex.Migration;

/**
 * Migrations added after db/migrations/index.ts was last committed. A committed migration, and the folder's registry
 * with it, is never edited again (a database migrated before keeps what it ran): new migrations are listed here.
 */
const later: Record<string, Migration> = {
  // The CSV guard's fast path again under the name a later landing gave it: a database migrated then ran it under this
  // name and must find it, one migrated earlier ran 20261208010000 (in the folder's registry); the body is CREATE OR
  // REPLACE, so running both is harmless.
  '20261209010000_csv_defused_fast_path': csvDefusedFastPath,
  '20261210010000_subdivisions': subdivisions,
  '20261211010000_demonym_additions': demonymAdditions,
  '20261212010000_csv_defused_exact': csvDefusedExact,
  '20261213010000_document_lookup_indexes': documentLookupIndexes,
  '20261214010000_actor_trimmed_name_indexes': actorTrimmedNameIndexes,
  '20261215020000_name_search_trigrams': nameSearchTrigrams,
  '20261216010000_metric_additions': metricAdditions,
  '20261216020000_workspace_decision_batches': workspaceDecisionBatches,
  '20261217010000_name_search_word_parts': nameSearchWordParts,
  '20261218100000_demonym_additions_3': demonymAdditions3,
  '20261219050000_idempotency_saved': idempotencySaved,
  '20261220050000_actor_name_locks': actorNameLocks,
  '20261221010000_name_keys': nameKeys,
  '20261221020000_unicode_name_keys': unicodeNameKeys,
  '20261221030000_unicode_search_keys': unicodeSearchKeys,
  '20261221040000_origin_subdivisions': originSubdivisions,
  '20261222010000_workspace_unread': workspaceUnread,
  '20261223010000_places_within_codes': placesWithinCodes,
  '20261224010000_places_within_own_codes': placesWithinOwnCodes,
  '20261225010000_stored_search_text': storedSearchText,
  '20261226020000_name_keys_inlined': nameKeysInlined,
  '20261227010000_claim_sort_keys': claimSortKeys,
  '20261227020000_unused_alias_functions': unusedAliasFunctions,
  '20261227040000_iso_origin_subdivisions': isoOriginSubdivisions,
};

/** Every migration: the folder's registry in its own order, then the later ones. */
export const migrationSource: Knex.MigrationSource<string> = {
  getMigrations: async (loadExtensions) => [...(await registered.getMigrations(loadExtensions)), ...Object.keys(later)],
  getMigrationName: (name) => name,
  getMigration: async (name) => later[name] ?? registered.getMigration(name),
};
