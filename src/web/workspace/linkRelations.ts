import { RELATION_TYPES, type RelationType } from '../../claims/model';
import { isOneOf } from '../../closedSets';
import { DomainError } from '../../errors';
import type { Principal } from '../../keys/principal';
import type { Services } from '../../services';
import type { ClaimForm } from './form';
import { FormError } from './review';
import type { Extraction } from './store';

/**
 * Creates the relations editors confirmed between candidates once both ends are claims, whichever was accepted
 * first, through the same update as PATCH /v1/claims/{id}, inside the transaction of the decision that makes the
 * second end: a relation the ledger refuses undoes that decision too (nothing is written) and the editor is told
 * which candidate's relation, and why. `rows` are the form's relation rows of the candidate being decided.
 */
export async function linkPending(tx: Services, extraction: Extraction, principal: Principal, rows: Map<string, number>): Promise<void> {
  const decisions = await tx.reviews.decisions(extraction.id);
  const byId = new Map(decisions.map((d) => [d.candidate_id, d]));
  for (const d of decisions) {
    if (d.decision !== 'accepted' || d.claim_id === null || d.relations.every((r) => r.linked)) continue;
    const relations = d.relations.map((r) => ({ ...r }));
    let changed = false;
    for (const r of relations) {
      const target = byId.get(r.target)?.claim_id;
      if (r.linked || !target) continue;
      changed = true;
      r.linked = true;
      delete r.error;
      if (target === d.claim_id) continue;
      const claim = await tx.claims.get(d.claim_id);
      const outgoing = claim.relations
        .flatMap((x) => (isOneOf(RELATION_TYPES, x.type) ? [x] : []))
        .map((x) => ({ type: x.type as RelationType, claim_id: x.claim_id, asserted_by: x.asserted_by.id }));
      if (outgoing.some((x) => x.type === r.type && x.claim_id === target)) continue;
      await tx.claims
        .update(
          d.claim_id,
          {
            relations: [...outgoing, { type: r.type, claim_id: target }],
            reason: `relation confirmed in the workspace: ${r.type} claim ${target}`,
          },
          { version: claim.version, tag: null },
          principal,
        )
        .catch((e) => {
          if (!(e instanceof DomainError)) throw e;
          const why = e.errors[0]?.message ?? e.message;
          const row = rows.get(rowKey(d.candidate_id, r.type, r.target));
          const message = `the relation ${r.type} from candidate ${d.candidate_id} (claim ${d.claim_id}) to candidate ${r.target} (claim ${target}) was refused: ${why}`;
          throw new FormError(`Nothing was saved: ${message}.`, [
            { field: row !== undefined ? `rel_target_${row}` : 'relations', message },
          ]);
        });
    }
    if (changed) await tx.reviews.setRelations(extraction.id, d.candidate_id, relations);
  }
}

const rowKey = (candidate: string, type: string, target: string) => `${candidate}\u0000${type}\u0000${target}`;

/** The form's row of each relation of the candidate being decided, for the error a refused relation shows. */
export function pendingRows(candidate: string, form: ClaimForm): Map<string, number> {
  return new Map(form.relations.map((row, i) => [rowKey(candidate, row.type, row.target.trim()), i]));
}
