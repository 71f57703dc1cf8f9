import type { ComponentChildren } from 'preact';
import type { Candidate } from '../../extract/candidate';
import { opening, type Unread, unreadCounted, unreadIsOne } from '../../extract/unread';
import { Layout } from '../layout';
import { OutcomeNotice } from '../components/outcomeNotice';
import { OUTCOME_ID } from '../outcome';
import { HIGH_CONFIDENCE, LOW_CONFIDENCE, lowConfidence, rejectedInBatch, type Review, reviewPath, unsureBecause } from './review';
import { type SureCandidates, sureCandidates } from './acceptAll';
import type { Editor } from './session';
import { ClaimFields, SharedChoices, SourceOf, type Vocabularies } from './claimFields';
import { CandidateCard, type CandidateFormState, CandidateRow, ROWS_FORM, RowsForm, SeparateClaim } from './candidateCard';
import { ErrorSummary, fieldErrorText, inFormOrder, titleOfForm } from '../components/errorSummary';
import { CLAIM_FIELD_ORDER, claimFieldId, claimFieldLabel, FormTokens } from './formParts';
import { counted } from '../../words';
import { Shown, Stored, storedString } from '../components/storedText';
import { fragmentTarget } from '../components/fragmentTarget';
import { useContext } from 'preact/hooks';
import { OutcomeContext } from '../render';

/**
 * Why "accept all high-confidence" left a candidate open, in the list under its notice: the fields its card marks, as
 * its card's summary says them ("Country: must be filled in"); the list had repeated each card's "see the fields
 * marked", the same words for every candidate, under a notice promising that each says why.
 */
function refusedBecause(state: CandidateFormState | undefined): string {
  if (!state) return '';
  if (state.errors.length === 0) return state.message ?? '';
  return inFormOrder(state.errors, CLAIM_FIELD_ORDER)
    .map((e) => fieldErrorText(e, claimFieldLabel))
    .join('; ');
}

/** The parts the sure candidates' proposals lack, as the review names them: "country or claimant". */
function gapWords(incomplete: SureCandidates['incomplete']): string {
  const gaps = new Set(incomplete.flatMap((c) => c.gaps));
  return (['metric', 'country', 'claimant'] as const).filter((g) => gaps.has(g)).join(' or ');
}

/** The hints describing the accept-all button: what its confidence means, what it leaves to the editor, and why. */
const leftHints = (incomplete: boolean, unnamed: boolean): string =>
  ['accept-high-means', incomplete && 'accept-high-hint', unnamed && 'accept-high-unnamed'].filter(Boolean).join(' ');

/** A candidate's state as its mark in the text says it to a screen reader (its card says it in full). */
const MARK_STATES: Record<string, string> = {
  open: 'to review',
  accepted: 'accepted',
  source_added: 'added as a source',
  rejected: 'rejected',
};

/** The candidates' marks over text[from, to): the figures within it in <mark>s, the rest text (preact escapes it). */
function marksWithin(text: string, from: number, to: number, candidates: Candidate[], states: Map<string, string>): ComponentChildren[] {
  const parts: ComponentChildren[] = [];
  let at = from;
  for (const c of candidates) {
    if (c.start < at || c.end > to || c.end <= c.start) continue;
    parts.push(<Shown text={text.slice(at, c.start)} />);
    parts.push(
      <mark id={`mark-${c.id}`} class={`cand-mark state-${states.get(c.id) ?? 'open'}`} data-candidate={c.id}>
        <a
          href={`#cand-${c.id}`}
          aria-label={`${storedString(text.slice(c.start, c.end))} (${c.id}, ${MARK_STATES[states.get(c.id) ?? 'open']})`}
        >
          <Shown text={text.slice(c.start, c.end)} />
        </a>
      </mark>,
    );
    at = c.end;
  }
  parts.push(<Shown text={text.slice(at, to)} />);
  return parts;
}

/**
 * The unread sentences the text marks (`unread-N`, N their place in the list, from 1): those within the text, in order
 * and apart, that cut no candidate's figure (a candidate kept from an earlier proposal, under other bounds, keeps its
 * mark whole).
 */
function markedUnread(text: string, unread: readonly Unread[], candidates: readonly Candidate[]): Map<number, Unread> {
  const marked = new Map<number, Unread>();
  let last = 0;
  unread.forEach((u, i) => {
    const cuts = (at: number) => candidates.some((c) => c.start < at && at < c.end);
    if (u.start < last || u.end > text.length || u.end <= u.start || cuts(u.start) || cuts(u.end)) return;
    marked.set(i + 1, u);
    last = u.end;
  });
  return marked;
}

/**
 * The document's text with every candidate's figure in a <mark>; the text stays text (preact escapes it). A mark says
 * its candidate's state by more than its colour: a tick after an accepted one, a line through a rejected one, and in
 * its link's name (aria-label, not added text: the text's characters are the offsets quotes are taken at). Each
 * sentence the extractor did not read is a span (`unread-N`, the notice's links lead to it) drawn apart by a dashed
 * frame and hatching, adding no character: its words can be selected to start a claim by hand, as any others.
 */
function MarkedText({
  text,
  candidates,
  states,
  unread,
}: {
  text: string;
  candidates: Candidate[];
  states: Map<string, string>;
  unread: Map<number, Unread>;
}) {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: ComponentChildren[] = [];
  let at = 0;
  for (const [n, u] of unread) {
    parts.push(...marksWithin(text, at, u.start, sorted, states));
    parts.push(
      <span class="ws-unread" id={`unread-${n}`} tabindex={-1}>
        {marksWithin(text, u.start, u.end, sorted, states)}
      </span>,
    );
    at = u.end;
  }
  parts.push(...marksWithin(text, at, text.length, sorted, states));
  return (
    <div class="ws-text" id="ws-text" dir="auto">
      {parts}
    </div>
  );
}

/** The unread sentences the notice lists one by one; the rest are counted (each is marked in the text all the same). */
const UNREAD_LISTED = 20;

/**
 * Says that sentences of the text were not read by the extractor, how many and why, each linked to its mark in the
 * text: their figures are not among the candidates, so the editor reads them and starts claims from them by hand.
 */
function UnreadNotice({ text, unread, marked }: { text: string; unread: readonly Unread[]; marked: Map<number, Unread> }) {
  if (unread.length === 0) return null;
  const excerpt = (u: Unread) => {
    const words = text
      .slice(u.start, Math.min(u.end, u.start + 80))
      .replace(/\s+/g, ' ')
      .trim();
    return u.end - u.start > 80 ? `${words}…` : words;
  };
  const at = (n: number) => n.toLocaleString('en-GB');
  const one = unreadIsOne(unread);
  return (
    <section id="unread" class="ws-unread-notice" aria-labelledby="unread-h">
      <h2 id="unread-h">{`${opening(unreadCounted(unread))} not read`}</h2>
      <p>
        {`The extractor did not read ${unreadCounted(unread, { one: 'one', text: 'this text', ofText: true })}, past its bounds on its work (${
          one ? 'below, why' : 'below, each with why'
        }): ${one ? 'its figures are' : 'their figures are'} not among the candidates. ${
          one ? 'It is' : 'Each is'
        } framed in the text: read it, and select words in it to start a claim by hand.`}
      </p>
      <ul>
        {unread.slice(0, UNREAD_LISTED).map((u, i) => {
          const where = `Characters ${at(u.start)}–${at(u.end)}`;
          return (
            <li>
              {marked.has(i + 1) ? <a href={`#unread-${i + 1}`}>{where}</a> : where}
              {': “'}
              <Stored text={excerpt(u)} />
              {`”: ${u.reason}.`}
            </li>
          );
        })}
      </ul>
      {unread.length > UNREAD_LISTED && <p>{`And ${at(unread.length - UNREAD_LISTED)} more, each framed in the text.`}</p>}
    </section>
  );
}

export interface ReviewPageProps {
  editor: Editor;
  review: Review;
  vocab: Vocabularies;
  forms: Map<string, CandidateFormState>;
  /** The candidates shown as full forms (the one the editor opened, those sent back with errors); the others are rows. */
  opened: ReadonlySet<string>;
  manual: CandidateFormState;
  /** Candidates the last action could not save, listed under the notice with a link to each one's errors. */
  refused?: string[];
  /** "Reject all low-confidence": `confirm`, the list it would reject is shown to confirm; `batch`, the one it rejected. */
  lowConfidence?: { confirm: boolean; batch?: number };
}

const percent = (x: number) => `${Math.round(x * 100)}%`;

/**
 * What "low" and "high" mean on the extractor's scale (review.ts: LOW_CONFIDENCE, HIGH_CONFIDENCE), as
 * scripts/eval-confidence.ts measures them: first on the annotated articles the extractor's rules were not written
 * from (held-out 21–40, what an editor's article is, where the confidence's shares were measured), then on those they
 * were (the studied sets). The share is of the candidates, a candidate that was no claim counting as not right.
 */
const LOW_MEANS =
  'two or more fields carried from elsewhere, guessed or set by default, or nothing said of the number; on articles the extractor was not written from, 10% of candidates read so had every field right (34% on those it was), and some were no claim.';
const HIGH_MEANS =
  'each field read from the figure’s own words (what happened to the people, their nationality, who says so): on articles the extractor was not written from, 59–67% of such candidates had every field right (81% on those it was); check them after.';

/**
 * "Reject all low-confidence", in two steps that work without script: a link to this page listing the candidates it
 * would reject, with the button that rejects exactly those; after it, the count rejected and a button to reopen them.
 */
function RejectLow({ review, editor, confirm }: { review: Review; editor: Editor; confirm: boolean }) {
  const low = lowConfidence(review);
  const path = reviewPath(review.document.id);
  if (low.length === 0) return null;
  if (!confirm)
    return (
      <p class="ws-inline">
        <a
          href={`${path}?confirm=reject-low#reject-low`}
        >{`Reject all ${counted(low.length, 'low-confidence candidate')} (below ${percent(LOW_CONFIDENCE)})…`}</a>{' '}
        <span class="hint">{LOW_MEANS}</span>
      </p>
    );
  return (
    <section id="reject-low" class="ws-confirm" tabindex={-1} aria-labelledby="reject-low-h">
      <h2 id="reject-low-h">{`Reject these ${counted(low.length, 'low-confidence candidate')}?`}</h2>
      <p>{`Each is below ${percent(LOW_CONFIDENCE)}: ${LOW_MEANS} Each line says why.`}</p>
      <ul>
        {low.map((c) => {
          const why = unsureBecause(c);
          return (
            <li>
              {`${c.id}: “${storedString(c.value_text)}”, confidence ${percent(c.confidence)}`}
              {why.length > 0 && <span class="hint">{` (${why.join('; ')})`}</span>}
            </li>
          );
        })}
      </ul>
      <form method="post" action={`${path}/reject-low#${OUTCOME_ID}`} class="ws-inline">
        <FormTokens token={editor.csrfToken} />
        <input type="hidden" name="candidates" value={low.map((c) => c.id).join(' ')} />
        <button type="submit">{`Reject these ${low.length}`}</button>
        <a href={path}>Cancel</a>
      </form>
    </section>
  );
}

export function ReviewPage({ editor, review, vocab, forms, opened, manual, refused = [], lowConfidence: low }: ReviewPageProps) {
  const { document: doc, extraction } = review;
  const candidates = extraction.candidates;
  const unread = extraction.unread ?? [];
  const marked = markedUnread(doc.text, unread, candidates);
  const states = new Map(candidates.map((c) => [c.id, review.decisions.get(c.id)?.decision ?? 'open']));
  const open = candidates.filter((c) => !review.decisions.has(c.id));
  const { complete, incomplete, unnamed } = sureCandidates(review);
  const high = complete.length;
  const undo = low?.batch === undefined ? [] : rejectedInBatch(review, low.batch);
  // A candidate just rejected on its own is one click from open again: its notice offers the row's Reconsider as Undo.
  const said = useContext(OutcomeContext);
  const justRejected =
    said?.param === 'rejected' && said.value !== undefined && review.decisions.get(said.value)?.decision === 'rejected' ? said.value : null;
  const formRefused = manual.errors.length > 0 || [...forms.values()].some((f) => f.errors.length > 0) || refused.length > 0;
  return (
    <Layout title={titleOfForm(`Review: ${storedString(doc.title)}`, formRefused)} links={{ json: `/v1/documents/${doc.id}` }} ownOutcome>
      <h1>
        Review: <Stored text={doc.title} />
      </h1>
      <p class="ws-meta">
        {`Document ${doc.id}`}
        {doc.publisher && (
          <>
            , published by <Stored text={doc.publisher.name} />
          </>
        )}
        {doc.published_on && `, ${doc.published_on}`}
        {doc.url && /^https?:\/\//i.test(doc.url) && (
          <>
            {', '}
            <a href={doc.url} rel="noopener noreferrer nofollow">
              original
            </a>
          </>
        )}
        {`. ${counted(candidates.length, 'candidate')}, ${open.length} to review.`}
      </p>
      {/* Said where it is seen on any screen, next to the page's heading: at the foot of the folded "Keyboard shortcuts"
          an editor without script never learnt why selecting words did nothing. */}
      <noscript>
        <p class="ws-no-script" role="note">
          JavaScript is off: the keyboard shortcuts, starting a claim from words selected in the text, and keeping unsaved changes between
          pages need it. Everything else works: open a candidate with its “Open its form” link, and paste the words you need as the quote of
          a claim by hand.
        </p>
      </noscript>
      {/* Under the heading: the review's own outcomes come with the candidates that could not be saved, or an Undo. */}
      <OutcomeNotice>
        {refused.length > 0 && (
          <ul class="ws-refused">
            {refused.map((cid) => (
              <li>
                <a href={`#${cid}-errors`}>{`${cid}: “${candidates.find((c) => c.id === cid)?.value_text ?? ''}”`}</a>
                {`: ${refusedBecause(forms.get(cid))}`}
              </li>
            ))}
          </ul>
        )}
        {justRejected !== null && (
          <p class="ws-inline">
            <button type="submit" form={ROWS_FORM} name="row" value={`reconsider ${justRejected}`} class="secondary">
              {`Undo: reopen ${justRejected}`}
            </button>
          </p>
        )}
        {undo.length > 0 && (
          <form method="post" action={`/workspace/documents/${doc.id}/reconsider#${OUTCOME_ID}`} class="ws-inline">
            <FormTokens token={editor.csrfToken} />
            <input type="hidden" name="batch" value={String(low?.batch)} />
            <button type="submit" class="secondary">
              {/* the batch names them: a long report's 75 ids made the button a paragraph */}
              {`Undo: reopen ${counted(undo.length, 'candidate')}${undo.length <= 10 ? ` (${undo.map((d) => d.candidate_id).join(', ')})` : ''}`}
            </button>
          </form>
        )}
      </OutcomeNotice>
      <details class="ws-keys">
        <summary>Keyboard shortcuts</summary>
        <p>
          With script on, outside a field: <kbd>j</kbd> next candidate, <kbd>k</kbd> previous, <kbd>a</kbd> accept it (a row as proposed, a
          form as you left it; or add it as a source when the ledger already holds it), <kbd>r</kbd> reject it, <kbd>e</kbd> open its form
          at its first field, <kbd>s</kbd> start a claim by hand from its sentence (then shorten the quote to the words you need). Without
          script, each candidate's Open link opens its form. Select any words of the text to start a claim by hand from them, or type or
          paste them as the quote of a claim by hand: the ledger finds them in the text.
        </p>
      </details>
      <div class="ws-doc-actions">
        {high > 0 && (
          <form method="post" action={`/workspace/documents/${doc.id}/accept-high#${OUTCOME_ID}`} class="ws-inline" data-leaves-drafts>
            <FormTokens token={editor.csrfToken} />
            <input type="hidden" name="editing" value="" />
            <button type="submit" aria-describedby={leftHints(incomplete.length > 0, unnamed.length > 0)}>
              {`Accept all ${counted(high, 'high-confidence candidate')} (${percent(HIGH_CONFIDENCE)} or more)`}
            </button>
          </form>
        )}
        {high > 0 && <span class="hint" id="accept-high-means">{`${percent(HIGH_CONFIDENCE)} or more: ${HIGH_MEANS}`}</span>}
        {incomplete.length > 0 && (
          <span class="hint" id="accept-high-hint">
            {`Left for you to complete: ${counted(incomplete.length, 'candidate')} of ${percent(HIGH_CONFIDENCE)} or more (${incomplete
              .map((c) => c.candidate.id)
              .join(', ')}) ${incomplete.length === 1 ? 'proposes' : 'propose'} no ${gapWords(incomplete)}; fill it in on ${
              incomplete.length === 1 ? 'its card' : 'their cards'
            }.`}
          </span>
        )}
        {unnamed.length > 0 && (
          <span class="hint" id="accept-high-unnamed">
            {`Left for you to name: ${counted(unnamed.length, 'candidate')} of ${percent(HIGH_CONFIDENCE)} or more (${unnamed
              .map((c) => `${c.candidate.id}: “${storedString(c.words)}”`)
              .join(
                ', ',
              )}) ${unnamed.length === 1 ? 'gives' : 'give'} as a new claimant words that are not a name; choose the actor, or type the name, on ${
              unnamed.length === 1 ? 'its card' : 'their cards'
            }.`}
          </span>
        )}
        <form method="post" action={`/workspace/documents/${doc.id}/propose-again`} class="ws-inline">
          <FormTokens token={editor.csrfToken} />
          <button type="submit" class="secondary" aria-describedby="propose-again-hint">
            Propose again
          </button>
          <span class="hint" id="propose-again-hint">
            Reads the text again with the extractor and vocabularies as they are now; your decisions stay.
          </span>
        </form>
      </div>
      <RejectLow review={review} editor={editor} confirm={low?.confirm ?? false} />
      <UnreadNotice text={doc.text} unread={unread} marked={marked} />
      <div class="ws-review">
        <section aria-labelledby="text-h" class="ws-text-pane" tabindex={0}>
          <h2 id="text-h">Text</h2>
          <MarkedText text={doc.text} candidates={candidates} states={states} unread={marked} />
        </section>
        <section aria-labelledby="cands-h" class="ws-cands">
          <h2 {...fragmentTarget('cands-h')}>Candidates</h2>
          <RowsForm review={review} editor={editor} />
          {candidates.length === 0 && (
            <p>The ledger found no figures in this text. Select words in the text, or paste a quote below, to enter a claim by hand.</p>
          )}
          {candidates.map((c) =>
            opened.has(c.id) && !review.decisions.has(c.id) ? (
              <CandidateCard c={c} review={review} vocab={vocab} editor={editor} state={forms.get(c.id)!} />
            ) : (
              <CandidateRow c={c} review={review} vocab={vocab} editor={editor} state={forms.get(c.id)!} />
            ),
          )}
          <article {...fragmentTarget('cand-manual')} class="cand manual" aria-labelledby="manual-h">
            <h3 id="manual-h">A claim by hand</h3>
            <form
              method="post"
              action={`/workspace/documents/${doc.id}/claims#manual-errors`}
              class="ws-form ws-manual-form"
              data-draft={reviewPath(doc.id)}
            >
              <FormTokens token={editor.csrfToken} />
              <ErrorSummary
                id="manual-errors"
                errors={manual.errors}
                message={manual.message}
                fields={CLAIM_FIELD_ORDER}
                fieldId={claimFieldId('manual')}
                fieldLabel={claimFieldLabel}
              />
              <ClaimFields prefix="manual" form={manual.form} errors={manual.errors} review={review} vocab={vocab} />
              <SeparateClaim state={manual} />
              <div class="ws-actions">
                <button type="submit" name="action" value="accept">
                  Save claim
                </button>
              </div>
              <SourceOf
                prefix="manual"
                form={manual.form}
                errors={manual.errors}
                review={review}
                existing={manual.holders ?? []}
                primary={(manual.holders ?? []).length > 0}
              />
            </form>
          </article>
        </section>
      </div>
      <SharedChoices
        review={review}
        vocab={vocab}
        holders={[...candidates.flatMap((c) => c.existing_claim_ids), ...(manual.holders ?? [])]}
      />
    </Layout>
  );
}
