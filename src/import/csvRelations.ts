import type { Claim, RelationType } from '../claims/model';
import type { ClaimRelationRow } from '../db/tables';
import { CsvClaim, RELATION_COLUMNS, RelationColumn } from './csvClaim';

/** A relation of a claim line: the claim it links to, and who asserts it (the claimant when left out). */
export interface LineRelation {
  type: RelationType;
  claim: number;
  asserted_by?: number;
}

/** Relation types served from both sides under the same name: a row shows them whichever claim records them. */
const SYMMETRIC: ReadonlySet<RelationColumn> = new Set(['contradicts', 'corroborates']);

const sameIds = (a: number[], b: number[]) =>
  JSON.stringify([...new Set(a)].sort((x, y) => x - y)) === JSON.stringify([...new Set(b)].sort((x, y) => x - y));

/** The relations of a new claim: every id of its relation cells, recorded by the claim. */
export function newRelations(csv: CsvClaim): LineRelation[] {
  return withColumns(
    csv,
    RELATION_COLUMNS.flatMap((type) => csv.relations[type].map((claim) => ({ type, claim }))),
  );
}

/**
 * The relations a stored claim should record for its row's relation cells, or undefined when they are what it
 * records now (the line then leaves them alone). `shown` is the claim as served, `outgoing` what it records. A
 * contradicts or corroborates link that the other claim records stays with that claim (it is changed on that
 * claim's row); superseded_by is read-only, as the superseding claim records it.
 */
export async function changedRelations(
  csv: CsvClaim,
  shown: Claim,
  outgoing: () => Promise<ClaimRelationRow[]>,
): Promise<LineRelation[] | undefined> {
  const shownIds = (type: string) => shown.relations.filter((r) => r.type === type).map((r) => r.claim_id);
  if (RELATION_COLUMNS.every((c) => sameIds(csv.relations[c], shownIds(c)))) return undefined;
  const recorded = await outgoing();
  const recordedIds = (type: string) => recorded.filter((r) => r.type === type).map((r) => r.related_claim_id);
  const wanted = RELATION_COLUMNS.flatMap((type) => {
    const incoming = SYMMETRIC.has(type) ? shownIds(type).filter((id) => !recordedIds(type).includes(id)) : [];
    return csv.relations[type]
      .filter((id) => !incoming.includes(id))
      .map((claim) => {
        const kept = recorded.find((r) => r.type === type && r.related_claim_id === claim);
        return { type, claim, ...(kept && { asserted_by: kept.asserted_by }) };
      });
  });
  if (
    RELATION_COLUMNS.every((c) =>
      sameIds(
        wanted.filter((r) => r.type === c).map((r) => r.claim),
        recordedIds(c),
      ),
    )
  )
    return undefined;
  return withColumns(csv, wanted);
}

/** Notes the column each relation came from, so that a problem with one names its cell. */
function withColumns(csv: CsvClaim, relations: LineRelation[]): LineRelation[] {
  csv.relationColumns = relations.map((r) => r.type);
  return relations;
}
