import { keyTakenMeanwhile, translatePgError } from '../db/pgErrors';
import { DomainError } from '../errors';
import type { ActorInput, ActorService } from '../actors/service';
import type { AffiliationInput } from '../actors/store';
import type { DocumentInput, DocumentService } from '../documents/service';
import { type ImportContext, keysCreatedMeanwhile } from './context';
import type { ActorLine, AffiliationLine, AffiliationRef, DocumentLine } from './lineTypes';
import { TABLES } from './lineTypes';

/** A line that creates a record, waiting to be written with the others of its kind. */
export interface NewRecord<I> {
  n: number;
  key: string | undefined;
  input: I;
}

/** Actor, affiliation and document lines: through the actor and document services (new documents in bulk). */
export class ImportRecords {
  constructor(
    private readonly ctx: ImportContext,
    private readonly actors: ActorService,
    private readonly documents: DocumentService,
  ) {}

  private async upsert<T extends { id: number; version: number }>(
    kind: 'actor' | 'document',
    n: number,
    key: string | undefined,
    create: () => Promise<T>,
    update: (id: number) => Promise<T>,
  ): Promise<void> {
    const { ctx } = this;
    const existing = key === undefined ? undefined : ctx.ids[kind].get(key);
    await ctx.settle();
    if (existing) this.changing();
    const saved = ctx.writing ? await ctx.guarded(n, () => (existing ? update(existing) : create())) : null;
    if (!saved) {
      if (key !== undefined && existing === undefined) ctx.ids[kind].set(key, 0);
      return;
    }
    if (!existing && key !== undefined) await ctx.trx(TABLES[kind]).where({ id: saved.id }).update({ key });
    ctx.tally(
      kind === 'actor' ? ctx.result.actors : ctx.result.documents,
      existing ? ctx.versions[kind].get(existing) : undefined,
      saved.version,
    );
    if (key !== undefined) ctx.ids[kind].set(key, saved.id);
    ctx.versions[kind].set(saved.id, saved.version);
  }

  /** A stored actor or document is about to change: what new claims show of them must be looked up again. */
  private changing(): void {
    this.ctx.lookups.actors.clear();
    this.ctx.lookups.documents.clear();
  }

  /** Affiliations with their organizations' keys turned into ids; null when one is unknown (reported). */
  private affiliations(n: number, refs: AffiliationRef[], field: (i: number) => string): AffiliationInput[] | null {
    const before = this.ctx.errors.length;
    const out = refs.map(({ organization, ...a }, i) => ({
      ...a,
      organization_id: this.ctx.resolve('actor', organization, n, field(i)) ?? 0,
    }));
    return this.ctx.errors.length === before && out.every((a) => a.organization_id !== 0) ? out : null;
  }

  async saveActor(n: number, line: ActorLine): Promise<void> {
    const { type: _type, key, affiliations: refs, ...rest } = line;
    const affiliations = refs === undefined ? undefined : this.affiliations(n, refs, (i) => `/affiliations/${i}/organization`);
    if (affiliations === null) {
      if (key !== undefined && !this.ctx.ids.actor.has(key)) this.ctx.ids.actor.set(key, 0);
      return;
    }
    const input: ActorInput = { ...rest, ...(affiliations && { affiliations }) };
    const errorsBefore = this.ctx.errors.length;
    await this.upsert(
      'actor',
      n,
      key,
      () => this.actors.create(input, this.ctx.principal),
      (id) => this.actors.update(id, { ...input, reason: this.ctx.reasonFor(n, input.reason) }, null, this.ctx.principal),
    );
    // The service names the organization by id: the line names it by key or id, under /organization.
    for (const e of this.ctx.errors.slice(errorsBefore)) e.field = e.field.replace(/\/organization_id$/, '/organization');
  }

  /**
   * A role of a person: added after the person's other roles, or, when the person already holds this role in this
   * organization, its dates set (unchanged when they are the same). A new revision of the person either way.
   */
  async saveAffiliation(n: number, line: AffiliationLine): Promise<void> {
    const { ctx } = this;
    const person = ctx.resolve('actor', line.person, n, '/person');
    const [wanted] = this.affiliations(n, [line], () => '/organization') ?? [];
    if (!person || !wanted) return;
    await ctx.settle();
    if (!ctx.writing) return;
    const actor = await ctx.guarded(n, () => this.actors.get(person));
    if (!actor) return;
    const roles: AffiliationInput[] = actor.affiliations.map((a) => ({
      organization_id: a.organization.id,
      role: a.role,
      from: a.from,
      to: a.to,
    }));
    const same = roles.findIndex((a) => a.organization_id === wanted.organization_id && a.role === wanted.role);
    const role = { ...wanted, from: wanted.from ?? null, to: wanted.to ?? null };
    if (same >= 0) roles[same] = role;
    else roles.push(role);
    const errorsBefore = ctx.errors.length;
    this.changing();
    const saved = await ctx.guarded(n, () =>
      this.actors.update(person, { affiliations: roles, reason: ctx.reasonFor(n, line.reason) }, null, ctx.principal),
    );
    // The service names the list's fields; the line has one role's: /affiliations/3/to is the line's /to, the list itself its /person.
    for (const e of ctx.errors.slice(errorsBefore)) {
      e.field =
        e.field === '/affiliations'
          ? '/person'
          : e.field.replace(/^\/affiliations\/\d+\/organization_id$/, '/organization').replace(/^\/affiliations\/\d+/, '');
    }
    if (!saved) return;
    ctx.tally(ctx.result.actors, actor.version, saved.version);
    ctx.versions.actor.set(person, saved.version);
  }

  /** The document input with the publisher's key turned into an id; null when it is unknown or failed (reported). */
  documentInput(n: number, line: DocumentLine): DocumentInput | null {
    const { type: _type, key: _key, publisher, ...rest } = line;
    const input: DocumentInput = { ...rest };
    if (publisher !== undefined) input.publisher_id = publisher === null ? null : this.ctx.resolve('actor', publisher, n, '/publisher');
    if (input.publisher_id === 0) return null; // an actor of this import that failed: already reported
    if (publisher !== undefined && publisher !== null && input.publisher_id === null) return null;
    return input;
  }

  async saveDocument(n: number, line: DocumentLine): Promise<void> {
    const input = this.documentInput(n, line);
    if (!input) return;
    await this.upsert(
      'document',
      n,
      line.key,
      () => this.documents.create(input, this.ctx.principal),
      (id) => this.documents.update(id, { ...input, reason: this.ctx.reasonFor(n, input.reason) }, null, this.ctx.principal),
    );
  }

  /** New documents in bulk, through the document service (one statement each for rows with their keys, and revisions). */
  insertDocuments(batch: NewRecord<DocumentInput>[]): Promise<void> {
    return this.insertNew(
      'document',
      batch,
      (inputs, keys) => this.documents.createMany(inputs, this.ctx.principal, keys),
      (field) => field.replace('/publisher_id', '/publisher'),
    );
  }

  /** New actors without affiliations in bulk, through the actor service. */
  insertActors(batch: NewRecord<Omit<ActorInput, 'affiliations'>>[]): Promise<void> {
    return this.insertNew(
      'actor',
      batch,
      (inputs, keys) => this.actors.createMany(inputs, this.ctx.principal, keys),
      (field) => field,
    );
  }

  private async insertNew<I>(
    kind: 'actor' | 'document',
    batch: NewRecord<I>[],
    createMany: (inputs: I[], keys: (string | undefined)[]) => Promise<{ id: number; version: number }[]>,
    lineField: (field: string) => string,
  ): Promise<void> {
    const { ctx } = this;
    const declare = () =>
      batch.forEach((d) => {
        if (d.key !== undefined) ctx.ids[kind].set(d.key, 0);
      });
    if (!ctx.writing) return declare();
    await ctx.settle();
    try {
      // The keys are written with the rows: setting them afterwards wrote every row twice.
      const saved = await createMany(
        batch.map((d) => d.input),
        batch.map((d) => d.key),
      );
      saved.forEach((record, i) => {
        if (batch[i].key !== undefined) ctx.ids[kind].set(batch[i].key!, record.id);
        ctx.versions[kind].set(record.id, record.version);
      });
      ctx.result[kind === 'actor' ? 'actors' : 'documents'].created += saved.length;
    } catch (raw) {
      if (keyTakenMeanwhile(raw)) throw keysCreatedMeanwhile();
      const err = translatePgError(raw);
      if (!(err instanceof DomainError) || !err.requestAtFault) throw raw;
      for (const e of err.errors) {
        const [, index, field] = /^\/(\d+)(\/.*)$/.exec(e.field) ?? [];
        const d = batch[Number(index)];
        ctx.fail(d ? d.n : batch[0].n, d ? lineField(field) : e.field, e.message, e.code);
      }
      if (err.errors.length === 0) ctx.fail(batch[0].n, '/', err.message);
      declare();
    }
  }
}
