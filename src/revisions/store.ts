import type { Knex } from 'knex';
import { recordedBy } from '../claims/filterQuery';
import { CopyBuffers, copyInto, CopyRows } from '../db/copy';
import type { Db } from '../db/knex';
import type { RevisionRow } from '../db/tables';
import { storedDataDamaged } from '../errors';
import { servedSnapshot, snapshotOfRecordSql } from './snapshots';

export type Change = Record<string, { from: unknown; to: unknown }>;

const NOT_CHANGES = new Set(['id', 'version', 'created_at', 'updated_at']);

/** The fields that differ between two served representations (deep, by JSON value). */
export function diff(before: Record<string, unknown>, after: Record<string, unknown>): Change {
  const changes: Change = {};
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const k of keys) {
    if (NOT_CHANGES.has(k)) continue;
    const from = before[k] ?? null;
    const to = after[k] ?? null;
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[k] = { from, to };
  }
  return changes;
}

/**
 * A revision's changes as served, in SQL over the revisions table (or its alias): a create's are not stored but
 * derived from its snapshot, every field it has from null (revision_changes, migration 20261203010000).
 */
export function servedChanges(table = 'revisions'): string {
  return `revision_changes(${table}.changes, ${table}.snapshot)`;
}

/**
 * In SQL, a revision's changes as served (servedChanges), or null for a create stored without them whose snapshot is
 * not an object of the record, on which revision_changes would fail the whole statement: servedChangesFault names it.
 */
export function listedChanges(table = 'revisions'): string {
  return `CASE WHEN ${table}.changes IS NOT NULL OR ${snapshotOfRecordSql(`${table}.snapshot`, `${table}.entity_id`)} THEN ${servedChanges(table)} END`;
}

/** In SQL, the changes of a create as its snapshot says them (what a create stored before it stored none). */
export function snapshotChanges(table = 'revisions'): string {
  return `revision_changes(NULL, ${table}.snapshot)`;
}

export interface NewRevision {
  entity: RevisionRow['entity'];
  entity_id: number;
  version: number;
  action: RevisionRow['action'];
  author: string;
  reason?: string | null;
  /** What changed; null for a create, whose changes are its snapshot's fields (see servedChanges). */
  changes: Change | null;
  snapshot: object;
}

const storedChanges = (rev: NewRevision) => (rev.changes === null ? null : JSON.stringify(rev.changes));

/** The revisions table's columns that COPY writes (id and created_at take their defaults). */
export const REVISION_COLUMNS = [
  'entity',
  'entity_id',
  'version',
  'action',
  'author',
  'reason',
  'changes',
  'snapshot',
] as const satisfies readonly (keyof RevisionRow)[];

/** Adds a revision to COPY data of REVISION_COLUMNS: its changes and snapshot as JSON text. */
export function revisionRow(rows: CopyRows, rev: NewRevision): void {
  rows
    .add(rev.entity)
    .add(rev.entity_id)
    .add(rev.version)
    .add(rev.action)
    .add(rev.author)
    .add(rev.reason ?? null);
  rows.add(storedChanges(rev)).add(JSON.stringify(rev.snapshot)).end();
}

/** COPY data for revisions, to be filled with revisionRow. */
export const revisionRows = (buffers?: CopyBuffers): CopyRows => new CopyRows('revisions', REVISION_COLUMNS, buffers);

export class RevisionStore {
  constructor(private readonly db: Db) {}

  async record(trx: Knex.Transaction, rev: NewRevision): Promise<void> {
    await trx('revisions').insert({
      ...rev,
      reason: rev.reason ?? null,
      changes: storedChanges(rev),
      snapshot: JSON.stringify(rev.snapshot),
    });
  }

  /** The revision of an entity just created: its snapshot is the whole entity, its changes derived when served. */
  recordCreate(
    trx: Knex.Transaction,
    entity: NewRevision['entity'],
    created: { id: number; version: number },
    author: string,
    reason: string | null | undefined,
  ): Promise<void> {
    return this.record(trx, {
      entity,
      entity_id: created.id,
      version: created.version,
      action: 'create',
      author,
      reason,
      changes: null,
      snapshot: created,
    });
  }

  /**
   * The revision of an edit: the fields that differ between the entity as served before and after it. When none
   * does, NoChange(`current`) rolls the edit back and the entity is served as it was.
   */
  async recordUpdate<T>(
    trx: Knex.Transaction,
    entity: NewRevision['entity'],
    { before, after, current }: { before: object; after: { id: number; version: number }; current: T },
    author: string,
    reason: string | null | undefined,
  ): Promise<void> {
    const changes = diff({ ...before }, { ...after });
    if (Object.keys(changes).length === 0) throw new NoChange(current);
    await this.record(trx, {
      entity,
      entity_id: after.id,
      version: after.version,
      action: 'update',
      author,
      reason,
      changes,
      snapshot: after,
    });
  }

  /** Several revisions at once (in the given order), written with COPY. */
  async recordMany(trx: Knex.Transaction, revs: NewRevision[]): Promise<void> {
    await copyInto(trx, [this.rows(revs)]);
  }

  /** Revisions as COPY data, for copyInto. */
  rows(revs: NewRevision[]): CopyRows {
    const rows = revisionRows();
    for (const rev of revs) revisionRow(rows, rev);
    return rows;
  }

  /** The record as it was served at an instant: its last snapshot recorded by then (undefined when it was created later). */
  async snapshotAt<T>(entity: RevisionRow['entity'], id: number, instant: string): Promise<T | undefined> {
    const row = await this.db<RevisionRow>('revisions')
      .where({ entity, entity_id: id })
      .whereRaw(recordedBy('created_at'), [instant])
      .orderBy('version', 'desc')
      .first('entity_id', 'version', 'snapshot');
    return row && servedSnapshot<T>(entity, row);
  }

  /**
   * The revisions of a record, oldest first, each with its changes as served, unchecked (servedChangesFault checks
   * them): null for a create stored without them whose snapshot is not an object of the record, on which
   * revision_changes would have failed the whole list.
   */
  list(entity: RevisionRow['entity'], id: number): Promise<ListedRevision[]> {
    return this.db<RevisionRow>('revisions')
      .where({ entity, entity_id: id })
      .orderBy('version')
      .select(
        'id',
        'entity',
        'entity_id',
        'version',
        'action',
        'author',
        'reason',
        this.db.raw(`${listedChanges()} AS changes`),
        'created_at',
      );
  }
}

/** A revision as RevisionStore.list serves it: its changes unchecked (servedChangesFault says whether they can be served). */
export type ListedRevision = Omit<RevisionRow, 'changes' | 'snapshot'> & { changes: unknown };

/**
 * Where a listed revision's changes are damaged, as a JSON pointer (`/changes`, or `/changes/<field>` for a change that
 * is not from one value to another); null when they can be served as they are.
 */
export function servedChangesFault(changes: unknown): string | null {
  if (typeof changes !== 'object' || changes === null || Array.isArray(changes)) return '/changes';
  for (const [field, change] of Object.entries(changes)) {
    if (typeof change !== 'object' || change === null || !('from' in change) || !('to' in change))
      return `/changes/${field.replace(/~/g, '~0').replace(/\//g, '~1')}`;
  }
  return null;
}

/**
 * A revision's changes as served, checked (servedChangesFault): damaged ones are a 503 stored_data_damaged naming the
 * record, the revision and where, as the history names them. What every reader that serves changes whole applies.
 */
export function checkedChanges(revision: { entity: RevisionRow['entity']; entity_id: number; version: number; changes: unknown }): Change {
  const fault = servedChangesFault(revision.changes);
  if (fault !== null) throw storedDataDamaged(`${revision.entity} ${revision.entity_id}`, `revision ${revision.version}`, fault);
  return revision.changes as Change;
}

/** Thrown inside a transaction when an update changes nothing: it rolls back and the current record is served. */
export class NoChange<T> extends Error {
  constructor(readonly current: T) {
    super('no change');
  }
}

export async function unlessUnchanged<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (err) {
    if (err instanceof NoChange) return err.current as T;
    throw err;
  }
}
