import type { Knex } from 'knex';
import { applyClaimFilter, claimRows } from '../claims/filterQuery';
import type { ClaimFilter } from '../claims/store';
import type { Db } from '../db/knex';
import type { Column, ExportRecord } from './serialize';

/** The columns of GET /v1/export/claims: one row per claim × source, every provenance field. */
export const CLAIM_EXPORT_COLUMNS: readonly Column[] = [
  { name: 'claim_id', kind: 'integer', description: 'Claim id (GET /v1/claims/{id}).' },
  { name: 'key', kind: 'text', description: 'External key chosen by an importer, if any.' },
  { name: 'metric', kind: 'text', description: 'What is counted: metric code.' },
  { name: 'metric_label', kind: 'text', description: 'Readable label of the metric.' },
  { name: 'unit', kind: 'text', description: 'Unit of the figure.' },
  { name: 'country', kind: 'text', description: 'Whose nationals are counted: ISO 3166-1 alpha-2, region or grouping code.' },
  { name: 'country_name', kind: 'text', description: 'English name of the country, region or grouping.' },
  { name: 'group', kind: 'text', description: 'Slug of the group the figure is about; empty when none.' },
  { name: 'group_name', kind: 'text', description: 'Name of the group.' },
  { name: 'location', kind: 'list', description: 'Theatre: codes of where they are, ";"-separated in CSV.' },
  { name: 'value', kind: 'number', description: 'Best estimate; empty for vague figures.' },
  { name: 'value_low', kind: 'number', description: 'Lower bound, when given or implied.' },
  { name: 'value_high', kind: 'number', description: 'Upper bound, when given or implied.' },
  { name: 'approximation', kind: 'text', description: 'exact, approximately, more_than, at_least, less_than, at_most, range or vague.' },
  { name: 'value_text', kind: 'text', description: 'The figure in the words as written.' },
  { name: 'as_of', kind: 'date', description: 'When the figure holds: YYYY, YYYY-MM or YYYY-MM-DD; empty when unknown.' },
  { name: 'stated_on', kind: 'date', description: 'When the claimant stated it: YYYY, YYYY-MM or YYYY-MM-DD; empty when unknown.' },
  { name: 'context', kind: 'text', description: 'Where or how it was said.' },
  { name: 'claimant_id', kind: 'integer', description: 'Actor id of who asserts the figure.' },
  { name: 'claimant_name', kind: 'text', description: 'Name of the claimant.' },
  { name: 'claimant_role', kind: 'text', description: 'Role the claimant held when it was stated (or as of it), for persons.' },
  { name: 'claimant_organization', kind: 'text', description: 'Organization of that role.' },
  { name: 'source_position', kind: 'integer', description: 'Order of this source among the claim’s sources, from 0.' },
  { name: 'document_id', kind: 'integer', description: 'Id of the document reporting the claim (GET /v1/documents/{id}).' },
  { name: 'document_title', kind: 'text', description: 'Title of the document.' },
  { name: 'document_url', kind: 'text', description: 'Where the document can be read.' },
  { name: 'document_authors', kind: 'list', description: 'Authors of the document, ";"-separated in CSV.' },
  { name: 'publisher', kind: 'text', description: 'Name of the publisher of the document.' },
  { name: 'published_on', kind: 'date', description: 'Publication date of the document at its precision; empty when unknown.' },
  { name: 'document_retrieved_at', kind: 'timestamp', description: 'When the document was retrieved (ISO 8601, UTC); empty when not recorded.' },
  { name: 'document_text_sha256', kind: 'text', description: 'SHA-256 of the document text the quote was checked against; empty when no text is stored.' },
  { name: 'quote', kind: 'text', description: 'The exact words of the document that state the figure.' },
  { name: 'quote_prefix', kind: 'text', description: 'Text just before the quote in the stored document text (W3C TextQuoteSelector prefix).' },
  { name: 'quote_suffix', kind: 'text', description: 'Text just after the quote in the stored document text (TextQuoteSelector suffix).' },
  { name: 'quote_start', kind: 'integer', description: 'Offset of the quote in the stored text, in UTF-16 code units (TextPositionSelector start).' },
  { name: 'quote_end', kind: 'integer', description: 'Offset just past the quote (TextPositionSelector end).' },
  { name: 'status', kind: 'text', description: 'active, superseded or retracted.' },
  { name: 'retraction_reason', kind: 'text', description: 'Why the claim was retracted.' },
  { name: 'rank', kind: 'text', description: 'preferred, normal or deprecated.' },
  { name: 'credibility', kind: 'integer', description: 'Editor’s credibility grade 1–6.' },
  { name: 'supersedes', kind: 'list', description: 'Ids of the claims this claim supersedes.' },
  { name: 'superseded_by', kind: 'list', description: 'Ids of the claims that supersede this claim.' },
  { name: 'part_of', kind: 'list', description: 'Ids of the claims this figure is part of.' },
  { name: 'derived_from', kind: 'list', description: 'Ids of the claims this figure is derived from.' },
  { name: 'contradicts', kind: 'list', description: 'Ids of the claims this claim contradicts or is contradicted by.' },
  { name: 'corroborates', kind: 'list', description: 'Ids of the claims this claim corroborates or is corroborated by.' },
  { name: 'notes', kind: 'text', description: 'Editor notes.' },
  { name: 'version', kind: 'integer', description: 'Version of the claim (its ETag).' },
  { name: 'created_at', kind: 'timestamp', description: 'When the claim was recorded (ISO 8601, UTC).' },
  { name: 'updated_at', kind: 'timestamp', description: 'When the claim last changed (ISO 8601, UTC).' },
];

/** The columns of GET /v1/export/claims?include=revisions: one row per revision of the selected claims. */
export const REVISION_EXPORT_COLUMNS: readonly Column[] = [
  { name: 'revision_id', kind: 'integer', description: 'Revision id; increases with time.' },
  { name: 'claim_id', kind: 'integer', description: 'The claim revised.' },
  { name: 'version', kind: 'integer', description: 'The version the claim has after this revision.' },
  { name: 'action', kind: 'text', description: 'create, update or retract.' },
  { name: 'author', kind: 'text', description: 'Who made the change (the API key’s name).' },
  { name: 'reason', kind: 'text', description: 'Why, as given by the author.' },
  { name: 'changed_fields', kind: 'list', description: 'Names of the fields that changed, ";"-separated in CSV.' },
  { name: 'changes', kind: 'json', description: 'For each changed field, {"from": …, "to": …} (JSON text in CSV).' },
  { name: 'created_at', kind: 'timestamp', description: 'When the change was made (ISO 8601, UTC).' },
];

/** A stored first-day date written back at its precision, in SQL. */
function partialDate(column: string, precision: string): string {
  return `CASE ${precision} WHEN 'year' THEN to_char(${column}, 'YYYY') WHEN 'month' THEN to_char(${column}, 'YYYY-MM') WHEN 'day' THEN to_char(${column}, 'YYYY-MM-DD') END`;
}

// The claim's relations, both ways, read once per row (one index scan each way) and split by type and direction.
const out = (type: string) => `COALESCE(array_agg(r.other ORDER BY r.other) FILTER (WHERE r.outgoing AND r.type = '${type}'), '{}') AS ${type}`;
const into = (type: string, name: string) => `COALESCE(array_agg(r.other ORDER BY r.other) FILTER (WHERE NOT r.outgoing AND r.type = '${type}'), '{}') AS ${name}`;
const either = (type: string) => `COALESCE(array_agg(r.other ORDER BY r.other) FILTER (WHERE r.type = '${type}'), '{}') AS ${type}`;
const RELATIONS = `LEFT JOIN LATERAL (
  SELECT ${out('supersedes')}, ${into('supersedes', 'superseded_by')}, ${out('part_of')}, ${out('derived_from')}, ${either('contradicts')}, ${either('corroborates')}
  FROM (SELECT r.related_claim_id AS other, r.type, true AS outgoing FROM claim_relations r WHERE r.claim_id = c.id
        UNION ALL SELECT r.claim_id, r.type, false FROM claim_relations r WHERE r.related_claim_id = c.id) r
) rel ON true`;

// The claimant's role as ClaimStore.load picks it: the affiliation held on the date stated (else as of),
// else the current one, else the first, in the editor's order. A person with a single affiliation (most of
// them) needs no dates: it is that one, found by a hash join instead of a lookup per claim.
const ROLE_AT = `LEFT JOIN (SELECT person_id, count(*) AS n, min(id) AS only_id FROM actor_affiliations GROUP BY person_id) affs
  ON affs.person_id = c.claimant_id AND a.kind = 'person'
LEFT JOIN LATERAL (SELECT CASE WHEN affs.n IS NULL THEN NULL WHEN affs.n = 1 THEN affs.only_id ELSE (
  SELECT af.id
  FROM actor_affiliations af,
       LATERAL (SELECT COALESCE(c.stated_on, c.as_of) AS d) said,
       LATERAL (SELECT said.d IS NOT NULL AND (af.from_date IS NULL OR af.from_date <= said.d) AND (af.to_date IS NULL OR af.to_date >= said.d) AS held) h
  WHERE af.person_id = c.claimant_id
  ORDER BY h.held DESC, (NOT h.held AND af.to_date IS NULL) DESC, af.position
  LIMIT 1) END AS id) picked ON true
LEFT JOIN actor_affiliations role ON role.id = picked.id
LEFT JOIN actors o ON o.id = role.organization_id`;

/** Rows as the query gives them; ids in relation arrays may come as text (bigint[]). */
export type ClaimExportRow = Record<string, unknown> & { created_at: Date; updated_at: Date };

/** One row per claim × source of the filtered claims, every column built by PostgreSQL, in claim id order. */
export function claimExportQuery(db: Db, filter: ClaimFilter): Knex.QueryBuilder {
  if (filter.asRecorded) return claimExportAsRecorded(db, filter);
  const query = db('claims as c')
    .join('claim_sources as s', 's.claim_id', 'c.id')
    .join('documents as d', 'd.id', 's.document_id')
    .leftJoin('actors as p', 'p.id', 'd.publisher_id')
    .join('metrics as m', 'm.code', 'c.metric')
    .join('countries as co', 'co.code', 'c.country')
    .leftJoin('groups as g', 'g.slug', 'c.group_slug')
    .join('actors as a', 'a.id', 'c.claimant_id')
    .joinRaw(ROLE_AT)
    .joinRaw(RELATIONS)
    .select(
      'c.id as claim_id', 'c.key', 'c.metric', 'm.label as metric_label', 'm.unit', 'c.country', 'co.name as country_name',
      'c.group_slug as group', 'g.name as group_name', 'c.location', 'c.value', 'c.value_low', 'c.value_high', 'c.approximation', 'c.value_text',
      db.raw(`${partialDate('c.as_of', 'c.as_of_precision')} AS as_of`),
      db.raw(`${partialDate('c.stated_on', 'c.stated_precision')} AS stated_on`),
      'c.context', 'c.claimant_id', 'a.name as claimant_name', 'role.role as claimant_role', 'o.name as claimant_organization',
      's.position as source_position', 'd.id as document_id', 'd.title as document_title', 'd.url as document_url', 'd.authors as document_authors',
      'p.name as publisher', db.raw(`${partialDate('d.published_on', 'd.published_precision')} AS published_on`),
      'd.retrieved_at as document_retrieved_at', 'd.text_sha256 as document_text_sha256', 's.quote',
      's.prefix as quote_prefix', 's.suffix as quote_suffix', 's.start_offset as quote_start', 's.end_offset as quote_end',
      'c.status', 'c.retraction_reason', 'c.rank', 'c.credibility',
      'rel.supersedes', 'rel.superseded_by', 'rel.part_of', 'rel.derived_from', 'rel.contradicts', 'rel.corroborates',
      'c.notes', 'c.version', 'c.created_at', 'c.updated_at',
    )
    .orderBy([{ column: 'c.id' }, { column: 's.position' }, { column: 's.id' }]);
  return applyClaimFilter(query, filter, db);
}

/** Ids of the relations of one type in a claim's snapshot (symmetric types are recorded from both sides). */
const snapshotRelation = (type: string) => `ARRAY(SELECT (r->>'claim_id')::bigint FROM jsonb_array_elements(c.snapshot->'relations') r WHERE r->>'type' = '${type}' ORDER BY 1)`;

/**
 * The same rows as the ledger stood at `filter.asRecorded`: each claim's snapshot in its revision of then, one
 * row per source recorded in it. Names of vocabularies and document authors are today's.
 */
function claimExportAsRecorded(db: Db, filter: ClaimFilter): Knex.QueryBuilder {
  const query = claimRows(db, filter.asRecorded)
    .joinRaw('CROSS JOIN LATERAL jsonb_array_elements(c.snapshot->\'sources\') WITH ORDINALITY AS src(x, n)')
    .leftJoin('documents as d', 'd.id', db.raw("(src.x#>>'{document,id}')::bigint"))
    .join('metrics as m', 'm.code', 'c.metric')
    .join('countries as co', 'co.code', 'c.country')
    .leftJoin('groups as g', 'g.slug', 'c.group_slug')
    .select(
      'c.id as claim_id', 'c.key', 'c.metric', 'm.label as metric_label', 'm.unit', 'c.country', 'co.name as country_name',
      'c.group_slug as group', 'g.name as group_name', db.raw("ARRAY(SELECT jsonb_array_elements_text(c.snapshot->'location')) AS location"),
      'c.value', 'c.value_low', 'c.value_high', 'c.approximation', 'c.value_text',
      db.raw("c.snapshot->>'as_of' AS as_of"), db.raw("c.snapshot->>'stated_on' AS stated_on"),
      'c.context', 'c.claimant_id', db.raw("c.snapshot#>>'{claimant,name}' AS claimant_name"),
      db.raw("c.snapshot#>>'{claimant,role}' AS claimant_role"), db.raw("c.snapshot#>>'{claimant,organization,name}' AS claimant_organization"),
      db.raw('(src.n - 1)::int AS source_position'), db.raw("(src.x#>>'{document,id}')::bigint AS document_id"),
      db.raw("src.x#>>'{document,title}' AS document_title"), db.raw("src.x#>>'{document,url}' AS document_url"), 'd.authors as document_authors',
      db.raw("src.x#>>'{document,publisher,name}' AS publisher"), db.raw("src.x#>>'{document,published_on}' AS published_on"),
      'd.retrieved_at as document_retrieved_at', 'd.text_sha256 as document_text_sha256', db.raw("src.x->>'quote' AS quote"),
      db.raw("src.x->>'prefix' AS quote_prefix"), db.raw("src.x->>'suffix' AS quote_suffix"),
      db.raw("(src.x->>'start')::int AS quote_start"), db.raw("(src.x->>'end')::int AS quote_end"),
      'c.status', 'c.retraction_reason', 'c.rank', db.raw("(c.snapshot->>'credibility')::int AS credibility"),
      db.raw(`${snapshotRelation('supersedes')} AS supersedes`), db.raw(`${snapshotRelation('superseded_by')} AS superseded_by`),
      db.raw(`${snapshotRelation('part_of')} AS part_of`), db.raw(`${snapshotRelation('derived_from')} AS derived_from`),
      db.raw(`${snapshotRelation('contradicts')} AS contradicts`), db.raw(`${snapshotRelation('corroborates')} AS corroborates`),
      'c.notes', 'c.version', 'c.created_at', 'c.updated_at',
    )
    .orderBy([{ column: 'c.id' }, { column: 'src.n' }]);
  return applyClaimFilter(query, filter, db);
}

/** The revisions of the filtered claims, oldest first within each claim. */
export function revisionExportQuery(db: Db, filter: ClaimFilter): Knex.QueryBuilder {
  const claims = applyClaimFilter(claimRows(db, filter.asRecorded).select('c.id'), filter, db);
  const query = db('revisions as rv')
    .where('rv.entity', 'claim')
    .whereIn('rv.entity_id', claims)
    .select('rv.id as revision_id', 'rv.entity_id as claim_id', 'rv.version', 'rv.action', 'rv.author', 'rv.reason', 'rv.changes', 'rv.created_at')
    .orderBy([{ column: 'rv.entity_id' }, { column: 'rv.version' }]);
  if (filter.asRecorded) query.where('rv.created_at', '<=', filter.asRecorded);
  return query;
}

const ids = (v: unknown) => (v as (string | number)[]).map(Number);

export function toClaimExport(row: ClaimExportRow): ExportRecord {
  return {
    ...row,
    supersedes: ids(row.supersedes), superseded_by: ids(row.superseded_by), part_of: ids(row.part_of),
    derived_from: ids(row.derived_from), contradicts: ids(row.contradicts), corroborates: ids(row.corroborates),
    created_at: row.created_at.toISOString(), updated_at: row.updated_at.toISOString(),
    document_retrieved_at: row.document_retrieved_at instanceof Date ? row.document_retrieved_at.toISOString() : null,
  };
}

export function toRevisionExport(row: { changes: Record<string, unknown>; created_at: Date } & Record<string, unknown>): ExportRecord {
  return { ...row, changed_fields: Object.keys(row.changes), created_at: row.created_at.toISOString() };
}
