import type { Knex } from 'knex';
import type { DocumentKind } from '../closedSets';
import { formatPartialDate } from '../dates';
import { containsPattern, Db, NameSearchIndex, orderByKey, whereWordParts } from '../db/knex';
import type { DocumentRow } from '../db/tables';

export interface DocumentView {
  id: number;
  kind: DocumentKind;
  title: string;
  url: string | null;
  container_title: string | null;
  publisher: { id: number; name: string } | null;
  authors: string[];
  published_on: string | null;
  language: string | null;
  retrieved_at: string | null;
  has_text: boolean;
  text_sha256: string | null;
  notes: string | null;
  version: number;
  created_at: string;
  updated_at: string;
  text?: string | null;
}

export type DocumentFields = Omit<DocumentRow, 'id' | 'version' | 'created_at' | 'updated_at'>;

type DocumentWithPublisher = DocumentRow & { publisher_name: string | null };

export function toDocument(row: DocumentWithPublisher, withText = false): DocumentView {
  const doc: DocumentView = {
    id: row.id,
    kind: row.kind,
    title: row.title,
    url: row.url,
    container_title: row.container_title,
    publisher: row.publisher_id === null ? null : { id: row.publisher_id, name: row.publisher_name ?? '' },
    authors: row.authors,
    published_on: formatPartialDate(row.published_on, row.published_precision),
    language: row.language,
    retrieved_at: row.retrieved_at ? row.retrieved_at.toISOString() : null,
    has_text: row.text_sha256 !== null,
    text_sha256: row.text_sha256,
    notes: row.notes,
    version: row.version,
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
  };
  if (withText) doc.text = row.text;
  return doc;
}

export interface DocumentFilter {
  q?: string;
  publisher?: number;
  afterId?: number;
  limit: number;
}

export class DocumentStore {
  constructor(
    private readonly db: Db,
    private readonly search: NameSearchIndex = 'trigrams',
  ) {}

  private select(db: Knex | Knex.Transaction, withText: boolean) {
    const columns = withText
      ? ['d.*']
      : [
          'd.id',
          'd.kind',
          'd.title',
          'd.url',
          'd.container_title',
          'd.publisher_id',
          'd.authors',
          'd.published_on',
          'd.published_precision',
          'd.language',
          'd.retrieved_at',
          'd.text_sha256',
          'd.notes',
          'd.version',
          'd.created_at',
          'd.updated_at',
        ];
    return db('documents as d')
      .leftJoin('actors as p', 'p.id', 'd.publisher_id')
      .select(...columns, 'p.name as publisher_name');
  }

  async get(id: number, db: Knex | Knex.Transaction = this.db, withText = false): Promise<DocumentView | null> {
    const row = await this.select(db, withText).where('d.id', id).first();
    return row ? toDocument(row, withText) : null;
  }

  /** The documents with these ids (no text), by id. */
  async getMany(ids: number[], db: Knex | Knex.Transaction = this.db): Promise<Map<number, DocumentView>> {
    if (ids.length === 0) return new Map();
    const rows = await this.select(db, false).whereIn('d.id', ids);
    return new Map(rows.map((r: DocumentWithPublisher) => [r.id, toDocument(r)]));
  }

  /** Inserts documents (each with its client key, when `keys` gives one), returning their ids in order. */
  async insertMany(trx: Knex.Transaction, fields: Partial<DocumentFields>[], keys: (string | undefined)[] = []): Promise<number[]> {
    const rows: { id: number }[] = await trx('documents')
      .insert(fields.map((f, i) => (keys[i] === undefined ? f : { ...f, key: keys[i] })))
      .returning('id');
    return rows.map((r) => r.id);
  }

  /** The stored text of each of the given documents (null when none is stored); absent ids are left out. */
  async texts(ids: number[], db: Knex | Knex.Transaction = this.db): Promise<Map<number, string | null>> {
    if (ids.length === 0) return new Map();
    const rows: { id: number; text: string | null }[] = await db('documents').whereIn('id', ids).select('id', 'text');
    return new Map(rows.map((r) => [r.id, r.text]));
  }

  async list(filter: DocumentFilter): Promise<DocumentView[]> {
    const query = this.select(this.db, false).limit(filter.limit);
    orderByKey(query, 'd.id', this.search, filter.q);
    if (filter.afterId) query.where('d.id', '>', filter.afterId);
    if (filter.publisher) query.where('d.publisher_id', filter.publisher);
    if (filter.q) {
      // search_title is the title folded, kept when written (migration 20261225010000), which the trigram index is built
      // on; without pg_trgm, the word parts' index finds the titles that may contain q (migration 20261217010000).
      whereWordParts(query, this.search, 'd.search_title', filter.q);
      query.whereRaw('d.search_title LIKE ?', [containsPattern(filter.q)]);
    }
    return (await query).map((r: DocumentWithPublisher) => toDocument(r));
  }

  async lock(trx: Knex.Transaction, id: number): Promise<DocumentRow | undefined> {
    return trx<DocumentRow>('documents').where({ id }).forUpdate().first();
  }

  async insert(trx: Knex.Transaction, fields: Partial<DocumentFields>): Promise<number> {
    const [row] = await trx('documents').insert(fields).returning('id');
    return row.id;
  }

  async update(trx: Knex.Transaction, id: number, fields: Partial<DocumentFields>): Promise<void> {
    await trx('documents')
      .where({ id })
      .update({ ...fields, version: trx.raw('version + 1'), updated_at: trx.fn.now() });
  }
}

export interface QuoteRef {
  id: number;
  claim_id: number;
  quote: string;
  start_offset: number | null;
  end_offset: number | null;
  prefix: string | null;
  suffix: string | null;
}

/** The quotes claims take from a document: they must stay true to its stored text. */
export class QuoteStore {
  async ofDocument(trx: Knex.Transaction, documentId: number): Promise<QuoteRef[]> {
    return trx('claim_sources')
      .where({ document_id: documentId })
      .select('id', 'claim_id', 'quote', 'start_offset', 'end_offset', 'prefix', 'suffix')
      .orderBy('id');
  }

  async locate(
    trx: Knex.Transaction,
    sourceId: number,
    loc: { start: number; end: number; prefix: string; suffix: string } | null,
    quote: string,
  ): Promise<void> {
    await trx('claim_sources')
      .where({ id: sourceId })
      .update({
        quote,
        start_offset: loc?.start ?? null,
        end_offset: loc?.end ?? null,
        prefix: loc?.prefix ?? null,
        suffix: loc?.suffix ?? null,
      });
  }
}
