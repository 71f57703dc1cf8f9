import type { Knex } from 'knex';
import * as vocabularies from './20261127000100_vocabularies';
import * as actors from './20261127000200_actors';
import * as documents from './20261127000300_documents';
import * as claims from './20261127000400_claims';
import * as revisions from './20261127000500_revisions';
import * as apiKeys from './20261127000600_api_keys';
import * as claimSearchIndexes from './20261127100000_claim_search_indexes';
import * as claimSortIndexes from './20261127100100_claim_sort_indexes';
import * as idempotencyKeys from './20261127300000_idempotency_keys';
import * as importKeys from './20261127300100_import_keys';
import * as exportCellFunctions from './20261127402000_export_cell_functions';
import * as claimsCompareIndex from './20261127403000_claims_compare_index';
import * as claimRelationsPartOfIndex from './20261127403100_claim_relations_part_of_index';
import * as claimFigureChecks from './20261127404000_claim_figure_checks';
import * as claimFigureChecksRepair from './20261202000100_claim_figure_checks_repair';
import * as csvFormulaGuard from './20261202030000_csv_formula_guard';
import * as actorNameLookup from './20261202110000_actor_name_lookup';
import * as webSessions from './20261202120000_web_sessions';
import * as workspaceReviews from './20261202120100_workspace_reviews';
import * as rateLimitPoints from './20261202020000_rate_limit_points';
import * as createRevisionChanges from './20261203010000_create_revision_changes';
import * as csvDefusedInlined from './20261203020000_csv_defused_inlined';
import * as placeAdditions from './20261203030000_place_additions';
import * as placesWithin from './20261204010000_places_within';
import * as groupAdditions from './20261204010100_group_additions';
import * as groupAdditions2 from './20261205020000_group_additions_2';
import * as groupAdditions3 from './20261207020000_group_additions_3';
import * as csvDefusedFastPath from './20261208010000_csv_defused_fast_path';
import * as groupAdditions4 from './20261208020000_group_additions_4';
import * as rateLimitLeases from './20261206010000_rate_limit_leases';
import * as ledgerChanges from './20261204040000_ledger_changes';

type Migration = Knex.Migration;

/** Listed explicitly, in order, so migrations load the same under tsx, jest and a build. */
const migrations: Record<string, Migration> = {
  '20261127000100_vocabularies': vocabularies,
  '20261127000200_actors': actors,
  '20261127000300_documents': documents,
  '20261127000400_claims': claims,
  '20261127000500_revisions': revisions,
  '20261127000600_api_keys': apiKeys,
  '20261127100000_claim_search_indexes': claimSearchIndexes,
  '20261127100100_claim_sort_indexes': claimSortIndexes,
  '20261127300000_idempotency_keys': idempotencyKeys,
  '20261127300100_import_keys': importKeys,
  '20261127402000_export_cell_functions': exportCellFunctions,
  '20261127403000_claims_compare_index': claimsCompareIndex,
  '20261127403100_claim_relations_part_of_index': claimRelationsPartOfIndex,
  '20261127404000_claim_figure_checks': claimFigureChecks,
  '20261202000100_claim_figure_checks_repair': claimFigureChecksRepair,
  '20261202030000_csv_formula_guard': csvFormulaGuard,
  '20261202110000_actor_name_lookup': actorNameLookup,
  '20261202120000_web_sessions': webSessions,
  '20261202120100_workspace_reviews': workspaceReviews,
  '20261202020000_rate_limit_points': rateLimitPoints,
  '20261203010000_create_revision_changes': createRevisionChanges,
  '20261203020000_csv_defused_inlined': csvDefusedInlined,
  '20261203030000_place_additions': placeAdditions,
  '20261204010000_places_within': placesWithin,
  '20261204010100_group_additions': groupAdditions,
  '20261204040000_ledger_changes': ledgerChanges,
  '20261205020000_group_additions_2': groupAdditions2,
  '20261206010000_rate_limit_leases': rateLimitLeases,
  '20261207020000_group_additions_3': groupAdditions3,
  '20261208010000_csv_defused_fast_path': csvDefusedFastPath,
  '20261208020000_group_additions_4': groupAdditions4,
};

export const migrationSource: Knex.MigrationSource<string> = {
  getMigrations: async () => Object.keys(migrations),
  getMigrationName: (name) => name,
  getMigration: async (name) => migrations[name],
};
