import type { Knex } from 'knex';
import { findQuote } from '../claims/quotes';
import type { ClaimStore } from '../claims/store';
import { canonicalText } from '../canonicalText';
import { ledgerDateFault, readLedgerDate } from '../dates';
import type { Db } from '../db/knex';
import { DomainError, FieldError } from '../errors';
import type { Principal } from '../keys/principal';
import { ActorStore } from '../actors/store';
import { reasonInto, revisionRefused } from '../revisions/reason';
import { diff, RevisionStore, unlessUnchanged } from '../revisions/store';
import { DocumentFields, DocumentFilter, DocumentStore, DocumentView, QuoteStore } from './store';
import { sha256 } from '../hash';
import { checkVersion, type Expected } from '../versions';

export interface DocumentInput {
  kind?: string;
  title?: string;
  url?: string | null;
  container_title?: string | null;
  publisher_id?: number | null;
  authors?: string[];
  published_on?: string | null;
  language?: string | null;
  retrieved_at?: string | null;
  text?: string | null;
  notes?: string | null;
  reason?: string;
}

export class DocumentService {
  private readonly quotes = new QuoteStore();

  private readonly db: Db;
  private readonly documents: DocumentStore;
  private readonly actors: ActorStore;
  private readonly revisions: RevisionStore;
  private readonly claims: ClaimStore;

  constructor(options: { db: Db; documents: DocumentStore; actors: ActorStore; revisions: RevisionStore; claims: ClaimStore }) {
    ({ db: this.db, documents: this.documents, actors: this.actors, revisions: this.revisions, claims: this.claims } = options);
  }

  async get(id: number, withText = true): Promise<DocumentView> {
    const doc = await this.documents.get(id, this.db, withText);
    if (!doc) throw new DomainError('not_found', `Document ${id} does not exist.`);
    return doc;
  }

  /**
   * The document as it was recorded at an instant. Revisions keep its text's hash, not the text: the stored text
   * is given when it is still the one recorded then, else `text` is null and `has_text` says one was stored.
   */
  async getAsRecorded(id: number, instant: string): Promise<DocumentView> {
    const then = await this.revisions.snapshotAt<DocumentView>('document', id, instant);
    if (!then) throw new DomainError('not_found', `Document ${id} had not been recorded at ${instant}.`);
    const now = await this.documents.get(id, this.db, true);
    return { ...then, text: then.text_sha256 !== null && now?.text_sha256 === then.text_sha256 ? (now.text ?? null) : null };
  }

  list(filter: DocumentFilter): Promise<DocumentView[]> {
    return this.documents.list(filter);
  }

  /** The columns the input's fields give, each field's problem added to `errors` (all of them, not only the first met). */
  private async fields(input: Partial<DocumentInput>, errors: FieldError[]): Promise<Partial<DocumentFields>> {
    const fields: Partial<DocumentFields> = {};
    for (const k of ['kind', 'title', 'url', 'container_title', 'publisher_id', 'authors', 'language', 'notes'] as const) {
      if (input[k] !== undefined) (fields as Record<string, unknown>)[k] = input[k];
    }
    if (input.published_on !== undefined) {
      const pd = readLedgerDate('published_on', input.published_on, '/published_on', errors);
      fields.published_on = pd?.date ?? null;
      fields.published_precision = pd?.precision ?? null;
    }
    if (input.retrieved_at !== undefined) {
      fields.retrieved_at = input.retrieved_at === null ? null : new Date(input.retrieved_at);
      // the ledger's rule on its dates (ledgerDateFault), on the instant's day in UTC (a year past 9999 or before 1 is
      // written +010000 or -000001 by toISOString: its year is then read as 10 or 0, out of the years too)
      if (fields.retrieved_at && !Number.isNaN(fields.retrieved_at.getTime())) {
        const fault = ledgerDateFault('retrieved_at', { date: fields.retrieved_at.toISOString().slice(0, 10), precision: 'day' });
        if (fault) errors.push({ field: '/retrieved_at', message: fault });
      }
    }
    if (input.text !== undefined) {
      // Canonical whoever sends it (the API's bodies are already; the workspace's pasted text may not be): the quotes
      // checked against it are.
      fields.text = input.text === null ? null : canonicalText(input.text);
      fields.text_sha256 = fields.text === null ? null : sha256(fields.text);
    }
    if (input.publisher_id) {
      const missing = await this.actors.missing([input.publisher_id]);
      if (missing.length > 0) errors.push({ field: '/publisher_id', message: `actor ${input.publisher_id} does not exist` });
    }
    return fields;
  }

  /**
   * A new text must still contain every quote claims take from the document; their offsets move with it. A
   * claim whose quote moved gets a new version and a revision: its provenance changed, even if its words did not.
   */
  private async relocateQuotes(trx: Knex.Transaction, id: number, text: string | null, principal: Principal): Promise<void> {
    const errors: FieldError[] = [];
    const located = (await this.quotes.ofDocument(trx, id)).map((q) => {
      // found in the form the new text writes it (a text stored decomposed before, composed now)
      const found = text === null ? null : findQuote(text, q.quote);
      if (text !== null && found === null)
        errors.push({ field: '/text', message: `no longer contains the quote of claim ${q.claim_id}: "${q.quote.slice(0, 80)}"` });
      return { q, loc: found?.location ?? null, quote: found?.quote ?? q.quote };
    });
    if (errors.length > 0) throw new DomainError('quote_not_in_text', 'The new text drops quotes that claims rely on.', errors);
    const moved = located.filter(
      ({ q, loc, quote }) =>
        q.quote !== quote ||
        q.start_offset !== (loc?.start ?? null) ||
        q.end_offset !== (loc?.end ?? null) ||
        q.prefix !== (loc?.prefix ?? null) ||
        q.suffix !== (loc?.suffix ?? null),
    );
    if (moved.length === 0) return;
    const claimIds = [...new Set(moved.map(({ q }) => q.claim_id))];
    const before = new Map((await this.claims.load(claimIds, trx)).map((c) => [c.id, c]));
    for (const { q, loc, quote } of moved) await this.quotes.locate(trx, q.id, loc, quote);
    await this.claims.touch(trx, claimIds);
    const after = await this.claims.load(claimIds, trx);
    await this.revisions.recordMany(
      trx,
      after.map((claim) => ({
        entity: 'claim',
        entity_id: claim.id,
        version: claim.version,
        action: 'update',
        author: principal.name,
        reason: `the text of document ${id} changed: the quote was located anew`,
        changes: diff({ ...before.get(claim.id)! }, { ...claim }),
        snapshot: claim,
      })),
    );
  }

  /**
   * The ledger's rules of a document (`edit`: of an edit, whose reason they ask for too) on an input an earlier stage
   * found fields at fault in (`faulty`, left out of `input`): the other fields' problems, added to `errors`. Reads only.
   */
  async check(input: Partial<DocumentInput>, faulty: ReadonlySet<string>, errors: FieldError[], edit: boolean): Promise<void> {
    if (edit && !faulty.has('reason')) reasonInto(input.reason, 'document', errors);
    await this.fields(input, errors);
  }

  async create(input: DocumentInput, principal: Principal): Promise<DocumentView> {
    const errors: FieldError[] = [];
    const fields = await this.fields(input, errors);
    if (errors.length > 0) throw new DomainError('invalid_record', 'The document cannot be saved.', errors);
    return this.db.transaction(async (trx) => {
      const id = await this.documents.insert(trx, fields);
      const doc = (await this.documents.get(id, trx))!;
      await this.revisions.recordCreate(trx, 'document', doc, principal.name, input.reason);
      return { ...doc, text: fields.text ?? null };
    });
  }

  /**
   * Several new documents in one transaction, with one statement each for the check of their publishers, the
   * rows and the revisions. The error fields start with the input's index (/2/publisher_id). `keys`: the client
   * keys a bulk import names them by, stored with the rows (a key is never served, so the revisions are the same).
   */
  async createMany(inputs: DocumentInput[], principal: Principal, keys: (string | undefined)[] = []): Promise<DocumentView[]> {
    const publishers = inputs.flatMap((i) => (i.publisher_id ? [i.publisher_id] : []));
    const missing = new Set(await this.actors.missing([...new Set(publishers)]));
    const errors: FieldError[] = inputs.flatMap((input, i) =>
      input.publisher_id && missing.has(input.publisher_id)
        ? [{ field: `/${i}/publisher_id`, message: `actor ${input.publisher_id} does not exist` }]
        : [],
    );
    // Each document's own rules (dates), its errors under its index, all of them: not only the first one met.
    const fields: Partial<DocumentFields>[] = [];
    for (const [i, input] of inputs.entries()) {
      const own: FieldError[] = [];
      fields.push({
        ...(await this.fields({ ...input, publisher_id: undefined }, own)),
        ...(input.publisher_id !== undefined && { publisher_id: input.publisher_id }),
      });
      errors.push(...own.map((err) => ({ ...err, field: `/${i}${err.field}` })));
    }
    if (errors.length > 0) throw new DomainError('invalid_record', 'The documents cannot be saved.', errors);
    return this.db.transaction(async (trx) => {
      const ids = await this.documents.insertMany(trx, fields, keys);
      const docs = await this.documents.getMany(ids, trx);
      await this.revisions.recordMany(
        trx,
        ids.map((id, i) => ({
          entity: 'document',
          entity_id: id,
          version: docs.get(id)!.version,
          action: 'create',
          author: principal.name,
          reason: inputs[i].reason,
          changes: null,
          snapshot: docs.get(id)!,
        })),
      );
      return ids.map((id, i) => ({ ...docs.get(id)!, text: fields[i].text ?? null }));
    });
  }

  async update(id: number, input: DocumentInput, expected: Expected | null, principal: Principal): Promise<DocumentView> {
    const errors: FieldError[] = [];
    reasonInto(input.reason, 'document', errors);
    const fields = await this.fields(input, errors);
    if (errors.length > 0) throw revisionRefused('document', 'edited', errors);
    return unlessUnchanged(
      this.db.transaction(async (trx) => {
        const locked = await this.documents.lock(trx, id);
        if (!locked) throw new DomainError('not_found', `Document ${id} does not exist.`);
        checkVersion(locked.version, expected);
        const before = (await this.documents.get(id, trx, true))!;
        checkVersion(locked.version, expected, before);
        if (fields.text !== undefined && fields.text_sha256 !== locked.text_sha256)
          await this.relocateQuotes(trx, id, fields.text ?? null, principal);
        await this.documents.update(trx, id, fields);
        const after = (await this.documents.get(id, trx, true))!;
        const { text: _beforeText, ...beforeShown } = before;
        const { text: _afterText, ...afterShown } = after;
        await this.revisions.recordUpdate(
          trx,
          'document',
          { before: beforeShown, after: afterShown, current: before },
          principal.name,
          input.reason,
        );
        return after;
      }),
    );
  }
}
