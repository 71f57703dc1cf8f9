import type { Db } from '../db/knex';
import { nameKey } from '../db/nameKey';
import { DocumentStore } from '../documents/store';
import { DomainError } from '../errors';
import type { PlaceIndex, VocabularyStore } from '../vocab/store';
import type { Candidate } from './candidate';
import { opening, type Unread, unreadCounted, unreadIsOne } from './unread';
import { abbreviationOf, namesOf } from './names';
import type { ExtractPool } from './pool';
import { ExtractStore } from './store';

/** The distinct abbreviations of a text ("UN", "U.N.", "KNB"), without their dots: the actors they may name. */
function abbreviationsIn(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/(?<![\p{L}.])(?:(?:\p{Lu}\.){2,8}|\p{Lu}{2,8})(?![\p{L}])/gu)) {
    const abbr = abbreviationOf(m[0]);
    if (abbr) found.add(abbr);
    if (found.size >= 100) break;
  }
  return [...found];
}

/** What an extraction says of the sentences it did not read: how many (and whether the rest of the text), the first's place and why. */
function unreadMessage(unread: Unread[]): string {
  const first = unread[0];
  const what = unreadCounted(unread, { one: 'one' });
  const count = `${opening(what)} ${unreadIsOne(unread) ? 'was not read, its figures' : 'were not read, their figures'}`;
  return `${count} not proposed (see unread); the first, at characters ${first.start}–${first.end}: ${first.reason}.`;
}

/** What an extraction reads: pasted text, or a stored document's committed text. */
export type ExtractInput = { text: string } | { document_id: number };

export interface Extraction {
  /** The document read, when the input named one. */
  document_id: number | null;
  /** The text that was read: every offset of every candidate points into it. */
  text: string;
  candidates: Candidate[];
  /**
   * Sentences the extractor did not read, past its bounds on its work (a sentence too long or with too many numbers, the
   * numbers after the text's bound), each with why: their figures are not among the candidates. Absent when every
   * sentence was read.
   */
  unread?: Unread[];
  /** Said when there is nothing to propose, so an empty list is not taken for a failure, and when sentences were not read. */
  message?: string;
}

/**
 * Reads a text and proposes candidate claims (issue 11): the pure extractor over the ledger's vocabularies, then
 * claimants matched to actors by name or alias and each candidate checked against the claims already held.
 */
export class ExtractService {
  private readonly store: ExtractStore;
  private readonly documents: DocumentStore;

  /** Where the extractor's failures on texts are reported (the server's log). */
  set onFailure(report: (cause: string) => void) {
    this.pool.onFailure = report;
  }

  constructor(
    db: Db,
    private readonly places: PlaceIndex,
    private readonly vocabulary: VocabularyStore,
    private readonly pool: ExtractPool,
  ) {
    this.store = new ExtractStore(db);
    this.documents = new DocumentStore(db);
  }

  /** `signal`: aborted when the asker no longer needs the extraction (its client left): see ExtractPool.read. */
  async extract(input: ExtractInput, signal?: AbortSignal): Promise<Extraction> {
    let text: string;
    let documentId: number | null = null;
    let published: string | null = null;
    let author: string | null = null;
    if ('document_id' in input) {
      const doc = await this.documents.get(input.document_id, undefined, true);
      if (!doc) throw new DomainError('not_found', `Document ${input.document_id} does not exist.`);
      if (!doc.text)
        throw new DomainError('document_has_no_text', `Document ${input.document_id} has no stored text to read.`, [
          { field: '/document_id', message: 'the document has no text; store its text first (PATCH /v1/documents/{id})' },
        ]);
      text = doc.text;
      documentId = doc.id;
      published = doc.published_on;
      author = doc.authors.find((a) => a.trim() !== '')?.trim() ?? doc.publisher?.name ?? null;
    } else {
      text = input.text;
    }
    // groups, places within countries and metrics are few and editors add to them: read on every extraction so a new
    // alias or metric counts at once, in one snapshot (a write moving a word between them is seen whole or not at all)
    const [{ groups, within, metrics }, actors] = await Promise.all([
      this.vocabulary.readingVocabulary(),
      this.store.actorsNamed(abbreviationsIn(text)),
    ]);
    const reading = await this.pool.read(
      {
        text,
        places: this.places.all(),
        groups,
        within,
        metrics,
        actors: actors.map((a) => ({ name: a.name, aliases: a.aliases })),
        published,
        author,
      },
      signal,
    );
    const { candidates } = reading;
    // an organisation the text names with an acronym ("Kazakh National Security Committee (KNB)") is also known by it
    const acronyms = new Map(reading.acronyms.map(([name, acronym]) => [name.toLowerCase(), acronym]));
    await this.matchClaimants(candidates, acronyms);
    await this.findExisting(candidates);
    const extraction: Extraction = { document_id: documentId, text, candidates };
    const said: string[] = [];
    if (candidates.length === 0) said.push('No figures that count people were found in the text.');
    if (reading.unread.length > 0) {
      extraction.unread = reading.unread;
      said.push(unreadMessage(reading.unread));
    }
    if (said.length > 0) extraction.message = said.join(' ');
    return extraction;
  }

  private async matchClaimants(candidates: Candidate[], acronyms: Map<string, string> = new Map()): Promise<void> {
    const also = (name: string) => (acronyms.has(name.toLowerCase()) ? [acronyms.get(name.toLowerCase())!] : []);
    const dotless = (n: string) => {
      const a = abbreviationOf(n);
      return a ? [a] : [];
    };
    // the names a claimant may be known by in the ledger, most specific first: its name and acronyms, its mention
    const namesToMatch = (claimant: NonNullable<Candidate['claimant']>) => [
      ...namesOf(claimant.name),
      ...also(claimant.name),
      ...dotless(claimant.name),
      ...(claimant.mention ? [claimant.mention.replace(/^(the|a|an)\s+/i, '')] : []),
    ];
    const names = candidates.flatMap((c) => (c.claimant ? namesToMatch(c.claimant) : []));
    const actors = await this.store.actorsNamed(names);
    const byName = new Map<string, number>();
    for (const a of actors) {
      // Keyed as actorsNamed found them (nameKey, the database's name_key): a row stored before names were trimmed
      // (" ISIL "), with inner double blanks, or in capitals other than A–Z ("АНСАР") is the actor the article names.
      for (const n of [a.name, ...a.aliases].map(nameKey)) if (!byName.has(n)) byName.set(n, a.id);
    }
    for (const c of candidates) {
      if (!c.claimant) continue;
      const keys = namesToMatch(c.claimant).map(nameKey);
      const id = keys.map((k) => byName.get(k)).find((x) => x !== undefined) ?? null;
      c.claimant.actor_id = id;
      c.claimant.new = id === null;
      if (id !== null) {
        // the ledger's name for it is the most specific
        const actor = actors.find((a) => a.id === id);
        if (actor && actor.name !== c.claimant.name) {
          c.reasons.claimant += `; ${c.claimant.name} is the ledger's ${actor.name}`;
          c.claimant.name = actor.name;
        }
        c.reasons.claimant += '; matches an actor of the ledger';
      }
    }
  }

  private async findExisting(candidates: Candidate[]): Promise<void> {
    const keyed = candidates.flatMap((c, i) =>
      c.claimant?.actor_id && c.metric && typeof c.country === 'string'
        ? [
            {
              i,
              key: {
                claimant_id: c.claimant.actor_id,
                metric: c.metric,
                country: c.country,
                value: c.value,
                value_low: c.value_low,
                value_high: c.value_high,
              },
            },
          ]
        : [],
    );
    const found = await this.store.claimsHolding(keyed.map((k) => k.key));
    keyed.forEach((k, n) => {
      candidates[k.i].existing_claim_ids = found[n];
    });
  }
}
