import type { Knex } from 'knex';
import type { Principal } from '../keys/principal';
import { diff, type RevisionStore } from '../revisions/store';
import type { Claim, ClaimStatus } from './model';
import type { ClaimStore } from './store';

/**
 * Marks claims superseded, or active again once nothing live supersedes them, with a revision each: a claim's status
 * follows the supersedes links that point at it (after a claim is created, edited, retracted or imported).
 */
export async function refreshSuperseded(
  { claims, revisions }: { claims: ClaimStore; revisions: RevisionStore },
  trx: Knex.Transaction,
  ids: number[],
  principal: Principal,
  reason: string | ((id: number) => string),
): Promise<void> {
  const order = [...new Set(ids)];
  if (order.length === 0) return;
  const current = await claims.supersessionStates(trx, order);
  const changed = order.flatMap((id) => {
    const state = current.get(id);
    if (!state || state.status === 'retracted') return [];
    const status: ClaimStatus = state.superseded ? 'superseded' : 'active';
    return status === state.status ? [] : [{ id, status }];
  });
  if (changed.length === 0) return;
  // One status is all that changes, so the served claims after it are the ones before with the new status and version.
  const before = new Map(
    (
      await claims.load(
        changed.map((c) => c.id),
        trx,
      )
    ).map((c) => [c.id, c]),
  );
  const saved = await claims.setStatuses(trx, changed);
  await revisions.recordMany(
    trx,
    changed.map(({ id, status }) => {
      const after: Claim = { ...before.get(id)!, status, version: saved.get(id)!.version, updated_at: saved.get(id)!.updated_at };
      return {
        entity: 'claim',
        entity_id: id,
        version: after.version,
        action: 'update',
        author: principal.name,
        reason: typeof reason === 'string' ? reason : reason(id),
        changes: diff({ ...before.get(id)! }, { ...after }),
        snapshot: after,
      };
    }),
  );
}
