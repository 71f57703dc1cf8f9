import type { ActorKind } from '../../closedSets';
import type { DocumentView } from '../../documents/store';
import type { Candidate } from '../../extract/candidate';
import { namesOf } from '../../extract/names';
import type { Principal } from '../../keys/principal';
import type { Services } from '../../services';
import { bodyNounAlone, proposedValue } from './form';
import { type ActorChoice, NoTextError, type Review, sameName } from './review';
import type { DecisionRow, WorkspaceStore } from './store';

/** Kinds of publisher that never call themselves by a body's noun ("the Court", "the Police"): a news outlet, a person. */
const NOT_A_BODY: ReadonlySet<ActorKind> = new Set(['media_outlet', 'person']);

/** A candidate whose claimant, a body's noun alone, is the publisher: given to the publisher, and the reason says so. */
function publishersOwn(cand: Candidate, claimant: NonNullable<Candidate['claimant']>, publisher: { id: number; name: string }): Candidate {
  return {
    ...cand,
    claimant: { ...claimant, name: publisher.name, actor_id: publisher.id, new: false },
    reasons: {
      ...cand.reasons,
      claimant: [cand.reasons.claimant, `"${claimant.name}" is the publisher, ${publisher.name}`].filter(Boolean).join('; '),
    },
  };
}

/** The document with its text, or a 404; a document without stored text cannot be reviewed (NoTextError). */
export async function documentWithText(services: Services, id: number): Promise<DocumentView & { text: string }> {
  const doc = await services.documents.get(id, true);
  if (!doc.text) throw new NoTextError(doc);
  return doc as DocumentView & { text: string };
}

/**
 * The review of one document's candidates: proposed once per text (kept until the text changes), each with the
 * claimant its form preselects and the claims that hold its statement now. `signal`: the page no longer wanted (its
 * editor left it), the text's first reading is dropped unless another page waits for it (ExtractPool.read).
 */
export async function loadReview(
  services: Services,
  store: WorkspaceStore,
  documentId: number,
  principal: Principal,
  signal?: AbortSignal,
): Promise<Review> {
  const document = await documentWithText(services, documentId);
  const extraction =
    (await store.find(documentId, document.text_sha256!)) ??
    (await (async () => {
      const { candidates, unread = [] } = await services.extract.extract({ document_id: documentId }, signal);
      return store.save(documentId, document.text_sha256!, candidates, unread, principal.name);
    })());
  const decisions = new Map((await store.decisions(extraction.id)).map((d) => [d.candidate_id, d]));
  const claims = (await services.claims.list({ documentId, limit: 500 })).data;
  const actors = new Map<number, ActorChoice>();
  for (const c of claims) actors.set(c.claimant.id, { id: c.claimant.id, name: c.claimant.name, kind: c.claimant.kind });
  // A figure the document states itself was stated when it was published (DESIGN.md: stated_on, the day the claimant
  // stated it; the extractor fixes it only from the words of a cue, "said on Tuesday"): with no day of its own, the
  // document's publication date, at its precision. A figure the document reports another as saying keeps the day the
  // text gives, or none: that statement may be older than the article.
  const statedInDocument = (cand: Candidate): Candidate =>
    cand.stated_on || !document.published_on
      ? cand
      : {
          ...cand,
          stated_on: document.published_on,
          reasons: { ...cand.reasons, stated_on: `the document's own statement, published ${document.published_on}` },
        };
  // a candidate with no claimant is the document's own statement: its first author's, else its publisher's
  extraction.candidates = extraction.candidates.map((cand) => (cand.claimant ? cand : statedInDocument(cand)));
  const author = document.authors.find((a) => a.trim() !== '')?.trim() ?? null;
  const own = author ?? document.publisher?.name ?? null;
  if (own) {
    extraction.candidates = extraction.candidates.map((cand) =>
      cand.claimant
        ? cand
        : {
            ...cand,
            claimant: { name: own, mention: null, actor_id: author ? null : document.publisher!.id, new: author !== null },
            reasons: {
              ...cand.reasons,
              claimant: `${cand.reasons.claimant ?? 'nobody named'}; the document's own statement: ${author ? `its first author, ${own}` : `its publisher, ${own}`}`,
            },
          },
    );
  }
  // "…, the Ministry said" in a ministry's own release: a body's noun alone, which the extractor found named nowhere
  // before, is the publisher when the publisher's name holds it (review52: "Accept all" had created an actor "Ministry"),
  // and the publisher is a body that can speak of itself so: a news outlet or a person is never "the Court" of its own
  // story ("the Court said" in Court News UK's report is a court's word: review53)
  const publisher = document.publisher;
  if (publisher) {
    const inName = new Set(
      publisher.name
        .toLowerCase()
        .split(/[^\p{L}]+/u)
        .filter(Boolean),
    );
    const ownNoun = (cand: Candidate) => cand.claimant?.new === true && inName.has(bodyNounAlone(cand.claimant.name)?.toLowerCase() ?? '');
    const speaksOfItself = extraction.candidates.some(ownNoun) && !NOT_A_BODY.has((await services.actors.get(publisher.id)).kind);
    extraction.candidates = extraction.candidates.map((cand) =>
      speaksOfItself && ownNoun(cand) && cand.claimant ? publishersOwn(statedInDocument(cand), cand.claimant, publisher) : cand,
    );
  }
  const claimantChoice = new Map<string, string>();
  /** Each claimant's name → the actor named so (or with that alias), else null. */
  const byName = new Map<string, ActorChoice | null>();
  for (const cand of extraction.candidates) {
    const name = cand.claimant?.name;
    if (!name) {
      claimantChoice.set(cand.id, 'new');
      continue;
    }
    if (!byName.has(name)) {
      // "Kazakh National Security Committee (KNB)" is looked for as written, then by the name and by the acronym alone
      const known = namesOf(name);
      // The actors named so, looked up exactly (a search's few first results may be longer names containing it), and
      // a few more containing a form of the name, to offer in the picker.
      const named = await services.actors.named(known);
      const found = [...named, ...(await Promise.all(known.map((n) => services.actors.list({ q: n, limit: 5 })))).flat()];
      for (const a of found) actors.set(a.id, { id: a.id, name: a.name, kind: a.kind });
      // Actors created while reviewing match later candidates by name, though the extraction predates them.
      const exact = actorNamed(name, named);
      byName.set(name, exact ? { id: exact.id, name: exact.name, kind: exact.kind } : null);
    }
    const matchedId = cand.claimant?.actor_id ?? null;
    if (matchedId !== null && !actors.has(matchedId)) {
      const a = await services.actors.get(matchedId).catch(() => null);
      if (a) actors.set(a.id, { id: a.id, name: a.name, kind: a.kind });
    }
    const exact = byName.get(name);
    claimantChoice.set(cand.id, matchedId !== null && actors.has(matchedId) ? `actor:${matchedId}` : exact ? `actor:${exact.id}` : 'new');
  }
  extraction.candidates = await withHolders(store, extraction.candidates, claimantChoice, decisions);
  return {
    document,
    extraction,
    decisions,
    claims,
    actors: [...actors.values()].sort((a, b) => a.name.localeCompare(b.name)),
    claimantChoice,
  };
}

/**
 * The actor among `actors` that a claimant's name names: by the name as written, else by its parts ("Kazakh National
 * Security Committee (KNB)": the name, then the acronym), each compared with the actor's name and aliases.
 */
function actorNamed<A extends { name: string; aliases?: string[] }>(name: string, actors: A[]): A | undefined {
  return namesOf(name)
    .map((n) => actors.find((a) => sameName(a.name, n) || (a.aliases ?? []).some((alias) => sameName(alias, n))))
    .find((a) => a !== undefined);
}

/**
 * Brings a loaded review up to date with an actor created while deciding it: the pickers offer the actor, and the
 * open candidates whose claimant it is preselect it, as a review loaded afresh would.
 */
export function claimantCreated(review: Review, actor: ActorChoice): void {
  if (!review.actors.some((a) => a.id === actor.id)) {
    review.actors.push(actor);
    review.actors.sort((a, b) => a.name.localeCompare(b.name));
  }
  for (const cand of review.extraction.candidates) {
    const name = cand.claimant?.name;
    if (!name || review.decisions.has(cand.id) || review.claimantChoice.get(cand.id) !== 'new') continue;
    if (actorNamed(name, [actor])) review.claimantChoice.set(cand.id, `actor:${actor.id}`);
  }
}

/**
 * Each open candidate's existing_claim_ids as the ledger is now, not as it was when the candidates were proposed:
 * another editor may have added the statement since, or retracted it, or made its claimant. The statement is the
 * one the candidate's form offers (the claimant preselected, a share's value), matched by the extractor's rule.
 */
async function withHolders(
  store: WorkspaceStore,
  candidates: Candidate[],
  claimantChoice: Map<string, string>,
  decisions: Map<string, DecisionRow>,
): Promise<Candidate[]> {
  const keyed = candidates.flatMap((c, i) => {
    const actor = /^actor:(\d{1,15})$/.exec(claimantChoice.get(c.id) ?? '');
    if (!actor || !c.metric || typeof c.country !== 'string' || decisions.has(c.id)) return [];
    const value = proposedValue(c, candidates);
    return [
      {
        i,
        key: {
          claimant_id: Number(actor[1]),
          metric: c.metric,
          country: c.country,
          value,
          value_low: c.value_low,
          value_high: c.value_high,
        },
      },
    ];
  });
  const found = await store.claimsHolding(keyed.map((k) => k.key));
  const holders = new Map(keyed.map((k, n) => [k.i, found[n]]));
  return candidates.map((c, i) => ({ ...c, existing_claim_ids: holders.get(i) ?? [] }));
}
