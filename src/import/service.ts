import type { Knex } from 'knex';
import { ActorInput, ActorService } from '../actors/service';
import { ActorStore } from '../actors/store';
import { locateSources } from '../claims/quotes';
import { checkValue, ClaimInput, ClaimService } from '../claims/service';
import { Claim, ClaimStore, SourceToSave, toClaim } from '../claims/store';
import { parsePartialDate } from '../dates';
import { copyInto } from '../db/copy';
import type { Db } from '../db/knex';
import type { ClaimRelationRow, ClaimRow, ClaimSourceRow } from '../db/tables';
import { DocumentInput, DocumentService } from '../documents/service';
import { DocumentStore } from '../documents/store';
import { BadRequestError, FieldError, HttpError, UnprocessableError } from '../http/errors';
import type { Validator } from '../http/validate';
import type { Principal } from '../keys/store';
import { RevisionStore } from '../revisions/store';
import { PlaceIndex, VocabularyStore } from '../vocab/store';
import { csvClaimLines, CsvClaim } from './csv';
import { changedRelations, newRelations } from './csvRelations';
import { ImportError, ReadLine, splitLines } from './lines';

export type { ImportError } from './lines';

/** Lines are read, checked and written in batches of this many (memory holds about three: one read, one prepared, one written): one COPY per table per batch of new claims. */
export const BATCH_SIZE = 2000;
/** An import with more failing fields than this stops reading and reports these. */
const MAX_ERRORS = 1000;

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportResult {
  lines: number;
  actors: ImportCounts;
  documents: ImportCounts;
  claims: ImportCounts;
  relations: ImportCounts;
}

type Ref = number | string;
type Kind = 'actor' | 'document' | 'claim';
const TABLES: Record<Kind, string> = { actor: 'actors', document: 'documents', claim: 'claims' };

interface ActorLine extends Omit<ActorInput, 'affiliations'> { type: 'actor'; key?: string }
interface DocumentLine extends Omit<DocumentInput, 'publisher_id'> { type: 'document'; key?: string; publisher?: Ref | null }
interface ClaimLine extends Omit<ClaimInput, 'claimant_id' | 'sources' | 'relations' | 'key'> {
  type: 'claim';
  /** A stored claim this line updates (else its key, else it is a new claim). */
  id?: number;
  key?: string;
  claimant: Ref;
  sources: { document: Ref; quote: string }[];
  relations?: { type: string; claim: Ref; asserted_by?: Ref }[];
}
interface RelationLine { type: 'relation'; claim: Ref; relation: string; target: Ref; asserted_by?: Ref; reason?: string }
type Line = ActorLine | DocumentLine | ClaimLine | RelationLine;

const SCHEMAS: Record<Line['type'], string> = {
  actor: 'import.json#/$defs/ImportActorLine',
  document: 'import.json#/$defs/ImportDocumentLine',
  claim: 'import.json#/$defs/ImportClaimLine',
  relation: 'import.json#/$defs/ImportRelationLine',
};

/** Relation types as stored on the claim they start from (incoming ones are served under their inverse names). */
const OUTGOING = new Set(['supersedes', 'part_of', 'derived_from']);

const counts = (): ImportCounts => ({ created: 0, updated: 0, unchanged: 0 });

/** How the body is written: NDJSON lines of every kind, or the claims CSV the export writes. */
export type ImportFormat = 'ndjson' | 'csv';

export interface ImportOptions {
  format?: ImportFormat;
  /** Why: the reason of every claim and relation line that gives none (all of a CSV's). */
  reason?: string;
}

/** The lines of a body in its format. */
function readLines(body: AsyncIterable<Buffer | string>, format: ImportFormat): AsyncIterable<ReadLine> {
  return format === 'csv' ? csvClaimLines(body) : splitLines(body);
}

/**
 * Bulk import of NDJSON, in one transaction. Lines are read as they arrive (the body is never held whole),
 * validated against schemas/import.json, and written per batch (while the next is read): new claims and new
 * documents with multi-row inserts of their rows and revisions; records whose key is already stored go
 * through the services (a revision when something changed, nothing when not). Any failing line rolls everything back, and the problem lists
 * every failing line and field.
 */
export class ImportService {
  constructor(private readonly db: Db, private readonly places: PlaceIndex, private readonly validator: Validator) {}

  async run(body: AsyncIterable<Buffer | string>, principal: Principal, options: ImportOptions = {}): Promise<ImportResult> {
    return this.db.transaction(async (trx) => {
      const session = new ImportSession(trx, this.places, this.validator, principal, options.reason);
      await session.prepare();
      // A batch is read and validated while the last one is prepared, and prepared while the last one's new claims are written.
      let writing: Promise<void> = Promise.resolve();
      try {
        for await (const raw of readLines(unlessAborted(body), options.format ?? 'ndjson')) {
          session.add(raw);
          if (session.pendingCount >= BATCH_SIZE) {
            await writing;
            writing = session.flush();
            writing.catch(() => undefined); // awaited (and thrown) before the next batch or at the end
          }
          if (session.errors.length >= MAX_ERRORS) break;
        }
        await writing;
        await session.flush();
        await session.settle();
      } catch (err) {
        // The transaction rolls back once no statement is under way; a failed write is the cause of what failed after it.
        await writing.catch(() => undefined);
        await session.settle();
        throw err;
      }
      if (session.errors.length > 0) {
        const shown = session.errors.slice(0, MAX_ERRORS).sort((a, b) => a.line - b.line);
        throw new UnprocessableError(
          `The import was rejected and nothing was saved: ${shown.length}${session.errors.length >= MAX_ERRORS ? ' or more' : ''} failing field(s).`,
          shown,
        );
      }
      if (session.result.lines === 0) {
        throw new UnprocessableError(`The import is empty: send ${options.format === 'csv' ? 'a row per claim and source under the header' : 'one JSON object per line'}.`, [{ line: 0, field: 'body', message: 'has no lines' } as ImportError]);
      }
      return session.result;
    });
  }
}

/** A client that hangs up mid-import gets (if anyone listens) a 400, not a 500; the transaction rolls back. */
async function* unlessAborted(body: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer | string> {
  try {
    yield* body;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ECONNRESET' || code === 'ECONNABORTED' || (err as Error).message === 'aborted') {
      throw new BadRequestError('The request was aborted before the import was complete; nothing was saved.');
    }
    throw err;
  }
}

interface NewClaim {
  n: number;
  id: number;
  /** Null when a reference is unknown (already reported). */
  input: ClaimInput | null;
}

/** The columns of a new claim that come from its line (the rest are a new claim's: version 1, active). */
type NewClaimRow = Omit<ClaimRow, 'id' | 'version' | 'status' | 'retraction_reason' | 'created_at' | 'updated_at'>;

interface NewDocument {
  n: number;
  key: string | undefined;
  input: DocumentInput;
}

class ImportSession {
  readonly errors: ImportError[] = [];
  readonly result: ImportResult = { lines: 0, actors: counts(), documents: counts(), claims: counts(), relations: counts() };
  /** Keys and ids known to exist, with their ids (0 while only declared by a line not written because of errors; a new claim's id is taken when its line is read). */
  private readonly ids: Record<Kind, Map<Ref, number>> = { actor: new Map(), document: new Map(), claim: new Map() };
  private readonly versions: Record<Kind, Map<number, number>> = { actor: new Map(), document: new Map(), claim: new Map() };
  private pending: { n: number; line: Line }[] = [];
  /** The claims of the pending and last batches read from CSV rows, by line: where their fields are, their relation cells. */
  private readonly csv = new Map<number, CsvClaim>();
  /** Served claims of the batch's stored keys, loaded together, to skip unchanged lines without a transaction each. */
  private stored = new Map<number, Claim>();
  /** Claims this import has changed: their loaded copies are stale, so they always go through the service. */
  private readonly touched = new Set<number>();
  private metrics = new Set<string>();
  /** The last batch of new claims being written (see settle). */
  private claimWrite: Promise<void> = Promise.resolve();
  /** The transaction's time: created_at and updated_at of every row it writes. */
  private recordedAt = new Date(0);
  private readonly groups = new Map<string, string | null>();
  private readonly store: ClaimStore;
  private readonly revisions: RevisionStore;
  private readonly vocabulary: VocabularyStore;
  private readonly documentStore: DocumentStore;
  private readonly actors: ActorService;
  private readonly documents: DocumentService;
  private readonly claims: ClaimService;

  constructor(private readonly trx: Knex.Transaction, private readonly places: PlaceIndex, private readonly validator: Validator, private readonly principal: Principal,
    private readonly reason?: string) {
    // Services bound to the import's transaction: their own transactions become savepoints inside it.
    const actorStore = new ActorStore(trx);
    this.documentStore = new DocumentStore(trx);
    this.store = new ClaimStore(trx);
    this.revisions = new RevisionStore(trx);
    this.vocabulary = new VocabularyStore(trx);
    this.actors = new ActorService(trx, actorStore, this.revisions, places);
    this.documents = new DocumentService(trx, this.documentStore, actorStore, this.revisions, this.store);
    this.claims = new ClaimService(trx, this.store, actorStore, this.documentStore, this.revisions, this.vocabulary, places);
  }

  get pendingCount(): number {
    return this.pending.length;
  }

  async prepare(): Promise<void> {
    this.metrics = new Set((await this.vocabulary.listMetrics()).map((m) => m.code));
    this.recordedAt = await this.store.recordingTime(this.trx);
  }

  /** Reports a field of line n; a claim read from CSV names the file line and column of that field. */
  private fail(n: number, field: string, message: string): void {
    const at = this.csv.get(n)?.locate(field);
    this.errors.push(at ? { line: at.line, column: at.column, field: at.column, message } : { line: n, field, message });
  }

  /** Parses and validates one line; valid lines wait for the next flush. */
  add(raw: ReadLine): void {
    if ('errors' in raw) {
      this.result.lines += 1;
      this.errors.push(...raw.errors);
      return;
    }
    if ('error' in raw) return this.fail(raw.n, '/', raw.error);
    let value: unknown;
    if ('csv' in raw) {
      value = raw.value;
      this.csv.set(raw.n, raw.csv);
    } else {
      if (raw.text.trim() === '') return;
      try {
        value = JSON.parse(raw.text);
      } catch {
        this.result.lines += 1;
        return this.fail(raw.n, '/', 'is not valid JSON');
      }
    }
    this.result.lines += 1;
    const type = (value as { type?: unknown } | null)?.type;
    if (typeof value !== 'object' || value === null || Array.isArray(value) || typeof type !== 'string' || !(type in SCHEMAS)) {
      return this.fail(raw.n, '/type', 'must be one of actor, document, claim, relation');
    }
    const line = value as { type: string; reason?: unknown };
    if (this.reason !== undefined && line.reason === undefined && (line.type === 'claim' || line.type === 'relation')) line.reason = this.reason;
    try {
      this.pending.push({ n: raw.n, line: this.validator.body<Line>(SCHEMAS[type as Line['type']], value) });
    } catch (err) {
      if (!(err instanceof HttpError)) throw err;
      for (const e of err.errors) this.fail(raw.n, e.field, e.message);
    }
  }

  /** Looks up the keys and ids a batch refers to, then writes it line by line (new claims in bulk). */
  async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    await this.lookup(batch);
    await this.loadStoredClaims(batch.map((b) => b.line));
    const ids = await this.claimIds(batch.map((b) => b.line));
    let newClaims: NewClaim[] = [];
    const flushClaims = async () => {
      if (newClaims.length > 0) await this.insertClaims(newClaims);
      newClaims = [];
    };
    let newDocuments: NewDocument[] = [];
    const flushDocuments = async () => {
      if (newDocuments.length > 0) await this.insertDocuments(newDocuments);
      newDocuments = [];
    };
    for (const { n, line } of batch) {
      if (line.type === 'claim' && this.isNew(line)) {
        // References resolve now, so they reach earlier lines only; the claim's id is taken in advance, so that
        // later claims of the same bulk insert can refer to it.
        await flushDocuments();
        const id = ids.shift()!;
        const csv = this.csv.get(n);
        if (csv) line.relations = newRelations(csv);
        newClaims.push({ n, id, input: this.claimInput(n, line) });
        if (line.key !== undefined) this.ids.claim.set(line.key, id); // declared: later lines may refer to it
        continue;
      }
      await flushClaims();
      if (line.type === 'document' && !(line.key !== undefined && (this.ids.document.has(line.key) || newDocuments.some((d) => d.key === line.key)))) {
        const input = this.documentInput(n, line);
        if (input) newDocuments.push({ n, key: line.key, input });
        continue;
      }
      await flushDocuments();
      if (line.type === 'actor') await this.saveActor(n, line);
      else if (line.type === 'document') await this.saveDocument(n, line);
      else if (line.type === 'claim') await this.updateClaim(n, line);
      else await this.saveRelation(n, line);
    }
    await flushDocuments();
    await flushClaims();
    for (const { n } of batch) this.csv.delete(n);
  }

  /** Whether a claim line creates a claim: it names no stored claim by id, and its key (if any) is neither stored nor on an earlier line. */
  private isNew(line: ClaimLine): boolean {
    return line.id === undefined && !(line.key !== undefined && this.ids.claim.has(line.key));
  }

  /** The stored claim a claim line updates (by id, else by key); undefined for a new claim or an unknown id. */
  private storedId(line: ClaimLine): number | undefined {
    return line.id !== undefined ? this.ids.claim.get(line.id) : line.key !== undefined ? this.ids.claim.get(line.key) : undefined;
  }

  /** Ids for the new claims of a batch (those whose key is neither stored nor on an earlier line), in one query. */
  private async claimIds(lines: Line[]): Promise<number[]> {
    const keys = new Set<Ref>();
    let count = 0;
    for (const l of lines) {
      if (l.type !== 'claim' || l.id !== undefined) continue;
      if (l.key === undefined || !(this.ids.claim.has(l.key) || keys.has(l.key))) count += 1;
      if (l.key !== undefined) keys.add(l.key);
    }
    return count === 0 ? [] : this.store.nextIds(this.trx, count);
  }

  /** One query per kind finds the stored records (and their versions) for every key and id in the batch. */
  private async lookup(batch: { n: number; line: Line }[]): Promise<void> {
    const wanted: Record<Kind, Set<Ref>> = { actor: new Set(), document: new Set(), claim: new Set() };
    const want = (kind: Kind, ref: Ref | null | undefined) => {
      if (ref !== undefined && ref !== null && !this.ids[kind].has(ref)) wanted[kind].add(ref);
    };
    for (const { n, line: l } of batch) {
      for (const ids of Object.values(this.csv.get(n)?.relations ?? {})) ids.forEach((id) => want('claim', id));
      if (l.type === 'actor') want('actor', l.key);
      if (l.type === 'document') { want('document', l.key); want('actor', l.publisher); }
      if (l.type === 'claim') {
        want('claim', l.key); want('claim', l.id); want('actor', l.claimant);
        l.sources.forEach((s) => want('document', s.document));
        l.relations?.forEach((r) => { want('claim', r.claim); want('actor', r.asserted_by); });
      }
      if (l.type === 'relation') { want('claim', l.claim); want('claim', l.target); want('actor', l.asserted_by); }
    }
    for (const kind of ['actor', 'document', 'claim'] as const) {
      const refs = [...wanted[kind]];
      if (refs.length === 0) continue;
      const keys = refs.filter((r): r is string => typeof r === 'string');
      const ids = refs.filter((r): r is number => typeof r === 'number');
      const rows: { id: number; key: string | null; version: number }[] = await this.trx(TABLES[kind]).select('id', 'key', 'version')
        .where((w) => { w.whereIn('key', keys).orWhereIn('id', ids); });
      for (const row of rows) {
        if (row.key !== null && keys.includes(row.key)) this.ids[kind].set(row.key, row.id);
        if (ids.includes(row.id)) this.ids[kind].set(row.id, row.id);
        this.versions[kind].set(row.id, row.version);
      }
    }
  }

  /** The id of a referenced record, or null (with an error naming the field) when it is unknown. */
  private resolve(kind: Kind, ref: Ref, n: number, field: string): number | null {
    const id = this.ids[kind].get(ref);
    if (id !== undefined) return id;
    this.fail(n, field, typeof ref === 'number'
      ? `${kind} ${ref} does not exist`
      : `${kind} key "${ref}" is not defined on an earlier line nor stored`);
    return null;
  }

  private get writing(): boolean {
    return this.errors.length === 0;
  }

  /** Runs a service call for line n; its field errors become the line's errors (its savepoint is rolled back). */
  private async guarded<T>(n: number, work: () => Promise<T>): Promise<T | null> {
    try {
      return await work();
    } catch (err) {
      if (!(err instanceof HttpError) || err.status >= 500) throw err;
      if (err.errors.length === 0) this.fail(n, '/', err.message);
      for (const e of err.errors) this.fail(n, e.field, e.message);
      return null;
    }
  }

  private tally(target: ImportCounts, before: number | undefined, after: number): void {
    if (before === undefined) target.created += 1;
    else if (after > before) target.updated += 1;
    else target.unchanged += 1;
  }

  private async upsert<T extends { id: number; version: number }>(kind: 'actor' | 'document', n: number, key: string | undefined,
    create: () => Promise<T>, update: (id: number) => Promise<T>): Promise<void> {
    const existing = key === undefined ? undefined : this.ids[kind].get(key);
    await this.settle();
    if (!this.writing) {
      if (key !== undefined && existing === undefined) this.ids[kind].set(key, 0);
      return;
    }
    const saved = await this.guarded(n, () => (existing ? update(existing) : create()));
    if (!saved) {
      if (key !== undefined && existing === undefined) this.ids[kind].set(key, 0);
      return;
    }
    if (!existing && key !== undefined) await this.trx(TABLES[kind]).where({ id: saved.id }).update({ key });
    this.tally(kind === 'actor' ? this.result.actors : this.result.documents, existing ? this.versions[kind].get(existing) : undefined, saved.version);
    if (key !== undefined) this.ids[kind].set(key, saved.id);
    this.versions[kind].set(saved.id, saved.version);
  }

  private async saveActor(n: number, line: ActorLine): Promise<void> {
    const { type: _type, key, ...input } = line;
    await this.upsert('actor', n, key, () => this.actors.create(input, this.principal), (id) => this.actors.update(id, input, null, this.principal));
  }

  /** The document input with the publisher's key turned into an id; null when it is unknown or failed (reported). */
  private documentInput(n: number, line: DocumentLine): DocumentInput | null {
    const { type: _type, key: _key, publisher, ...rest } = line;
    const input: DocumentInput = { ...rest };
    if (publisher !== undefined) input.publisher_id = publisher === null ? null : this.resolve('actor', publisher, n, '/publisher');
    if (input.publisher_id === 0) return null; // an actor of this import that failed: already reported
    if (publisher !== undefined && publisher !== null && input.publisher_id === null) return null;
    return input;
  }

  private async saveDocument(n: number, line: DocumentLine): Promise<void> {
    const input = this.documentInput(n, line);
    if (!input) return;
    await this.upsert('document', n, line.key, () => this.documents.create(input, this.principal), (id) => this.documents.update(id, input, null, this.principal));
  }

  /** New documents in bulk, through the document service (one statement each for rows, keys and revisions). */
  private async insertDocuments(batch: NewDocument[]): Promise<void> {
    const declare = () => batch.forEach((d) => { if (d.key !== undefined) this.ids.document.set(d.key, 0); });
    if (!this.writing) return declare();
    await this.settle();
    try {
      const saved = await this.documents.createMany(batch.map((d) => d.input), this.principal);
      const keyed = saved.flatMap((doc, i) => (batch[i].key === undefined ? [] : [{ id: doc.id, key: batch[i].key! }]));
      if (keyed.length > 0) {
        await this.trx.raw('UPDATE documents d SET key = v.key FROM unnest(?::bigint[], ?::text[]) AS v(id, key) WHERE d.id = v.id',
          [keyed.map((k) => k.id), keyed.map((k) => k.key)]);
      }
      saved.forEach((doc, i) => {
        if (batch[i].key !== undefined) this.ids.document.set(batch[i].key!, doc.id);
        this.versions.document.set(doc.id, doc.version);
      });
      this.result.documents.created += saved.length;
    } catch (err) {
      if (!(err instanceof HttpError) || err.status >= 500) throw err;
      for (const e of err.errors) {
        const [, index, field] = /^\/(\d+)(\/.*)$/.exec(e.field) ?? [];
        const d = batch[Number(index)];
        this.fail(d ? d.n : batch[0].n, d ? field.replace('/publisher_id', '/publisher') : e.field, e.message);
      }
      if (err.errors.length === 0) this.fail(batch[0].n, '/', err.message);
      declare();
    }
  }

  /** The claim input with keys turned into ids; null when a reference is unknown (reported). */
  private claimInput(n: number, line: ClaimLine): ClaimInput | null {
    const before = this.errors.length;
    const { type: _type, id: _id, key, claimant, sources, relations, ...rest } = line;
    // A line naming its claim by id keeps the claim's key unless it gives one.
    const input: ClaimInput = { ...rest, ...(key !== undefined || line.id === undefined ? { key: key ?? null } : {}) };
    input.claimant_id = this.resolve('actor', claimant, n, '/claimant') ?? 0;
    input.sources = sources.map((s, i) => ({ document_id: this.resolve('document', s.document, n, `/sources/${i}/document`) ?? 0, quote: s.quote }));
    if (relations) {
      input.relations = relations.map((r, i) => ({
        type: r.type,
        claim_id: this.resolve('claim', r.claim, n, `/relations/${i}/claim`) ?? 0,
        ...(r.asserted_by === undefined ? {} : { asserted_by: this.resolve('actor', r.asserted_by, n, `/relations/${i}/asserted_by`) ?? 0 }),
      }));
    }
    return this.errors.length === before ? input : null;
  }

  private async updateClaim(n: number, line: ClaimLine): Promise<void> {
    const id = line.id !== undefined ? this.resolve('claim', line.id, n, '/id') : this.ids.claim.get(line.key!)!;
    const csv = this.csv.get(n);
    if (csv && id && this.writing) {
      // The relation cells say what the claim shows; what it records itself follows from them and the stored links.
      await this.settle();
      const shown = this.touched.has(id) || !this.stored.has(id) ? (await this.store.load([id], this.trx))[0] : this.stored.get(id)!;
      line.relations = shown ? await changedRelations(csv, shown, () => this.store.outgoingRelations(this.trx, id)) : undefined;
    }
    const input = this.claimInput(n, line);
    if (!input || !id || !this.writing) return;
    await this.settle();
    const stored = this.touched.has(id) ? undefined : this.stored.get(id);
    if (stored && (await this.sameAsStored(input, stored))) {
      this.result.claims.unchanged += 1;
      return;
    }
    this.touched.add(id);
    const before = this.versions.claim.get(id);
    const saved = await this.guarded(n, () => this.claims.update(id, input, null, this.principal));
    if (!saved) return;
    if (csv?.version != null && saved.version !== before && csv.version !== before) {
      this.fail(n, '/version', `claim ${id} is at version ${before} now, the row was exported at version ${csv.version}: export it again and redo the edit`);
    }
    this.tally(this.result.claims, before, saved.version);
    this.versions.claim.set(id, saved.version);
  }

  private async saveRelation(n: number, line: RelationLine): Promise<void> {
    const from = this.resolve('claim', line.claim, n, '/claim');
    const to = this.resolve('claim', line.target, n, '/target');
    const assertedBy = line.asserted_by === undefined ? undefined : this.resolve('actor', line.asserted_by, n, '/asserted_by');
    if (!from || !to || assertedBy === null || !this.writing) return;
    await this.settle();
    const current = await this.store.outgoingRelations(this.trx, from);
    if (current.some((r) => r.type === line.relation && r.related_claim_id === to)) {
      this.result.relations.unchanged += 1;
      return;
    }
    const relations = [...current.map((r) => ({ type: r.type, claim_id: r.related_claim_id, asserted_by: r.asserted_by })),
      { type: line.relation, claim_id: to, ...(assertedBy ? { asserted_by: assertedBy } : {}) }];
    this.touched.add(from);
    const saved = await this.guarded(n, () => this.claims.update(from, { relations, reason: line.reason }, null, this.principal));
    if (!saved) return;
    this.result.relations.created += 1;
    this.versions.claim.set(from, saved.version);
  }

  /** The served claims of the batch's stored keys (after the claims being written: a key may be one of theirs). */
  private async loadStoredClaims(lines: Line[]): Promise<void> {
    const ids = lines.flatMap((l) => (l.type === 'claim' && this.storedId(l) ? [this.storedId(l)!] : []));
    if (this.writing && ids.length > 0) await this.settle();
    this.stored = new Map(this.writing && ids.length > 0 ? (await this.store.load(ids, this.trx)).map((c) => [c.id, c]) : []);
  }

  /**
   * Whether applying the line would change nothing. Conservative: anything it cannot compare for certain
   * (a symmetric relation, whose direction the served claim does not show) counts as a change, and the
   * service decides.
   */
  private async sameAsStored(input: ClaimInput, stored: Claim): Promise<boolean> {
    const plain = ['key', 'metric', 'value', 'value_low', 'value_high', 'approximation', 'value_text', 'context', 'rank', 'credibility', 'notes', 'as_of', 'stated_on'] as const;
    for (const k of plain) if (input[k] !== undefined && input[k] !== stored[k]) return false;
    if (input.country !== undefined && this.places.resolve(input.country) !== stored.country) return false;
    if (input.group !== undefined && (input.group === null ? null : await this.groupSlug(input.group)) !== stored.group) return false;
    if (input.location !== undefined && JSON.stringify(input.location.map((l) => this.places.resolve(l))) !== JSON.stringify(stored.location)) return false;
    if (input.claimant_id !== undefined && input.claimant_id !== stored.claimant.id) return false;
    if (input.sources !== undefined) {
      if (input.sources.length !== stored.sources.length) return false;
      if (input.sources.some((s, i) => s.document_id !== stored.sources[i].document.id || s.quote !== stored.sources[i].quote)) return false;
    }
    if (input.relations !== undefined) {
      if (stored.relations.some((r) => r.type === 'contradicts' || r.type === 'corroborates')) return false;
      const outgoing = stored.relations.filter((r) => OUTGOING.has(r.type)).map((r) => `${r.type}:${r.claim_id}:${r.asserted_by.id}`).sort();
      const wanted = input.relations.map((r) => `${r.type}:${r.claim_id}:${r.asserted_by ?? input.claimant_id ?? stored.claimant.id}`).sort();
      if (JSON.stringify(outgoing) !== JSON.stringify(wanted)) return false;
    }
    return true;
  }

  private async groupSlug(ref: string): Promise<string | null> {
    if (!this.groups.has(ref)) this.groups.set(ref, (await this.vocabulary.resolveGroup(ref))?.slug ?? null);
    return this.groups.get(ref)!;
  }

  /**
   * New claims in bulk: the same rules as one claim at a time (known metric, country and group, a coherent
   * figure, quotes found in stored text, no repeated source or relation); their create revisions built here from
   * the rows as they will be stored; then the rows and revisions written with COPY while the next batch is
   * prepared (see settle), and the claims they supersede updated.
   */
  private async insertClaims(batch: NewClaim[]): Promise<void> {
    const prepared: { n: number; id: number; row: NewClaimRow; input: ClaimInput; located: SourceToSave[] }[] = [];
    const inputs = batch.flatMap((c) => (c.input ? [c.input] : []));
    const joined = await this.store.joinedRecords(this.trx,
      [...new Set(inputs.flatMap((i) => [i.claimant_id!, ...(i.relations ?? []).flatMap((r) => (r.asserted_by === undefined ? [] : [r.asserted_by]))]))],
      [...new Set(inputs.flatMap((i) => i.sources!.map((s) => s.document_id)))]);
    const texts = new Map([...joined.documents].map(([id, d]) => [id, d.text]));
    for (const { n, id, input } of batch) {
      if (!input) continue;
      const errors: FieldError[] = [];
      const row = await this.claimRow(input, errors);
      checkValue(row, errors);
      const located = locateSources(input.sources!, texts, errors, false);
      const seenRelations = new Set<string>();
      (input.relations ?? []).forEach((r, i) => {
        if (seenRelations.has(`${r.type}:${r.claim_id}`)) errors.push({ field: `/relations/${i}`, message: 'repeats an earlier relation' });
        seenRelations.add(`${r.type}:${r.claim_id}`);
      });
      for (const e of errors) this.fail(n, e.field, e.message);
      if (errors.length === 0) prepared.push({ n, id, row, input, located });
    }
    if (!this.writing || prepared.length === 0) return;

    const rows: Omit<ClaimRow, 'created_at' | 'updated_at'>[] = prepared.map((p) => ({ ...p.row, id: p.id, version: 1, status: 'active', retraction_reason: null }));
    const sources = prepared.flatMap((p) => p.located.map(({ document_id, quote, location: loc }, position) => (
      { claim_id: p.id, document_id, quote, prefix: loc?.prefix ?? null, suffix: loc?.suffix ?? null, start_offset: loc?.start ?? null, end_offset: loc?.end ?? null, position })));
    const relations = prepared.flatMap((p) => (p.input.relations ?? []).map((r) => ({
      claim_id: p.id, type: r.type, related_claim_id: r.claim_id, asserted_by: r.asserted_by ?? p.input.claimant_id!,
    })));
    const revisions = this.servedAsCreated(rows, sources, relations, joined).map((claim, i) => (
      { entity: 'claim' as const, entity_id: claim.id, version: claim.version, action: 'create' as const, author: this.principal.name, reason: prepared[i].input.reason, changes: null, snapshot: claim }));
    const copies = [...this.store.newRows(rows, sources, relations), this.revisions.rows(revisions)];
    const superseded = relations.filter((r) => r.type === 'supersedes').map((r) => r.related_claim_id);
    for (const { id } of rows) {
      this.ids.claim.set(id, id); // later lines may refer to it by id: it is written before anything they write
      this.versions.claim.set(id, 1);
    }
    this.result.claims.created += prepared.length;
    this.result.relations.created += relations.length;
    await this.settle();
    this.claimWrite = (async () => {
      await copyInto(this.trx, copies);
      if (superseded.length > 0) await this.claims.refreshSuperseded(this.trx, superseded, this.principal, 'superseded by a claim of an import');
    })();
    this.claimWrite.catch(() => undefined); // thrown by settle()
  }

  /**
   * Waits for the new claims still being written. The next batch's reads of keys, ids, texts and names go on
   * while they are: they never depend on them (the claims' keys and ids are known here already). Every write,
   * and every read of stored claims, waits, so that the import sees and changes the ledger in the order of its lines.
   */
  settle(): Promise<void> {
    return this.claimWrite;
  }

  /**
   * The served claims as created, built from the rows just written (the same mapping as ClaimStore.load, without
   * reading them back): each with its own sources and relations only, so a claim of this bulk insert that a later
   * one relates to does not show that relation yet, as when they are imported one at a time. Their created_at and
   * updated_at are the transaction's time, the default those columns take.
   */
  private servedAsCreated(rows: Omit<ClaimRow, 'created_at' | 'updated_at'>[], sources: Omit<ClaimSourceRow, 'id'>[], relations: Omit<ClaimRelationRow, 'id' | 'created_at'>[],
    joined: Awaited<ReturnType<ClaimStore['joinedRecords']>>): Claim[] {
    const sourcesOf = new Map<number, typeof sources>();
    for (const s of sources) sourcesOf.set(s.claim_id, [...(sourcesOf.get(s.claim_id) ?? []), s]);
    const relationsOf = new Map<number, typeof relations>();
    for (const r of relations) relationsOf.set(r.claim_id, [...(relationsOf.get(r.claim_id) ?? []), r]);
    return rows.map((row) => {
      const claimant = joined.claimants.get(row.claimant_id)!;
      return toClaim({
        ...row, created_at: this.recordedAt, updated_at: this.recordedAt, claimant_name: claimant.name, claimant_kind: claimant.kind, affiliations: claimant.affiliations,
        sources: (sourcesOf.get(row.id) ?? []).map(({ position: _position, ...s }) => ({ ...s, ...joined.documents.get(s.document_id)! })),
        relations: (relationsOf.get(row.id) ?? []).map((r, i) => ({ ...r, id: i, asserted_by_name: joined.claimants.get(r.asserted_by)!.name })),
      });
    });
  }

  /** Column values of a new claim, resolving names through the cached vocabularies (a name that does not resolve is an error, its row never written). */
  private async claimRow(input: ClaimInput, errors: FieldError[]): Promise<NewClaimRow> {
    if (!this.metrics.has(input.metric!)) errors.push({ field: '/metric', message: `"${input.metric}" is not a known metric (see /v1/metrics)` });
    const country = this.places.resolve(input.country!);
    if (country === null) errors.push({ field: '/country', message: `"${input.country}" is not a known country, region or demonym` });
    let groupSlug: string | null = null;
    if (input.group) {
      groupSlug = await this.groupSlug(input.group);
      if (groupSlug === null) errors.push({ field: '/group', message: `"${input.group}" is not a known group or alias (see /v1/groups)` });
    }
    const location = (input.location ?? []).map((ref, i) => {
      const code = this.places.resolve(ref);
      if (code === null) errors.push({ field: `/location/${i}`, message: `"${ref}" is not a known country or region` });
      return code ?? ref;
    });
    const asOf = input.as_of ? parsePartialDate(input.as_of) : null;
    const statedOn = input.stated_on ? parsePartialDate(input.stated_on) : null;
    return {
      key: input.key ?? null, metric: input.metric!, country: country ?? input.country!, group_slug: groupSlug, location,
      value: input.value ?? null, value_low: input.value_low ?? null, value_high: input.value_high ?? null, approximation: input.approximation!,
      value_text: input.value_text!, as_of: asOf?.date ?? null, as_of_precision: asOf?.precision ?? null, stated_on: statedOn?.date ?? null,
      stated_precision: statedOn?.precision ?? null, claimant_id: input.claimant_id!, context: input.context ?? null, rank: input.rank ?? 'normal',
      credibility: input.credibility ?? null, notes: input.notes ?? null,
    };
  }
}
