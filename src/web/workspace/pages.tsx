import type { ComponentChildren } from 'preact';
import { ACTOR_KINDS, DOCUMENT_KINDS } from '../../closedSets';
import type { Candidate } from '../../extract/candidate';
import type { FieldError } from '../../errors';
import type { DocumentView } from '../../documents/store';
import { Layout } from '../layout';
import { ClaimForm } from './form';
import { HIGH_CONFIDENCE, type ActorChoice, type Review } from './review';
import type { Editor } from './session';
import { ClaimFields, SourceOf, type Vocabularies } from './claimFields';
import { ActorOptions, claimFieldId, Csrf, documentFieldId, errorsFor, ErrorSummary, Field } from './formParts';

export function SignInPage({ csrf, next, error }: { csrf: string; next: string; error?: string }) {
  return (
    <Layout title="Sign in">
      <h1>Sign in to the editors' workspace</h1>
      <p>
        Editors sign in with their API key (role editor or admin). The key is exchanged for a session that ends when you sign out, when it
        expires, or when the key is revoked; it is not kept in this browser.
      </p>
      {error && (
        <div class="error-summary" role="alert">
          <p>{error}</p>
        </div>
      )}
      <form method="post" action="/sign-in" class="ws-sign-in">
        <input type="hidden" name="csrf" value={csrf} />
        <input type="hidden" name="next" value={next} />
        <div class={`field${error ? ' invalid' : ''}`}>
          <label for="key">API key</label>
          <input
            type="password"
            id="key"
            name="key"
            required
            autocomplete="off"
            spellcheck={false}
            maxLength={200}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby="key-hint"
          />
          <span class="hint" id="key-hint">
            Starts with cl_. An administrator creates keys (POST /v1/keys).
          </span>
        </div>
        <button type="submit">Sign in</button>
      </form>
    </Layout>
  );
}

export function MessagePage({ title, message, status }: { title: string; message: string; status: number }) {
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <p>{message}</p>
      <p>{status === 401 ? <a href="/sign-in">Sign in</a> : <a href="/workspace">Back to the workspace</a>}</p>
    </Layout>
  );
}

/**
 * A document with no stored text: nothing can be proposed from it, and no quote checked against it, until its text
 * is added. The form adds it (the quotes claims already take from the document must be in it).
 */
export function AddTextPage({
  editor,
  document,
  text,
  errors,
  message,
}: {
  editor: Editor;
  document: DocumentView;
  text: string;
  errors: FieldError[];
  message?: string;
}) {
  return (
    <Layout title={`Add the text of ${document.title}`}>
      <h1>{`Add the text of “${document.title}”`}</h1>
      <p>
        {`Document ${document.id} has no stored text. The ledger proposes claims from a document's text and checks every quote against it, so paste its full text here first.`}{' '}
        <a href={`/documents/${document.id}`}>{`The document's page`}</a>
        {document.url && /^https?:\/\//i.test(document.url) && (
          <>
            {' · '}
            <a href={document.url} rel="noopener noreferrer nofollow">
              the original
            </a>
          </>
        )}
      </p>
      <ErrorSummary id="text-errors" errors={errors} message={message} fieldId={documentFieldId} />
      <form method="post" action={`/workspace/documents/${document.id}/text#text-errors`} class="ws-form">
        <Csrf token={editor.csrfToken} />
        <input type="hidden" name="version" value={String(document.version)} />
        <Field
          id="doc-text"
          label="Text"
          name="text"
          errors={errors}
          hint="the document's full text, pasted as is; quotes of claims already citing it must be in it"
          wide
        >
          {(a) => (
            <textarea rows={16} required {...a}>
              {text}
            </textarea>
          )}
        </Field>
        <button type="submit">Save the text and propose claims</button>
      </form>
      <p>
        <a href="/workspace">Back to the workspace</a>
      </p>
    </Layout>
  );
}

export interface DocumentFormValues {
  [name: string]: string;
}

export function WorkspaceHome(props: {
  editor: Editor;
  publishers: ActorChoice[];
  documents: { id: number; title: string }[];
  values: DocumentFormValues;
  errors: FieldError[];
  message?: string;
}) {
  const { editor, values, errors } = props;
  const v = (name: string, fallback = '') => values[name] ?? fallback;
  return (
    <Layout title="Editors' workspace">
      <h1>Editors' workspace</h1>
      <p>
        Paste an article: the ledger proposes every figure in it as a candidate claim, with its words, claimant and exact quote. Accept,
        correct or reject each one.
      </p>
      <section aria-labelledby="new-doc-h">
        <h2 id="new-doc-h">New document</h2>
        <ErrorSummary id="doc-errors" errors={errors} message={props.message} fieldId={documentFieldId} />
        <form method="post" action="/workspace/documents#doc-errors" class="ws-form ws-new-doc">
          <Csrf token={editor.csrfToken} />
          <Field id="doc-title" label="Title" name="title" errors={errors}>
            {(a) => <input type="text" required maxLength={1000} value={v('title')} {...a} />}
          </Field>
          <Field id="doc-url" label="URL" name="url" errors={errors} hint="http:// or https://; optional">
            {(a) => <input type="url" maxLength={2000} value={v('url')} {...a} />}
          </Field>
          <Field id="doc-kind" label="Kind" name="kind" errors={errors}>
            {(a) => (
              <select {...a}>
                {DOCUMENT_KINDS.map((k) => (
                  <option value={k} selected={v('kind', 'article') === k}>
                    {k.replace(/_/g, ' ')}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="doc-publisher" label="Publisher" name="publisher" errors={errors}>
            {(a) => (
              <select {...a}>
                <option value="" selected={v('publisher') === ''}>
                  none or unknown
                </option>
                <option value="new" selected={v('publisher') === 'new'}>
                  new publisher (name below)
                </option>
                <ActorOptions actors={props.publishers} selected={v('publisher')} />
              </select>
            )}
          </Field>
          <Field id="doc-publisher-name" label="New publisher's name" name="publisher_name" errors={errors}>
            {(a) => <input type="text" maxLength={300} value={v('publisher_name')} {...a} />}
          </Field>
          <Field id="doc-publisher-kind" label="New publisher's kind" name="publisher_kind" errors={errors}>
            {(a) => (
              <select {...a}>
                {ACTOR_KINDS.filter((k) => k !== 'person').map((k) => (
                  <option value={k} selected={v('publisher_kind', 'media_outlet') === k}>
                    {k.replace(/_/g, ' ')}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="doc-authors" label="Authors" name="authors" errors={errors} hint="one per line">
            {(a) => (
              <textarea rows={2} {...a}>
                {v('authors')}
              </textarea>
            )}
          </Field>
          <Field
            id="doc-published"
            label="Published"
            name="published_on"
            errors={errors}
            hint="YYYY, YYYY-MM or YYYY-MM-DD: the precision you know; empty when unknown"
          >
            {(a) => <input type="text" maxLength={10} pattern="[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?" value={v('published_on')} {...a} />}
          </Field>
          <Field id="doc-language" label="Language" name="language" errors={errors} hint="e.g. en">
            {(a) => <input type="text" maxLength={20} value={v('language', 'en')} {...a} />}
          </Field>
          <Field id="doc-text" label="Text" name="text" errors={errors} hint="the article's full text, pasted as is" wide>
            {(a) => (
              <textarea rows={14} required {...a}>
                {v('text')}
              </textarea>
            )}
          </Field>
          <button type="submit">Save and propose claims</button>
        </form>
      </section>
      <section aria-labelledby="open-doc-h">
        <h2 id="open-doc-h">Open a document</h2>
        <form method="get" action="/workspace/open" class="ws-inline">
          <label for="open-id">Document id</label>
          <input type="text" inputmode="numeric" id="open-id" name="id" pattern="[0-9]+" required size={8} />
          <button type="submit">Open</button>
        </form>
        {props.documents.length > 0 && (
          <ul class="ws-docs">
            {props.documents.map((d) => (
              <li>
                <a href={`/workspace/documents/${d.id}`}>{d.title}</a>
                {` (document ${d.id})`}
              </li>
            ))}
          </ul>
        )}
      </section>
    </Layout>
  );
}

/** The document's text with every candidate's figure in a <mark>; the text stays text (preact escapes it). */
function MarkedText({ text, candidates, states }: { text: string; candidates: Candidate[]; states: Map<string, string> }) {
  const parts: ComponentChildren[] = [];
  let at = 0;
  for (const c of [...candidates].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (c.start < at || c.end > text.length || c.end <= c.start) continue;
    parts.push(text.slice(at, c.start));
    parts.push(
      <mark id={`mark-${c.id}`} class={`cand-mark state-${states.get(c.id) ?? 'open'}`} data-candidate={c.id}>
        <a href={`#cand-${c.id}`}>{text.slice(c.start, c.end)}</a>
      </mark>,
    );
    at = c.end;
  }
  parts.push(text.slice(at));
  return (
    <div class="ws-text" id="ws-text">
      {parts}
    </div>
  );
}

function describeDecision(d: { decision: string; claim_id: number | null }): string {
  if (d.decision === 'accepted') return `Accepted as claim ${d.claim_id}.`;
  if (d.decision === 'source_added') return `Added as a source of claim ${d.claim_id}.`;
  return 'Rejected.';
}

export interface CandidateFormState {
  form: ClaimForm;
  errors: FieldError[];
  message?: string;
  /** Claims already holding the statement the form enters (a claim by hand refused as a duplicate). */
  holders?: number[];
}

/** For a claim by hand the ledger already holds: the editor may still save it, saying it is a separate claim. */
function SeparateClaim({ state }: { state: CandidateFormState }) {
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
        A separate claim: save it although the ledger holds the same statement
      </label>
      {messages.length > 0 && (
        <span class="field-error" id="manual-separate-err">
          {messages.join('; ')}
        </span>
      )}
    </div>
  );
}

function CandidateCard(props: { c: Candidate; review: Review; vocab: Vocabularies; editor: Editor; state: CandidateFormState }) {
  const { c, review, vocab, editor, state } = props;
  const decision = review.decisions.get(c.id);
  const action = `/workspace/documents/${review.document.id}/candidates/${c.id}`;
  const confidence = `${Math.round(c.confidence * 100)}%`;
  // When the ledger holds the statement already, adding a source is the first choice, for the a key too.
  const held = c.existing_claim_ids.length > 0;
  return (
    <article
      id={`cand-${c.id}`}
      class={`cand state-${decision?.decision ?? 'open'}`}
      tabindex={-1}
      aria-labelledby={`cand-${c.id}-h`}
      data-candidate={c.id}
      data-primary={held ? 'add_source' : 'accept'}
    >
      <h3 id={`cand-${c.id}-h`}>
        {`${c.id}: “${c.value_text}”`} <span class="confidence">{`confidence ${confidence}`}</span>
      </h3>
      {c.existing_claim_ids.length > 0 && !decision && (
        <p class="ws-dup">{`The ledger already holds this statement (claim ${c.existing_claim_ids.join(', claim ')}): add this document as a source instead of a duplicate.`}</p>
      )}
      {Object.keys(c.reasons).length > 0 && (
        <details class="ws-reasons">
          <summary>Why the ledger proposes this</summary>
          <ul>
            {Object.entries(c.reasons).map(([k, r]) => (
              <li>{`${k}: ${r}`}</li>
            ))}
          </ul>
        </details>
      )}
      {decision ? (
        <div class="ws-decided">
          <p role="status">
            {describeDecision(decision)}
            {decision.claim_id !== null && (
              <>
                {' '}
                <a href={`/claims/${decision.claim_id}`}>{`Open claim ${decision.claim_id}`}</a>
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
            <form method="post" action={`${action}/reconsider`}>
              <Csrf token={editor.csrfToken} />
              <button type="submit" class="secondary">
                Reconsider
              </button>
            </form>
          )}
        </div>
      ) : (
        <form method="post" action={`${action}#${c.id}-errors`} class="ws-form ws-cand-form">
          <Csrf token={editor.csrfToken} />
          <ErrorSummary id={`${c.id}-errors`} errors={state.errors} message={state.message} fieldId={claimFieldId(c.id)} />
          <ClaimFields prefix={c.id} form={state.form} errors={state.errors} review={review} vocab={vocab} candidateId={c.id} />
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
    </article>
  );
}

export interface ReviewPageProps {
  editor: Editor;
  review: Review;
  vocab: Vocabularies;
  forms: Map<string, CandidateFormState>;
  manual: CandidateFormState;
  notice?: string;
}

export function ReviewPage({ editor, review, vocab, forms, manual, notice }: ReviewPageProps) {
  const { document: doc, extraction } = review;
  const candidates = extraction.candidates;
  const states = new Map(candidates.map((c) => [c.id, review.decisions.get(c.id)?.decision ?? 'open']));
  const open = candidates.filter((c) => !review.decisions.has(c.id));
  const high = open.filter((c) => c.confidence >= HIGH_CONFIDENCE && c.existing_claim_ids.length === 0).length;
  return (
    <Layout title={`Review: ${doc.title}`} links={{ json: `/v1/documents/${doc.id}` }}>
      <h1>{`Review: ${doc.title}`}</h1>
      <p class="ws-meta">
        {`Document ${doc.id}`}
        {doc.publisher && `, published by ${doc.publisher.name}`}
        {doc.published_on && `, ${doc.published_on}`}
        {doc.url && /^https?:\/\//i.test(doc.url) && (
          <>
            {', '}
            <a href={doc.url} rel="noopener noreferrer nofollow">
              original
            </a>
          </>
        )}
        {`. ${candidates.length} candidate${candidates.length === 1 ? '' : 's'}, ${open.length} to review.`}
      </p>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <details class="ws-keys">
        <summary>Keyboard shortcuts</summary>
        <p>
          With script on, outside a field: <kbd>j</kbd> next candidate, <kbd>k</kbd> previous, <kbd>a</kbd> accept it (or add it as a source
          when the ledger already holds it), <kbd>r</kbd> reject it, <kbd>e</kbd> edit its first field. Select any words of the text to
          start a claim by hand from them.
        </p>
      </details>
      <div class="ws-doc-actions">
        {high > 0 && (
          <form method="post" action={`/workspace/documents/${doc.id}/accept-high`} class="ws-inline">
            <Csrf token={editor.csrfToken} />
            <button type="submit">{`Accept all ${high} high-confidence candidate${high === 1 ? '' : 's'} (${Math.round(HIGH_CONFIDENCE * 100)}% or more)`}</button>
          </form>
        )}
        <form method="post" action={`/workspace/documents/${doc.id}/propose-again`} class="ws-inline">
          <Csrf token={editor.csrfToken} />
          <button type="submit" class="secondary" aria-describedby="propose-again-hint">
            Propose again
          </button>
          <span class="hint" id="propose-again-hint">
            Reads the text again with the extractor and vocabularies as they are now; your decisions stay.
          </span>
        </form>
      </div>
      <div class="ws-review">
        <section aria-labelledby="text-h" class="ws-text-pane" tabindex={0}>
          <h2 id="text-h">Text</h2>
          <MarkedText text={doc.text} candidates={candidates} states={states} />
        </section>
        <section aria-labelledby="cands-h" class="ws-cands">
          <h2 id="cands-h">Candidates</h2>
          {candidates.length === 0 && (
            <p>The ledger found no figures in this text. Select words in the text, or paste a quote below, to enter a claim by hand.</p>
          )}
          {candidates.map((c) => (
            <CandidateCard c={c} review={review} vocab={vocab} editor={editor} state={forms.get(c.id)!} />
          ))}
          <article id="cand-manual" class="cand manual" aria-labelledby="manual-h">
            <h3 id="manual-h">A claim by hand</h3>
            <form method="post" action={`/workspace/documents/${doc.id}/claims#manual-errors`} class="ws-form ws-manual-form">
              <Csrf token={editor.csrfToken} />
              <ErrorSummary id="manual-errors" errors={manual.errors} message={manual.message} fieldId={claimFieldId('manual')} />
              <ClaimFields prefix="manual" form={manual.form} errors={manual.errors} review={review} vocab={vocab} candidateId={null} />
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
      <datalist id="ws-places">
        {vocab.places.map((p) => (
          <option value={p.code}>{p.name}</option>
        ))}
      </datalist>
    </Layout>
  );
}
