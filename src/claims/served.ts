import { AffiliationWithOrg, toAffiliation } from '../actors/store';
import { formatPartialDate } from '../dates';
import { ISO_TIMESTAMPS } from '../db/knex';
import type { PreparedStatement } from '../db/prepared';
import type { ClaimRelationRow, ClaimRow, ClaimSourceRow } from '../db/tables';
import type { ActorKind, Precision } from '../closedSets';
import { type Claim, INVERSE_RELATION, type StatedFigure } from './model';

/**
 * A claim as it is served, from its row and what LOAD_SQL joins to it: its claimant with the role held at the time,
 * its sources with their documents, and its relations from both sides.
 */

/** A document a claim quotes, as a served claim shows it. */
export interface SourceDocument {
  title: string;
  url: string | null;
  publisher_id: number | null;
  publisher_name: string;
  published_on: string | null;
  published_precision: Precision | null;
}

/**
 * A claim row with its claimant and, aggregated to JSON by PostgreSQL, the claimant's roles, the sources and the
 * relations; its timestamps already as served (ISO_TIMESTAMPS).
 */
export type LoadedRow = Omit<ClaimRow, 'created_at' | 'updated_at'> & {
  created_at: string;
  updated_at: string;
  claimant_name: string;
  claimant_kind: ActorKind;
  affiliations: AffiliationWithOrg[] | null;
  sources: (Omit<ClaimSourceRow, 'id' | 'position'> & SourceDocument)[] | null;
  relations: (Omit<ClaimRelationRow, 'created_at'> & { asserted_by_name: string })[] | null;
};

/** The roles of the person `personId` (an SQL expression), aggregated to JSON in the editor's order. */
export const rolesOf = (
  personId: string,
) => `(SELECT json_agg(json_build_object('id', af.id, 'person_id', af.person_id, 'organization_id', af.organization_id,
        'organization_name', o.name, 'role', af.role, 'from_date', af.from_date, 'from_precision', af.from_precision, 'to_date', af.to_date,
        'to_precision', af.to_precision, 'position', af.position) ORDER BY af.position, af.id)
       FROM actor_affiliations af JOIN actors o ON o.id = af.organization_id
       WHERE af.person_id = ${personId})`;

/** A claim's stored columns that its writes set (the timestamps are the columns' defaults), in the order written. */
export const CLAIM_COLUMNS = [
  'id',
  'key',
  'metric',
  'country',
  'group_slug',
  'location',
  'value',
  'value_low',
  'value_high',
  'approximation',
  'value_text',
  'as_of',
  'as_of_precision',
  'stated_on',
  'stated_precision',
  'claimant_id',
  'context',
  'rank',
  'status',
  'retraction_reason',
  'credibility',
  'notes',
  'version',
] as const satisfies readonly (keyof ClaimRow)[];

/** The columns LOAD_SQL selects, in its order: a loaded row is read by position (loadedRow). */
export const LOADED_COLUMNS = [
  ...CLAIM_COLUMNS,
  'created_at',
  'updated_at',
  'claimant_name',
  'claimant_kind',
  'affiliations',
  'sources',
  'relations',
] as const satisfies readonly (keyof LoadedRow)[];

type LoadedColumn = (typeof LOADED_COLUMNS)[number];

// JSON keeps numbers as numbers (ids are far below 2^53) and dates as 'YYYY-MM-DD', as the row parsers do. The claim's
// columns are named, not `c.*`, so that their order is LOADED_COLUMNS' whatever the table's.
export const LOAD_SQL = `
  SELECT ${CLAIM_COLUMNS.map((column) => `c.${column}`).join(', ')}, c.created_at, c.updated_at,
    a.name AS claimant_name, a.kind AS claimant_kind,
    ${rolesOf('c.claimant_id')} AS affiliations,
    (SELECT json_agg(json_build_object('claim_id', s.claim_id, 'document_id', s.document_id, 'quote', s.quote, 'prefix', s.prefix, 'suffix', s.suffix,
        'start_offset', s.start_offset, 'end_offset', s.end_offset, 'title', d.title, 'url', d.url, 'publisher_id', d.publisher_id,
        'publisher_name', p.name, 'published_on', d.published_on, 'published_precision', d.published_precision) ORDER BY s.position)
       FROM claim_sources s JOIN documents d ON d.id = s.document_id LEFT JOIN actors p ON p.id = d.publisher_id
       WHERE s.claim_id = c.id) AS sources,
    (SELECT json_agg(json_build_object('id', r.id, 'claim_id', r.claim_id, 'type', r.type, 'related_claim_id', r.related_claim_id,
        'asserted_by', r.asserted_by, 'asserted_by_name', ra.name) ORDER BY r.id)
       FROM claim_relations r JOIN actors ra ON ra.id = r.asserted_by
       WHERE r.claim_id = c.id OR r.related_claim_id = c.id) AS relations
  FROM claims c JOIN actors a ON a.id = c.claimant_id
  WHERE c.id = ANY($1)`;

/**
 * LOAD_SQL prepared: every list page and every claim read runs it, and planning it (its three correlated subqueries)
 * cost PostgreSQL about a fifth as much as running it for a page of 50 claims. Its plan does not depend on the ids.
 */
export const LOAD_STATEMENT: PreparedStatement = { name: 'claims_load', text: LOAD_SQL, types: ISO_TIMESTAMPS };

/** Each loaded column's position in LOAD_SQL's rows. */
const AT = Object.fromEntries(LOADED_COLUMNS.map((column, i) => [column, i])) as Record<LoadedColumn, number>;

/**
 * A row of LOAD_SQL read as an array of its values (pg's `rowMode: 'array'`, in LOADED_COLUMNS' order, checked against
 * the statement's fields by queryPreparedValues): one object literal, where pg would build a row by name, column by
 * column (~1–2 µs a row more, bench/README.md).
 */
export function loadedRow(v: readonly unknown[]): LoadedRow {
  return {
    id: v[AT.id] as LoadedRow['id'],
    key: v[AT.key] as LoadedRow['key'],
    metric: v[AT.metric] as LoadedRow['metric'],
    country: v[AT.country] as LoadedRow['country'],
    group_slug: v[AT.group_slug] as LoadedRow['group_slug'],
    location: v[AT.location] as LoadedRow['location'],
    value: v[AT.value] as LoadedRow['value'],
    value_low: v[AT.value_low] as LoadedRow['value_low'],
    value_high: v[AT.value_high] as LoadedRow['value_high'],
    approximation: v[AT.approximation] as LoadedRow['approximation'],
    value_text: v[AT.value_text] as LoadedRow['value_text'],
    as_of: v[AT.as_of] as LoadedRow['as_of'],
    as_of_precision: v[AT.as_of_precision] as LoadedRow['as_of_precision'],
    stated_on: v[AT.stated_on] as LoadedRow['stated_on'],
    stated_precision: v[AT.stated_precision] as LoadedRow['stated_precision'],
    claimant_id: v[AT.claimant_id] as LoadedRow['claimant_id'],
    context: v[AT.context] as LoadedRow['context'],
    rank: v[AT.rank] as LoadedRow['rank'],
    status: v[AT.status] as LoadedRow['status'],
    retraction_reason: v[AT.retraction_reason] as LoadedRow['retraction_reason'],
    credibility: v[AT.credibility] as LoadedRow['credibility'],
    notes: v[AT.notes] as LoadedRow['notes'],
    version: v[AT.version] as LoadedRow['version'],
    created_at: v[AT.created_at] as LoadedRow['created_at'],
    updated_at: v[AT.updated_at] as LoadedRow['updated_at'],
    claimant_name: v[AT.claimant_name] as LoadedRow['claimant_name'],
    claimant_kind: v[AT.claimant_kind] as LoadedRow['claimant_kind'],
    affiliations: v[AT.affiliations] as LoadedRow['affiliations'],
    sources: v[AT.sources] as LoadedRow['sources'],
    relations: v[AT.relations] as LoadedRow['relations'],
  } satisfies Record<LoadedColumn, unknown>;
}

/** The role the claimant held when the figure was stated (or as of it), else their current or first role. */
export function roleAt<A extends { from_date: string | null; to_date: string | null }>(
  affiliations: A[],
  date: string | null,
): A | undefined {
  if (affiliations.length === 0) return undefined;
  if (date) {
    const held = affiliations.find((a) => (a.from_date === null || a.from_date <= date) && (a.to_date === null || a.to_date >= date));
    if (held) return held;
  }
  return affiliations.find((a) => a.to_date === null) ?? affiliations[0];
}

/** A stored figure as it is served: its numbers and words, and its dates written at their precision. */
export function statedFigure(
  row: Pick<
    ClaimRow,
    'value' | 'value_low' | 'value_high' | 'approximation' | 'value_text' | 'as_of' | 'as_of_precision' | 'stated_on' | 'stated_precision'
  >,
): StatedFigure {
  return {
    value: row.value,
    value_low: row.value_low,
    value_high: row.value_high,
    approximation: row.approximation,
    value_text: row.value_text,
    as_of: formatPartialDate(row.as_of, row.as_of_precision),
    stated_on: formatPartialDate(row.stated_on, row.stated_precision),
  };
}

/** The served claim of a row with what LOAD_SQL joins to it. */
export function toClaim(row: LoadedRow): Claim {
  const id = row.id;
  const role = row.claimant_kind === 'person' ? roleAt(row.affiliations ?? [], row.stated_on ?? row.as_of) : undefined;
  const served = role ? toAffiliation(role) : undefined;
  const figure = statedFigure(row);
  // Field by field: a spread in the middle of a literal is a slow path in V8 (~3% of a list request's CPU).
  return {
    id: row.id,
    key: row.key,
    metric: row.metric,
    country: row.country,
    group: row.group_slug,
    location: row.location,
    value: figure.value,
    value_low: figure.value_low,
    value_high: figure.value_high,
    approximation: figure.approximation,
    value_text: figure.value_text,
    as_of: figure.as_of,
    stated_on: figure.stated_on,
    context: row.context,
    claimant: {
      id: row.claimant_id,
      name: row.claimant_name,
      kind: row.claimant_kind,
      role: served?.role ?? null,
      organization: served?.organization ?? null,
    },
    sources: (row.sources ?? []).map((s) => ({
      document: {
        id: s.document_id,
        title: s.title,
        url: s.url,
        publisher: s.publisher_id === null ? null : { id: s.publisher_id, name: s.publisher_name },
        published_on: formatPartialDate(s.published_on, s.published_precision),
      },
      quote: s.quote,
      prefix: s.prefix,
      suffix: s.suffix,
      start: s.start_offset,
      end: s.end_offset,
    })),
    relations: (row.relations ?? []).map((r) =>
      r.claim_id === id
        ? { type: r.type, claim_id: r.related_claim_id, asserted_by: { id: r.asserted_by, name: r.asserted_by_name } }
        : { type: INVERSE_RELATION[r.type], claim_id: r.claim_id, asserted_by: { id: r.asserted_by, name: r.asserted_by_name } },
    ),
    rank: row.rank,
    status: row.status,
    retraction_reason: row.retraction_reason,
    credibility: row.credibility,
    notes: row.notes,
    version: row.version,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}
