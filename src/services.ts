import { ActorService } from './actors/service';
import { ActorStore } from './actors/store';
import { CitationService } from './cite/service';
import { CitationStore } from './cite/store';
import { ClaimService } from './claims/service';
import { ClaimStore } from './claims/store';
import { CompareService } from './compare/service';
import { CompareStore } from './compare/store';
import { type Db, nameSearchIndex, type NameSearchIndex } from './db/knex';
import { LedgerCache } from './db/ledgerCache';
import { DocumentService } from './documents/service';
import { DocumentStore } from './documents/store';
import { ExtractPool } from './extract/pool';
import { ExtractService } from './extract/service';
import { savingOnce } from './idempotency/savedOnce';
import { KeyService } from './keys/service';
import { KeyStore } from './keys/store';
import { RevisionStore } from './revisions/store';
import { SessionStore } from './sessions/store';
import { VocabularyService } from './vocab/service';
import { PlaceIndex, VocabularyStore } from './vocab/store';
import { WorkspaceStore } from './web/workspace/store';

export interface Services {
  places: PlaceIndex;
  vocabulary: VocabularyService;
  actors: ActorService;
  documents: DocumentService;
  claims: ClaimService;
  keys: KeyService;
  compare: CompareService;
  citations: CitationService;
  extract: ExtractService;
  /** Answers computed from the ledger, kept until it changes (off inside a transaction, which may see its own writes). */
  cache: LedgerCache;
  /** Sessions of editors signed in to the web workspace. */
  sessions: SessionStore;
  /** The workspace's candidates and the editors' decisions on them. */
  reviews: WorkspaceStore;
  /**
   * Runs `work` with these services bound to one transaction: what it writes through them (an actor, then the claim
   * naming it) is committed together or not at all. The services' own transactions become savepoints inside it.
   */
  inTransaction<T>(work: (services: Services) => Promise<T>): Promise<T>;
}

/**
 * Wires stores into services for one database: used by the app, the seed loader and the tests. `viewCacheEntries`:
 * how many comparison views and page figures to keep until the ledger changes (none unless asked).
 */
export async function createServices(
  db: Db,
  { viewCacheEntries = 0, extractPool = new ExtractPool() }: { viewCacheEntries?: number; extractPool?: ExtractPool } = {},
): Promise<Services> {
  // A request with an Idempotency-Key or a form's one-time id marks what it saved in its save's transaction, with what
  // the transaction returned (a new API key's secret withheld); sessions, whose id is made outside their transaction,
  // are kept out of it.
  const places = await PlaceIndex.load(db);
  return servicesOn(savingOnce(db), db, places, new LedgerCache(db, viewCacheEntries), extractPool, await nameSearchIndex(db));
}

function servicesOn(
  db: Db,
  sessionsDb: Db,
  places: PlaceIndex,
  cache: LedgerCache,
  extractPool: ExtractPool,
  search: NameSearchIndex,
): Services {
  const vocabulary = new VocabularyStore(db);
  const revisions = new RevisionStore(db);
  const actorStore = new ActorStore(db, search);
  const documentStore = new DocumentStore(db, search);
  const claimStore = new ClaimStore(db);
  return {
    places,
    vocabulary: new VocabularyService(vocabulary, places),
    actors: new ActorService({ db, actors: actorStore, revisions, places }),
    documents: new DocumentService({ db, documents: documentStore, actors: actorStore, revisions, claims: claimStore }),
    claims: new ClaimService({ db, claims: claimStore, revisions, vocabulary, places }),
    keys: new KeyService(new KeyStore(db)),
    compare: new CompareService({ store: new CompareStore(db), cache }),
    citations: new CitationService({ store: new CitationStore(db), claims: claimStore, places }),
    extract: new ExtractService(db, places, vocabulary, extractPool),
    sessions: new SessionStore(sessionsDb),
    reviews: new WorkspaceStore(db),
    cache,
    inTransaction: (work) => db.transaction((trx) => work(servicesOn(trx, trx, places, new LedgerCache(trx, 0), extractPool, search))),
  };
}
