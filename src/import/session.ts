import { DomainError } from '../errors';
import { silentChangeInParsed } from '../jsonText';
import type { Validator } from '../validate';
import type { ImportContext } from './context';
import type { ImportClaims, NewClaim } from './claims';
import { newRelations } from './csvRelations';
import { ClaimLine, Kind, Line, Ref, SCHEMAS, TABLES } from './lineTypes';
import type { ReadLine } from './lines';
import type { ActorInput } from '../actors/service';
import type { DocumentInput } from '../documents/service';
import type { ImportRecords, NewRecord } from './records';

const KINDS = Object.keys(SCHEMAS).join(', ');

/** One import: lines parsed and validated as they are read, then written batch by batch, in the order of the file. */
export class ImportSession {
  private pending: { n: number; line: Line }[] = [];

  constructor(
    private readonly ctx: ImportContext,
    private readonly validator: Validator,
    private readonly claims: ImportClaims,
    private readonly records: ImportRecords,
    private readonly reason?: string,
  ) {}

  get pendingCount(): number {
    return this.pending.length;
  }

  /** Parses and validates one line; valid lines wait for the next flush. */
  add(raw: ReadLine): void {
    const { ctx } = this;
    if ('errors' in raw) {
      ctx.result.lines += 1;
      ctx.errors.push(...raw.errors);
      return;
    }
    if ('error' in raw) return ctx.fail(raw.n, '/', raw.error);
    let value: unknown;
    if ('csv' in raw) {
      value = raw.value;
      ctx.csv.set(raw.n, raw.csv);
    } else {
      if (raw.text.trim() === '') return;
      try {
        value = JSON.parse(raw.text);
      } catch {
        ctx.result.lines += 1;
        return ctx.fail(raw.n, '/', 'is not valid JSON');
      }
      // What JSON.parse would silently change (a key given twice, 1e400) is refused, as in every JSON body of the API.
      const changed = silentChangeInParsed(raw.text, value);
      if (changed !== null) {
        ctx.result.lines += 1;
        return ctx.fail(raw.n, changed.field, changed.message);
      }
    }
    ctx.result.lines += 1;
    // The line's shape first, as a JSON body's: an array or a number is not "of an unknown type".
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return ctx.fail(raw.n, '/', 'must be a JSON object');
    const type = (value as { type?: unknown }).type;
    // Its own members only: "constructor" and "toString" are in every object, and had been taken for line types (a 500).
    if (typeof type !== 'string' || !Object.hasOwn(SCHEMAS, type)) return ctx.fail(raw.n, '/type', `must be one of ${KINDS}`);
    const line = value as { type: string; reason?: unknown };
    if (this.reason !== undefined && line.reason === undefined) line.reason = this.reason;
    try {
      this.pending.push({ n: raw.n, line: this.validator.body<Line>(SCHEMAS[type as Line['type']], value) });
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      for (const e of err.errors) ctx.fail(raw.n, e.field, e.message, e.code);
    }
  }

  /** Looks up the keys and ids a batch refers to, then writes it line by line (new claims and new documents in bulk). */
  async flush(): Promise<void> {
    const { ctx } = this;
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    await this.lookup(batch);
    await this.claims.lockBatch(batch);
    await this.claims.loadStoredClaims(batch.flatMap(({ line: l }) => (l.type === 'claim' && this.storedId(l) ? [this.storedId(l)!] : [])));
    const ids = await this.claims.claimIds(batch.map((b) => b.line));
    let newClaims: NewClaim[] = [];
    const flushClaims = async () => {
      if (newClaims.length > 0) await this.claims.insertClaims(newClaims);
      newClaims = [];
    };
    let newDocuments: NewRecord<DocumentInput>[] = [];
    let newActors: NewRecord<Omit<ActorInput, 'affiliations'>>[] = [];
    // New records wait to be written together until a line of another kind comes (it may refer to them).
    const flushRecords = async () => {
      if (newActors.length > 0) await this.records.insertActors(newActors);
      if (newDocuments.length > 0) await this.records.insertDocuments(newDocuments);
      newActors = [];
      newDocuments = [];
    };
    for (const { n, line } of batch) {
      if (line.type === 'claim' && this.isNew(line)) {
        // References resolve now, so they reach earlier lines only; the claim's id is taken in advance, so that
        // later claims of the same bulk insert can refer to it.
        await flushRecords();
        const id = ids.shift()!;
        const csv = ctx.csv.get(n);
        if (csv) line.relations = newRelations(csv);
        newClaims.push({ n, id, input: this.claims.claimInput(n, line) });
        if (line.key !== undefined) ctx.ids.claim.set(line.key, id); // declared: later lines may refer to it
        continue;
      }
      await flushClaims();
      if (line.type === 'actor' && line.affiliations === undefined && !this.declared('actor', line.key, newActors)) {
        if (newDocuments.length > 0) await flushRecords();
        const { type: _type, key, ...input } = line;
        newActors.push({ n, key, input });
        continue;
      }
      if (line.type === 'document' && !this.declared('document', line.key, newDocuments)) {
        if (newActors.length > 0) await flushRecords();
        const input = this.records.documentInput(n, line);
        if (input) newDocuments.push({ n, key: line.key, input });
        continue;
      }
      await flushRecords();
      if (line.type === 'actor') await this.records.saveActor(n, line);
      else if (line.type === 'affiliation') await this.records.saveAffiliation(n, line);
      else if (line.type === 'document') await this.records.saveDocument(n, line);
      else if (line.type === 'claim') await this.claims.updateClaim(n, line);
      else await this.claims.saveRelation(n, line);
    }
    await flushRecords();
    await flushClaims();
    for (const { n } of batch) ctx.csv.delete(n);
  }

  /** Whether a key is stored, or taken by a line before (one waiting to be written among `waiting`). */
  private declared(kind: Kind, key: string | undefined, waiting: { key: string | undefined }[]): boolean {
    return key !== undefined && (this.ctx.ids[kind].has(key) || waiting.some((w) => w.key === key));
  }

  /**
   * Whether a claim line creates a claim: it names no stored claim by id, and its key (if any) is neither stored nor on an earlier line.
   */
  private isNew(line: ClaimLine): boolean {
    return line.id === undefined && !(line.key !== undefined && this.ctx.ids.claim.has(line.key));
  }

  /** The stored claim a claim line updates (by id, else by key); undefined for a new claim or an unknown id. */
  private storedId(line: ClaimLine): number | undefined {
    return line.id !== undefined ? this.ctx.ids.claim.get(line.id) : line.key !== undefined ? this.ctx.ids.claim.get(line.key) : undefined;
  }

  /** One query per kind finds the stored records (and their versions) for every key and id in the batch. */
  private async lookup(batch: { n: number; line: Line }[]): Promise<void> {
    const { ctx } = this;
    const wanted: Record<Kind, Set<Ref>> = { actor: new Set(), document: new Set(), claim: new Set() };
    const want = (kind: Kind, ref: Ref | null | undefined) => {
      if (ref !== undefined && ref !== null && !ctx.ids[kind].has(ref)) wanted[kind].add(ref);
    };
    for (const { n, line: l } of batch) {
      for (const ids of Object.values(ctx.csv.get(n)?.relations ?? {})) ids.forEach((id) => want('claim', id));
      if (l.type === 'actor') {
        want('actor', l.key);
        l.affiliations?.forEach((a) => want('actor', a.organization));
      }
      if (l.type === 'affiliation') {
        want('actor', l.person);
        want('actor', l.organization);
      }
      if (l.type === 'document') {
        want('document', l.key);
        want('actor', l.publisher);
      }
      if (l.type === 'claim') {
        want('claim', l.key);
        want('claim', l.id);
        want('actor', l.claimant);
        l.sources.forEach((s) => want('document', s.document));
        l.relations?.forEach((r) => {
          want('claim', r.claim);
          want('actor', r.asserted_by);
        });
      }
      if (l.type === 'relation') {
        want('claim', l.claim);
        want('claim', l.target);
        want('actor', l.asserted_by);
      }
    }
    for (const kind of ['actor', 'document', 'claim'] as const) {
      const refs = [...wanted[kind]];
      if (refs.length === 0) continue;
      const keys = refs.filter((r): r is string => typeof r === 'string');
      const ids = refs.filter((r): r is number => typeof r === 'number');
      const rows: { id: number; key: string | null; version: number }[] = await ctx
        .trx(TABLES[kind])
        .select('id', 'key', 'version')
        .where((w) => {
          w.whereIn('key', keys).orWhereIn('id', ids);
        });
      for (const row of rows) {
        if (row.key !== null && keys.includes(row.key)) ctx.ids[kind].set(row.key, row.id);
        if (ids.includes(row.id)) ctx.ids[kind].set(row.id, row.id);
        ctx.versions[kind].set(row.id, row.version);
      }
    }
  }
}
