import type { Db } from '../../db/knex';
import { holdLock } from '../../db/locks';
import type { Candidate, CandidateRelationType } from '../../extract/candidate';
import type { Unread } from '../../extract/extract';
import { ExtractStore, type FigureKey } from '../../extract/store';
import { mergeProposals, type Reproposal } from './repropose';

/** A stored document a new one would repeat, and what they share. */
export interface HeldDocument {
  id: number;
  title: string;
  same: 'url' | 'text';
}

/** A document the workspace's home lists, with how far its review is (both counts null: not proposed yet). */
export interface RecentDocument {
  id: number;
  title: string;
  candidates: number | null;
  open: number | null;
}

/** A review a claim was accepted in or given a source from: its document, and the candidate's card (null: by hand). */
export interface ClaimReview {
  documentId: number;
  candidate: string | null;
}

/** What the editor decided about a candidate. */
export const DECISIONS = ['accepted', 'source_added', 'rejected'] as const;
export type Decision = (typeof DECISIONS)[number];

/** A relation to another candidate the editor confirmed; linked once both candidates are claims. */
export interface PendingRelation {
  type: CandidateRelationType | 'corroborates';
  target: string;
  linked: boolean;
  /** Why linking failed, when the ledger refused it (a cycle of supersession, say). */
  error?: string;
}

export interface Extraction {
  id: number;
  document_id: number;
  text_sha256: string;
  candidates: Candidate[];
  /**
   * The sentences the extractor did not read when it proposed these candidates (past READ_BOUNDS), kept with them: the
   * bounds may change between two proposals. Null: proposed before they were kept.
   */
  unread: Unread[] | null;
  created_at: Date;
}

/** An extraction as stored: candidates proposed before the extractor gave other readings have no `alternatives`. */
type StoredExtraction = Omit<Extraction, 'candidates'> & {
  candidates: (Omit<Candidate, 'alternatives'> & Partial<Pick<Candidate, 'alternatives'>>)[];
};

export interface DecisionRow {
  extraction_id: number;
  candidate_id: string;
  decision: Decision;
  claim_id: number | null;
  relations: PendingRelation[];
  decided_by: string;
  decided_at: Date;
  /** The decisions taken together ("reject all low-confidence"), which its Undo reopens; null for one taken alone. */
  batch: number | null;
}

/** A decision as it is taken: the database dates it, and a claim is written after it is reserved. */
export type NewDecision = Omit<DecisionRow, 'decided_at' | 'claim_id' | 'batch'> & { batch?: number };

/** The workspace's review state: the candidates proposed for each document's text and the editors' decisions on them. */
export class WorkspaceStore {
  private readonly figures: ExtractStore;

  constructor(private readonly db: Db) {
    this.figures = new ExtractStore(db);
  }

  /** For each figure, the live claims that hold it now (the extractor's rule: same claimant, metric, country, value or bounds). */
  claimsHolding(keys: FigureKey[]): Promise<number[][]> {
    return this.figures.claimsHolding(keys);
  }

  /**
   * Merges a new extraction of the same text into the one under review (see mergeProposals), or saves it when there
   * is none. The extraction's row is locked first: a decision taken meanwhile waits, then finds its candidate or not.
   */
  async repropose(documentId: number, textSha256: string, fresh: Candidate[], unread: Unread[], createdBy: string): Promise<Reproposal> {
    return this.db.transaction(async (trx) => {
      const row = await trx<Extraction>('workspace_extractions')
        .where({ document_id: documentId, text_sha256: textSha256 })
        .forUpdate()
        .first();
      if (!row) {
        await trx('workspace_extractions').insert({
          document_id: documentId,
          text_sha256: textSha256,
          candidates: JSON.stringify(fresh),
          unread: JSON.stringify(unread),
          created_by: createdBy,
        });
        return mergeProposals([], new Set(), fresh);
      }
      const ids = (await trx('workspace_decisions').where({ extraction_id: row.id }).pluck('candidate_id')) as string[];
      const merged = mergeProposals(row.candidates, new Set(ids), fresh, ids);
      await trx('workspace_extractions')
        .where({ id: row.id })
        .update({
          candidates: JSON.stringify(merged.candidates),
          unread: JSON.stringify(unread),
          created_by: createdBy,
          created_at: trx.fn.now(),
        });
      return merged;
    });
  }

  async find(documentId: number, textSha256: string): Promise<Extraction | undefined> {
    const row = await this.db<StoredExtraction>('workspace_extractions')
      .where({ document_id: documentId, text_sha256: textSha256 })
      .first();
    return (
      row && { ...row, unread: row.unread ?? null, candidates: row.candidates.map((c) => ({ ...c, alternatives: c.alternatives ?? {} })) }
    );
  }

  /**
   * Saves an extraction unless one for the same text was saved meanwhile; either way returns the one kept. One
   * statement, outside the request's transactions on purpose: it runs only when no extraction is stored, so in a form
   * sent again it would be a transaction the first did not run, and the answers replayed by their order (savedOnce.ts)
   * would fall on the wrong ones; run again it writes nothing and finds the same row.
   */
  async save(documentId: number, textSha256: string, candidates: Candidate[], unread: Unread[], createdBy: string): Promise<Extraction> {
    await this.db('workspace_extractions')
      .insert({
        document_id: documentId,
        text_sha256: textSha256,
        candidates: JSON.stringify(candidates),
        unread: JSON.stringify(unread),
        created_by: createdBy,
      })
      .onConflict(['document_id', 'text_sha256'])
      .ignore();
    return (await this.find(documentId, textSha256))!;
  }

  /** The decision taken on a candidate, if any. */
  decision(extractionId: number, candidateId: string): Promise<DecisionRow | undefined> {
    return this.db<DecisionRow>('workspace_decisions').where({ extraction_id: extractionId, candidate_id: candidateId }).first();
  }

  /**
   * Refuses to write a decision outside a transaction: a decision is written in the transaction of the request's
   * write (WorkspaceService), so that a fault leaves all of it or nothing, and a keyed request (a form's one-time id)
   * marks it saved there and is answered from it when sent again (savedOnce.ts).
   */
  private inTransaction(write: string): void {
    if (!this.db.isTransaction) throw new Error(`WorkspaceStore.${write} must run in a transaction`);
  }

  decisions(extractionId: number): Promise<DecisionRow[]> {
    return this.db<DecisionRow>('workspace_decisions').where({ extraction_id: extractionId }).orderBy('decided_at');
  }

  /** A new number for decisions taken together (workspace_decisions.batch). */
  async newBatch(): Promise<number> {
    this.inTransaction('newBatch');
    // (bigint: a number, as src/db/knex.ts parses every int8)
    const { rows } = await this.db.raw<{ rows: { batch: number }[] }>("SELECT nextval('workspace_decision_batches') AS batch");
    return rows[0].batch;
  }

  /**
   * Takes the candidate for one decision: false when another decision holds it already, or when proposing again
   * dropped it meanwhile (`proposed`: the candidate must be in the list; a claim by hand is not). Taking it before
   * the claim is written is what keeps a double-submitted form from making two claims. The extraction's row is read
   * FOR KEY SHARE: a new proposal being merged holds it FOR UPDATE, so the check waits and sees the merged list.
   */
  async reserve(row: NewDecision, proposed = true): Promise<boolean> {
    this.inTransaction('reserve');
    const inserted = await this.db.raw(
      `INSERT INTO workspace_decisions (extraction_id, candidate_id, decision, relations, decided_by, batch)
       SELECT e.id, ?, ?, ?::jsonb, ?, ? FROM workspace_extractions e
        WHERE e.id = ? AND (NOT ? OR e.candidates @> ?::jsonb)
          FOR KEY SHARE
       ON CONFLICT (extraction_id, candidate_id) DO NOTHING
       RETURNING candidate_id`,
      [
        row.candidate_id,
        row.decision,
        JSON.stringify(row.relations),
        row.decided_by,
        row.batch ?? null,
        row.extraction_id,
        proposed,
        JSON.stringify([{ id: row.candidate_id }]),
      ],
    );
    return inserted.rows.length > 0;
  }

  async complete(extractionId: number, candidateId: string, claimId: number): Promise<void> {
    this.inTransaction('complete');
    await this.db('workspace_decisions').where({ extraction_id: extractionId, candidate_id: candidateId }).update({ claim_id: claimId });
  }

  /**
   * Forgets a rejection, so the candidate can be reviewed again; accepted candidates stay (their claims are edited or retracted instead).
   */
  async reconsider(extractionId: number, candidateId: string): Promise<boolean> {
    this.inTransaction('reconsider');
    return (
      (await this.db('workspace_decisions')
        .where({ extraction_id: extractionId, candidate_id: candidateId, decision: 'rejected' })
        .delete()) > 0
    );
  }

  /** Forgets the rejections of a batch that still stand (rejectedInBatch's decisions): what its Undo reopens; how many. */
  async reconsiderBatch(extractionId: number, batch: number): Promise<number> {
    this.inTransaction('reconsiderBatch');
    return this.db('workspace_decisions').where({ extraction_id: extractionId, batch, decision: 'rejected' }).delete();
  }

  /** Documents with this URL or this very text (by its SHA-256): what a new document would repeat. */
  async documentsHolding(url: string | null, textSha256: string): Promise<HeldDocument[]> {
    const rows: { id: string | number; title: string; same_url: boolean }[] = await this.db('documents')
      .where('text_sha256', textSha256)
      .modify((q) => {
        if (url !== null) q.orWhere('url', url);
      })
      .orderBy('id')
      .limit(5)
      // Two documents without a URL do not share one: `url = NULL` is not true, where IS NOT DISTINCT FROM was.
      .select('id', 'title', this.db.raw('coalesce(url = ?, false) AS same_url', [url]));
    return rows.map((r) => ({ id: Number(r.id), title: r.title, same: r.same_url ? 'url' : 'text' }));
  }

  /**
   * Holds, until the transaction ends, the lock that the workspace's new documents are checked and written under one
   * at a time (an article pasted twice at once must meet the first copy). Editors add documents by hand: one lock for
   * all of them costs nothing.
   */
  async lockNewDocuments(): Promise<void> {
    this.inTransaction('lockNewDocuments');
    await holdLock(this.db, 'workspace new documents');
  }

  /**
   * The newest documents with stored text, the ones an editor can open for review, each with how far its review is:
   * the candidates proposed for its text as it is now and how many of them no editor decided yet (the review page's
   * "N to review"); both null for a text not proposed yet (opening it proposes).
   */
  async recentDocuments(limit = 20): Promise<RecentDocument[]> {
    const rows: { id: string | number; title: string; candidates: number | null; open: number | null }[] = await this.db('documents AS d')
      .leftJoin('workspace_extractions AS e', (j) => j.on('e.document_id', 'd.id').andOn('e.text_sha256', 'd.text_sha256'))
      .whereNotNull('d.text')
      .orderBy('d.id', 'desc')
      .limit(limit)
      .select(
        'd.id',
        'd.title',
        this.db.raw('jsonb_array_length(e.candidates) AS candidates'),
        this.db.raw(
          `(SELECT count(*)::int FROM jsonb_array_elements(e.candidates) AS c
             WHERE NOT EXISTS (SELECT 1 FROM workspace_decisions AS w WHERE w.extraction_id = e.id AND w.candidate_id = c->>'id')) AS open`,
        ),
      );
    return rows.map((r) => ({ id: Number(r.id), title: r.title, candidates: r.candidates, open: r.candidates === null ? null : r.open }));
  }

  /**
   * Where in the workspace a claim was made or given a source: each decision that names it, in the review of its
   * document's text as it is now; `candidate` is null for a claim started by hand (it has no card of its own).
   */
  async reviewsOfClaim(claimId: number): Promise<ClaimReview[]> {
    const rows: { document_id: string | number; candidate_id: string; is_candidate: boolean }[] = await this.db('workspace_decisions AS w')
      .join('workspace_extractions AS e', 'e.id', 'w.extraction_id')
      .join('documents AS d', (j) => j.on('d.id', 'e.document_id').andOn('d.text_sha256', 'e.text_sha256'))
      .where('w.claim_id', claimId)
      .whereIn('w.decision', ['accepted', 'source_added'])
      .orderBy([{ column: 'e.document_id' }, { column: 'w.decided_at' }])
      .select(
        'e.document_id',
        'w.candidate_id',
        this.db.raw(`e.candidates @> jsonb_build_array(jsonb_build_object('id', w.candidate_id)) AS is_candidate`),
      );
    return rows.map((r) => ({ documentId: Number(r.document_id), candidate: r.is_candidate ? r.candidate_id : null }));
  }

  async setRelations(extractionId: number, candidateId: string, relations: PendingRelation[]): Promise<void> {
    this.inTransaction('setRelations');
    await this.db('workspace_decisions')
      .where({ extraction_id: extractionId, candidate_id: candidateId })
      .update({ relations: JSON.stringify(relations) });
  }
}
