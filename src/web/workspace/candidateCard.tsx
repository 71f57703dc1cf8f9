import type { ComponentChildren } from 'preact';
import type { FieldError } from '../../errors';
import type { Candidate } from '../../extract/candidate';
import { ClaimForm, claimCountry, handClaimant, KEEP_COUNTRY, list, PROPOSED_COUNTRY, USE_COUNTRY } from './form';
import { candidateCardPath, type Review, reviewPath, rowsPath } from './review';
import { editClaimPath } from './editClaim';
import type { Editor } from './session';
import { ClaimFields, SourceOf, type Vocabularies } from './claimFields';
import { ErrorSummary } from '../components/errorSummary';
import { CLAIM_FIELD_ORDER, claimFieldId, claimFieldLabel, FormTokens, errorsFor } from './formParts';
import { describeDecision } from './messages';
import { APPROXIMATION_RULES } from '../../claims/approximation';
import type { Approximation, Claim } from '../../claims/model';
import { storedString } from '../components/storedText';
import { formatNumberText } from '../components/figure';

export interface CandidateFormState {
  form: ClaimForm;
  errors: FieldError[];
  message?: string;
  /** Claims already holding the statement the form enters (a claim by hand refused as a duplicate). */
  holders?: number[];
  /** The errors' list takes the focus as the page loads: a row's form, one for the review, has no fragment of its own to land on. */
  focus?: boolean;
}

/** For a claim by hand the ledger already holds: the editor may still save it, saying it is a separate claim. */
export function SeparateClaim({ state }: { state: CandidateFormState }) {
  if (!errorsFor(state.errors, 'separate').length && state.form.separate !== 'yes') return null;
  const messages = errorsFor(state.errors, 'separate');
  return (
    <div class={`field wide${messages.length ? ' invalid' : ''}`}>
      <label>
        <input
          type="checkbox"
          id="manual-separate"
          name="separate"
          value="yes"
          checked={state.form.separate === 'yes'}
          aria-invalid={messages.length ? 'true' : undefined}
          aria-describedby={messages.length ? 'manual-separate-err' : undefined}
        />{' '}
        A separate claim: save it although the ledger holds the same statement (Save claim then leaves the claim named under “Add this
        document as a source of” as it is)
      </label>
      {messages.length > 0 && (
        <span class="field-error" id="manual-separate-err">
          {messages.join('; ')}
        </span>
      )}
    </div>
  );
}

/** A decided candidate's outcome: what was decided, its claim, relations still to make, and for a rejection a way back. */
function Decided({ c, review }: { c: Candidate; review: Review }) {
  const decision = review.decisions.get(c.id)!;
  return (
    <div class="ws-decided">
      <p>
        {describeDecision(decision)}
        {decision.claim_id !== null && (
          <>
            {' '}
            <a href={`/claims/${decision.claim_id}`}>{`Open claim ${decision.claim_id}`}</a>
            {' · '}
            <a href={editClaimPath(decision.claim_id)}>{`Correct claim ${decision.claim_id}`}</a>
          </>
        )}
      </p>
      {decision.relations
        .filter((r) => !r.linked)
        .map((r) => (
          <p class="hint">
            {r.error
              ? `Relation ${r.type} ${r.target} was refused: ${r.error}`
              : `Relation ${r.type} ${r.target} will be made when ${r.target} is accepted.`}
          </p>
        ))}
      {decision.decision === 'rejected' && (
        <button type="submit" form={ROWS_FORM} name="row" value={`reconsider ${c.id}`} class="secondary">
          Reconsider<span class="visually-hidden">{` ${c.id}`}</span>
        </button>
      )}
    </div>
  );
}

/** What a reason is about, by the form's label for its field ("As of", not the extractor's `as_of`; walk46). */
export const reasonLabel = (key: string): string =>
  key === 'people' ? 'Who is counted' : key === 'confidence' ? 'Confidence' : claimFieldLabel(key);

/** Where a candidate's forms post; with no candidate, the start every candidate's address shares. */
const candidatePath = (review: Review, cid: string) => `/workspace/documents/${review.document.id}/candidates/${cid}`;

/** A form's places (codes separated by commas, or words the editor typed) by their names. */
const placeNames = (places: string, vocab: Vocabularies) =>
  places
    .split(',')
    .map((p) => vocab.labels.country(p.trim()))
    .join(', ');

/** A country field's value by its places' names, or "no country". */
const countryName = (country: Candidate['country'], vocab: Vocabularies) =>
  country === null ? 'no country' : placeNames(list(country), vocab);

/** Why the extractor proposes a candidate's country, in a sentence (its full form and its compact row say it), or null. */
function countryReason(c: Candidate, vocab: Vocabularies): string | null {
  if (!c.reasons.country) return null;
  return `Proposed: ${countryName(c.country, vocab)} — ${storedString(c.reasons.country)}`;
}

/**
 * Beside a candidate's country: why the extractor proposes it, and each other reading a rule weighed as a choice of
 * the form (radios, not buttons: Enter in a field must still accept, not take another reading), which the candidate is
 * accepted with in place of the field; the review's script makes a choice fill the field instead. Reasons quote the
 * text's words: plain text, never markup.
 */
function CountryReadings({ c, vocab, chosen }: { c: Candidate; vocab: Vocabularies; chosen: string }) {
  // A reading of no country is said, not offered: every claim needs a country, so choosing it could only be refused
  // ("Country: must be filled in"); the editor types the country the figure counts, or rejects the candidate.
  const readings = c.alternatives.country ?? [];
  const others = readings.filter((o) => o.value !== null);
  const unplaced = readings.filter((o) => o.value === null);
  // (the form's choice as sent, shown again as sent: a refused form came back at "As in the Country field")
  const taken = others.some((o) => list(o.value) === chosen) ? chosen : KEEP_COUNTRY;
  const reason = countryReason(c, vocab);
  const why = (
    <>
      {reason && <p class="hint">{reason}</p>}
      {unplaced.map((o) => (
        <p class="hint">{`Another reading: no country — ${storedString(o.reason)}. A claim needs a country: type the one the figure counts, or reject the candidate.`}</p>
      ))}
    </>
  );
  if (others.length === 0) return reason || unplaced.length > 0 ? <div class="field wide ws-readings">{why}</div> : null;
  return (
    <fieldset class="field wide ws-readings">
      <legend>Other readings of the country</legend>
      {why}
      <input type="hidden" name={PROPOSED_COUNTRY} value={list(c.country)} />
      <label>
        <input type="radio" name={USE_COUNTRY} value={KEEP_COUNTRY} checked={taken === KEEP_COUNTRY} data-keeps={`${c.id}-country`} /> As in
        the Country field
      </label>
      {others.map((o) => (
        <label>
          <input type="radio" name={USE_COUNTRY} value={list(o.value)} checked={taken === list(o.value)} data-fills={`${c.id}-country`} />
          {` Use: ${countryName(o.value, vocab)} — ${storedString(o.reason)}`}
        </label>
      ))}
    </fieldset>
  );
}

/** A figure in a line, as a row says it: its value and wording, what it counts, where, whose figure it is, when. */
interface FigureLine {
  approximation: string;
  value: string;
  low: string;
  high: string;
  metric: string;
  country: string;
  group: string;
  who: string | null | undefined;
  as_of: string | null;
}

function figureLine(f: FigureLine, vocab: Vocabularies): string {
  const [value, low, high] = [f.value, f.low, f.high].map(formatNumberText);
  const figure = low && high ? `${low}–${high}` : value || low || high;
  return [
    `${APPROXIMATION_RULES[f.approximation as Approximation]?.choice.replace(/ \(.*\)$/, '') ?? f.approximation}${figure ? ` ${figure}` : ''}`,
    f.metric ? vocab.labels.metric(f.metric) : 'metric not found',
    // named, as every page names places and groups: a row said "KZ"
    f.country ? placeNames(f.country, vocab) : 'country not found',
    f.group && storedString(vocab.labels.group(f.group)),
    f.who ? `said by ${storedString(f.who)}` : 'claimant not found',
    f.as_of && `as of ${f.as_of}`,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** What a candidate proposes, in a line. */
function proposal(form: ClaimForm, review: Review, vocab: Vocabularies): string {
  const claimant = /^actor:(\d{1,15})$/.exec(form.claimant);
  const who = claimant
    ? review.actors.find((a) => a.id === Number(claimant[1]))?.name
    : form.claimant_name && `${form.claimant_name} (new)`;
  return figureLine({ ...form, low: form.value_low, high: form.value_high, country: claimCountry(form), who, as_of: form.as_of }, vocab);
}

/** A claim as the ledger holds it now, in the same line. */
function claimLine(claim: Claim, vocab: Vocabularies): string {
  const text = (n: number | null) => (n === null ? '' : String(n));
  return figureLine(
    {
      approximation: claim.approximation,
      value: text(claim.value),
      low: text(claim.value_low),
      high: text(claim.value_high),
      metric: claim.metric,
      country: claim.country,
      group: claim.group ?? '',
      who: claim.claimant.name,
      as_of: claim.as_of,
    },
    vocab,
  );
}

/**
 * A row's line: what the candidate proposes, or, once it is a claim, the claim as the ledger holds it. A row corrected
 * then accepted had gone on saying the proposal ("said by Kazakhstan's security service (new)") under "Accepted as claim
 * 7", as if the correction were lost (walk46).
 */
function RowLine({ c, review, vocab, form }: { c: Candidate; review: Review; vocab: Vocabularies; form: ClaimForm }) {
  const decision = review.decisions.get(c.id);
  const claimId = decision?.claim_id ?? null;
  if (claimId === null) return <>{proposal(form, review, vocab)}</>;
  const claim = review.claims.find((k) => k.id === claimId);
  // (a document of more claims than the review loads: the proposal, said to be one)
  if (!claim) return <>{`Proposed: ${proposal(form, review, vocab)}`}</>;
  return <>{`In the ledger: ${claimLine(claim, vocab)}${claim.status === 'active' ? '' : ` · ${claim.status}`}`}</>;
}

/**
 * A candidate's card, full or a row: its figure and confidence as its heading, what the keys need (the candidate, its
 * primary action, where its quote is in the text, the claimant a claim by hand from its sentence starts with), and its
 * state as a class.
 */
function CandidateArticle({ c, review, row, children }: { c: Candidate; review: Review; row?: boolean; children: ComponentChildren }) {
  // When the ledger holds the statement already, adding a source is the first choice, for the a key too.
  const held = c.existing_claim_ids.length > 0;
  return (
    <article
      id={`cand-${c.id}`}
      class={`cand${row ? ' cand-row' : ''} state-${review.decisions.get(c.id)?.decision ?? 'open'}`}
      tabindex={-1}
      aria-labelledby={`cand-${c.id}-h`}
      data-candidate={c.id}
      data-primary={held ? 'add_source' : 'accept'}
      data-quote={`${c.quote.start}-${c.quote.end}`}
      data-claimant={handClaimant(review, c)}
    >
      <h3 id={`cand-${c.id}-h`}>
        {`${c.id}: “${storedString(c.value_text)}”`} <span class="confidence">{`confidence ${Math.round(c.confidence * 100)}%`}</span>
      </h3>
      {children}
    </article>
  );
}

/**
 * A candidate of the review in a few lines: what it proposes, and forms that decide it as proposed (its Accept sends no
 * fields: the server takes the proposal) or reject it, with a link to the same page with its full form open. A long
 * article has a hundred candidates: one full form each made its review a megabyte; the rows keep it light.
 */
export function CandidateRow(props: { c: Candidate; review: Review; vocab: Vocabularies; editor: Editor; state: CandidateFormState }) {
  const { c, review, vocab, state } = props;
  const decision = review.decisions.get(c.id);
  const held = c.existing_claim_ids.length > 0;
  // Each button named with its candidate ("Accept c5"), for a list of the page's buttons: in aria-label, as a row is
  // a few hundred bytes and a long review has hundreds of rows.
  const named = (label: string) => `${label} ${c.id}`;
  const accept = held ? `Add as a source of claim ${c.existing_claim_ids[0]}` : 'Accept';
  const primary = held ? 'add_source' : 'accept';
  // The country's reason, as its full form says it: a row said "Kenya" with no word of why, or of other readings.
  const reason = countryReason(c, vocab);
  const others = c.alternatives.country?.length ?? 0;
  const readings = others === 0 ? '' : `; ${others === 1 ? 'another reading' : `${others} other readings`} in its form`;
  return (
    <CandidateArticle c={c} review={review} row>
      <p class="cand-proposal">
        <RowLine c={c} review={review} vocab={vocab} form={state.form} />
        {held && !decision && `. The ledger already holds this statement (claim ${c.existing_claim_ids.join(', claim ')}).`}
      </p>
      {reason && !decision && <p class="hint">{`${reason}${readings}`}</p>}
      {decision ? (
        <Decided c={c} review={review} />
      ) : (
        <div class="ws-row-form">
          <button form={ROWS_FORM} name="row" value={`${primary} ${c.id}`} aria-label={named(accept)}>
            {accept}
          </button>
          <button form={ROWS_FORM} name="row" value={`reject ${c.id}`} class="secondary" aria-label={named('Reject')}>
            Reject
          </button>
          <a href={candidateCardPath(review.document.id, c.id)} class="ws-open" aria-label={named('Open its form')}>
            Open its form
          </a>
        </div>
      )}
    </CandidateArticle>
  );
}

/** The id of the review's one form for its rows (the rows' buttons name it). */
export const ROWS_FORM = 'ws-rows';

/** The review's form for its rows: its tokens once, and the rows' buttons (outside it, naming it) send it. */
export function RowsForm({ review, editor }: { review: Review; editor: Editor }) {
  return (
    <form id={ROWS_FORM} method="post" action={rowsPath(review.document.id)} data-candidates={candidatePath(review, '')}>
      <FormTokens token={editor.csrfToken} />
    </form>
  );
}

/** One candidate of the review in full: its figure, the extractor's reasons, and the forms that decide it. */
export function CandidateCard(props: { c: Candidate; review: Review; vocab: Vocabularies; editor: Editor; state: CandidateFormState }) {
  const { c, review, vocab, editor, state } = props;
  const decision = review.decisions.get(c.id);
  const action = candidatePath(review, c.id);
  const held = c.existing_claim_ids.length > 0;
  return (
    <CandidateArticle c={c} review={review}>
      {c.existing_claim_ids.length > 0 && !decision && (
        <p class="ws-dup">{`The ledger already holds this statement (claim ${c.existing_claim_ids.join(', claim ')}): add this document as a source instead of a duplicate.`}</p>
      )}
      {Object.keys(c.reasons).length > 0 && (
        <details class="ws-reasons">
          <summary>Why the ledger proposes this</summary>
          <ul>
            {Object.entries(c.reasons).map(([k, r]) => (
              <li>{`${reasonLabel(k)}: ${r}`}</li>
            ))}
          </ul>
        </details>
      )}
      <p class="hint">
        <a href={`${reviewPath(review.document.id)}?open=${c.id}&from=${c.id}#cand-manual`}>Start a claim by hand from its sentence</a>
      </p>
      {decision ? (
        <Decided c={c} review={review} />
      ) : (
        <form method="post" action={`${action}#${c.id}-errors`} class="ws-form ws-cand-form" data-draft={reviewPath(review.document.id)}>
          <FormTokens token={editor.csrfToken} />
          <ErrorSummary
            id={`${c.id}-errors`}
            errors={state.errors}
            message={state.message}
            fields={CLAIM_FIELD_ORDER}
            fieldId={claimFieldId(c.id)}
            fieldLabel={claimFieldLabel}
            focus={state.focus}
          />
          <ClaimFields
            prefix={c.id}
            form={state.form}
            errors={state.errors}
            review={review}
            vocab={vocab}
            afterCountry={<CountryReadings c={c} vocab={vocab} chosen={state.form.use_country} />}
          />
          {held ? (
            <>
              <SourceOf prefix={c.id} form={state.form} errors={state.errors} review={review} existing={c.existing_claim_ids} primary />
              <div class="ws-actions">
                <button type="submit" name="action" value="accept" class="secondary">
                  Accept as a new claim anyway
                </button>
                <button type="submit" name="action" value="reject" class="secondary">
                  Reject
                </button>
              </div>
            </>
          ) : (
            <>
              <div class="ws-actions">
                <button type="submit" name="action" value="accept">
                  Accept
                </button>
                <button type="submit" name="action" value="reject" class="secondary">
                  Reject
                </button>
              </div>
              <SourceOf prefix={c.id} form={state.form} errors={state.errors} review={review} existing={c.existing_claim_ids} />
            </>
          )}
        </form>
      )}
    </CandidateArticle>
  );
}
