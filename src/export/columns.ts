import type { Column } from './serialize';

/** The columns of GET /v1/export/claims: one row per claim × source, every provenance field. */
export const CLAIM_EXPORT_COLUMNS = [
  { name: 'claim_id', kind: 'integer', description: 'Claim id (GET /v1/claims/{id}).' },
  { name: 'key', kind: 'text', description: 'External key chosen by an importer, if any.' },
  { name: 'metric', kind: 'text', description: 'What is counted: metric code.' },
  { name: 'metric_label', kind: 'text', description: 'Readable label of the metric.' },
  { name: 'unit', kind: 'text', description: 'Unit of the figure.' },
  {
    name: 'country',
    kind: 'text',
    description: 'Whose people are counted: ISO 3166-1 alpha-2, ISO 3166-2 subdivision (RU-CE), region or grouping code.',
  },
  { name: 'country_name', kind: 'text', description: 'English name of the country, subdivision, region or grouping.' },
  { name: 'group', kind: 'text', description: 'Slug of the group the figure is about; empty when none.' },
  { name: 'group_name', kind: 'text', description: 'Name of the group.' },
  { name: 'location', kind: 'list', description: 'Theatre: codes of where they are, ";"-separated in CSV.' },
  { name: 'value', kind: 'number', description: 'Best estimate; empty for vague figures.' },
  { name: 'value_low', kind: 'number', description: 'Lower bound, when given or implied.' },
  { name: 'value_high', kind: 'number', description: 'Upper bound, when given or implied.' },
  { name: 'approximation', kind: 'code', description: 'exact, approximately, more_than, at_least, less_than, at_most, range or vague.' },
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
  {
    name: 'document_retrieved_at',
    kind: 'timestamp',
    description: 'When the document was retrieved (ISO 8601, UTC); empty when not recorded.',
  },
  {
    name: 'document_text_sha256',
    kind: 'text',
    description: 'SHA-256 of the document text the quote was checked against; empty when no text is stored.',
  },
  { name: 'quote', kind: 'text', description: 'The exact words of the document that state the figure.' },
  {
    name: 'quote_prefix',
    kind: 'text',
    description: 'Text just before the quote in the stored document text (W3C TextQuoteSelector prefix).',
  },
  { name: 'quote_suffix', kind: 'text', description: 'Text just after the quote in the stored document text (TextQuoteSelector suffix).' },
  {
    name: 'quote_start',
    kind: 'integer',
    description: 'Offset of the quote in the stored text, in UTF-16 code units (TextPositionSelector start).',
  },
  { name: 'quote_end', kind: 'integer', description: 'Offset just past the quote (TextPositionSelector end).' },
  { name: 'status', kind: 'code', description: 'active, superseded or retracted.' },
  { name: 'retraction_reason', kind: 'text', description: 'Why the claim was retracted.' },
  { name: 'rank', kind: 'code', description: 'preferred, normal or deprecated.' },
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
] as const satisfies readonly Column[];

/** The columns of GET /v1/export/claims?include=revisions: one row per revision of the selected claims. */
export const REVISION_EXPORT_COLUMNS = [
  { name: 'revision_id', kind: 'integer', description: 'Revision id; increases with time.' },
  { name: 'claim_id', kind: 'integer', description: 'The claim revised.' },
  { name: 'version', kind: 'integer', description: 'The version the claim has after this revision.' },
  { name: 'action', kind: 'text', description: 'create, update or retract.' },
  { name: 'author', kind: 'text', description: 'Who made the change (the API key’s name).' },
  { name: 'reason', kind: 'text', description: 'Why, as given by the author.' },
  { name: 'changed_fields', kind: 'list', description: 'Names of the fields that changed, ";"-separated in CSV.' },
  { name: 'changes', kind: 'json', description: 'For each changed field, {"from": …, "to": …} (JSON text in CSV).' },
  { name: 'created_at', kind: 'timestamp', description: 'When the change was made (ISO 8601, UTC).' },
] as const satisfies readonly Column[];

/** A column of the claims export. */
export type ClaimExportColumn = (typeof CLAIM_EXPORT_COLUMNS)[number]['name'];

/** The columns that come from one of the claim's sources (the rest are the claim's own). */
export const SOURCE_COLUMNS = [
  'source_position',
  'document_id',
  'document_title',
  'document_url',
  'document_authors',
  'publisher',
  'published_on',
  'document_retrieved_at',
  'document_text_sha256',
  'quote',
  'quote_prefix',
  'quote_suffix',
  'quote_start',
  'quote_end',
] as const satisfies readonly ClaimExportColumn[];
export type SourceColumn = (typeof SOURCE_COLUMNS)[number];
export type ClaimColumn = Exclude<ClaimExportColumn, SourceColumn>;
