import type { Knex } from 'knex';
import type { Principal } from '../keys/principal';
import { diff, type NewRevision, type RevisionStore } from '../revisions/store';
import type { Claim, ClaimStatus } from './model';
import type { ClaimStore } from './store';

/**
 * A claim's status follows the supersedes links that point at it: superseded while a claim that is not retracted
 * supersedes it, active again once none does; a retracted claim stays retracted. The status it takes, or null when it
 * keeps the one it has.
 */
export function refreshedStatus(state: { status: ClaimStatus; superseded: boolean }): ClaimStatus | null {
  if (state.status === 'retracted') return null;
  const status: ClaimStatus = state.superseded ? 'superseded' : 'active';
  return status === state.status ? null : status;
}

/** What a refreshed status changes in a claim's row: the status, at the next version (updated_at takes the transaction's time). */
export function statusFields(before: { version: number }, status: ClaimStatus): { status: ClaimStatus; version: number } {
  return { status, version: before.version + 1 };
}

/**
 * A refreshed status's revision: the claim as served before, and after with the row's new fields (statusFields) and
 * update time (one status is all that changes, so the served claim after is the one before with them).
 */
export function statusRevision(
  before: Claim,
  fields: { status: ClaimStatus; version: number },
  updatedAt: string,
  author: string,
  reason: string,
): NewRevision {
  const after: Claim = { ...before, status: fields.status, version: fields.version, updated_at: updatedAt };
  return {
    entity: 'claim',
    entity_id: after.id,
    version: after.version,
    action: 'update',
    author,
    reason,
    changes: diff({ ...before }, { ...after }),
    snapshot: after,
  };
}

/**
 * Marks claims superseded, or active again once nothing live supersedes them, with a revision each: a claim's status
 * follows the supersedes links that point at it (after a claim is created, edited, retracted or imported). `written`:
 * claims among `ids` already written with their refreshed status (new claims superseded by a later claim written with
 * them, see NewClaimRecords), with their status revisions; these are recorded in the order of `ids` with the others.
 */
export async function refreshSuperseded(
  { claims, revisions }: { claims: ClaimStore; revisions: RevisionStore },
  trx: Knex.Transaction,
  ids: number[],
  principal: Principal,
  reason: string | ((id: number) => string),
  written: ReadonlyMap<number, NewRevision> = new Map(),
): Promise<void> {
  const order = [...new Set(ids)];
  const stored = order.filter((id) => !written.has(id));
  const current = stored.length === 0 ? new Map() : await claims.supersessionStates(trx, stored);
  const changed = stored.flatMap((id) => {
    const state = current.get(id);
    const status = state ? refreshedStatus(state) : null;
    return status ? [{ id, status }] : [];
  });
  const before = new Map(
    (
      await claims.load(
        changed.map((c) => c.id),
        trx,
      )
    ).map((c) => [c.id, c]),
  );
  const fields = new Map(changed.map(({ id, status }) => [id, statusFields(before.get(id)!, status)]));
  const saved =
    changed.length === 0
      ? new Map<number, string>()
      : await claims.setStatuses(
          trx,
          [...fields].map(([id, f]) => ({ id, ...f })),
        );
  const records = order.flatMap((id) => {
    if (written.has(id)) return [written.get(id)!];
    if (!fields.has(id)) return [];
    return [
      statusRevision(before.get(id)!, fields.get(id)!, saved.get(id)!, principal.name, typeof reason === 'string' ? reason : reason(id)),
    ];
  });
  if (records.length > 0) await revisions.recordMany(trx, records);
}
