import type { Candidate } from '../../extract/candidate';

/** What proposing again did to a document's list of candidates. */
export interface Reproposal {
  candidates: Candidate[];
  /** Figures proposed for the first time. */
  added: number;
  /** Undecided candidates proposed again, with the extractor's new reading and their ids. */
  updated: number;
  /** Undecided candidates the extractor no longer proposes. */
  dropped: number;
  /** Decided candidates, kept as they were decided. */
  kept: number;
}

const overlaps = (a: Candidate, b: Candidate) => a.start < b.end && b.start < a.end;
const sameSpan = (a: Candidate, b: Candidate) => a.start === b.start && a.end === b.end;

/**
 * Merges a new run of the extractor over the same text into the list editors are reviewing, losing no review:
 * - a decided candidate stays exactly as it was decided, and a new proposal of the same figure (its span overlaps)
 *   is not offered again;
 * - an undecided candidate proposed again (same span, else an overlapping one) keeps its id, so a form opened before
 *   still names the same figure, and takes the new reading;
 * - a new figure gets an id never used in this list, so no earlier form or decision can be taken for it;
 * - the new proposals' relations follow the ids they end up with.
 * `usedIds` are the ids decisions name (a candidate dropped earlier may still be named by one).
 */
export function mergeProposals(
  previous: Candidate[],
  decided: ReadonlySet<string>,
  fresh: Candidate[],
  usedIds: Iterable<string> = [],
): Reproposal {
  const kept = previous.filter((c) => decided.has(c.id));
  const open = previous.filter((c) => !decided.has(c.id));
  let next = 1 + Math.max(0, ...[...previous.map((c) => c.id), ...usedIds].map((id) => Number(/^c(\d{1,9})$/.exec(id)?.[1] ?? 0)));
  const idOf = new Map<string, string>();
  const taken = new Set<string>();
  const result: Candidate[] = [...kept];
  let added = 0;
  let updated = 0;
  /** The open candidate a new proposal continues: the same span, else an overlapping one, each taken once. */
  const twinOf = (c: Candidate) => {
    const match = open.find((o) => !taken.has(o.id) && sameSpan(o, c)) ?? open.find((o) => !taken.has(o.id) && overlaps(o, c));
    if (match) taken.add(match.id);
    return match;
  };
  const placed: Candidate[] = [];
  for (const c of [...fresh].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const decidedTwin = kept.find((o) => sameSpan(o, c)) ?? kept.find((o) => overlaps(o, c));
    if (decidedTwin) {
      idOf.set(c.id, decidedTwin.id);
      continue;
    }
    const twin = twinOf(c);
    const id = twin ? twin.id : `c${next++}`;
    if (twin) updated++;
    else added++;
    idOf.set(c.id, id);
    placed.push({ ...c, id });
  }
  for (const c of placed) {
    result.push({
      ...c,
      relations: c.relations.flatMap((r) =>
        idOf.has(r.target) && idOf.get(r.target) !== c.id ? [{ ...r, target: idOf.get(r.target)! }] : [],
      ),
    });
  }
  result.sort((a, b) => a.start - b.start || a.end - b.end);
  return { candidates: result, added, updated, dropped: open.length - updated, kept: kept.length };
}
