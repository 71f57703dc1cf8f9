import type { ComponentChildren } from 'preact';
import { ACTOR_KINDS, DOCUMENT_KINDS } from '../../closedSets';
import type { FieldError } from '../../errors';
import type { DocumentView } from '../../documents/store';
import { ErrorSummary, titleOfForm } from '../components/errorSummary';
import { useFormFocus } from '../components/formFocus';
import { Layout } from '../layout';
import { type ActorChoice, candidateCardPath, reviewPath } from './review';
import { editClaimPath } from './editClaim';
import type { Editor } from './session';
import type { HeldDocument, RecentDocument } from './store';
import { type CarriedForm, CarriedFields } from './carriedForm';
import {
  ActorOptions,
  DOCUMENT_FIELD_LABELS,
  FormTokens,
  DOCUMENT_FIELDS,
  documentFieldId,
  documentFieldLabel,
  errorsFor,
  Field,
  SentFields,
  type SentField,
} from './formParts';
import { Stored, storedString } from '../components/storedText';
import { Instant } from '../components/instant';
import { counted } from '../../words';

export function SignInPage({
  csrf,
  next,
  error,
  carried,
}: {
  csrf: string;
  next: string;
  error?: string;
  /** A form sent after its session had ended (carriedForm.ts): carried through signing in, or too large to. */
  carried?: CarriedForm | 'too large';
}) {
  const focus = useFormFocus(Boolean(error));
  return (
    <Layout title={error ? 'Sign in: the key was refused' : carried ? 'Sign in again' : 'Sign in'}>
      <h1>{carried ? 'Sign in again' : "Sign in to the editors' workspace"}</h1>
      {carried && (
        <p data-form-not-saved="">
          {carried === 'too large'
            ? 'Your session had ended, so the form you sent was not saved, and it is too large to be kept through signing in: sign in again, then send it again.'
            : 'Your session had ended, so the form you sent was not saved: sign in again and it comes back filled in as you sent it, to check and send again.'}
        </p>
      )}
      <p>
        Editors sign in with their API key (role editor or admin). The key is exchanged for a session that ends when you sign out, when it
        expires, or when the key is revoked; it is not kept in this browser.
      </p>
      {/* A refusal is listed above the form, linked to the key field, focused; the key is never sent back. Without one, the
          key field is focused: it is what the page is for. */}
      <ErrorSummary
        id="sign-in-errors"
        errors={error ? [{ field: 'key', message: error }] : []}
        message={error && 'You are not signed in.'}
        fields={['key']}
        fieldId={() => 'key'}
        fieldLabel={() => 'API key'}
        focus={focus.summary}
      />
      <form method="post" action="/sign-in" class="ws-sign-in">
        <input type="hidden" name="csrf" value={csrf} />
        <input type="hidden" name="next" value={next} />
        {carried && carried !== 'too large' && <CarriedFields carried={carried} />}
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
            aria-describedby={error ? 'key-err key-hint' : 'key-hint'}
            autofocus={focus.field}
          />
          <span class="hint" id="key-hint">
            Starts with cl_. An administrator creates keys (POST /v1/keys).
          </span>
          {error && (
            <span class="field-error" id="key-err">
              {error}
            </span>
          )}
        </div>
        <button type="submit">Sign in</button>
      </form>
    </Layout>
  );
}

/** A way back's words, by where it leads. */
function backTo(path: string): string {
  if (path === '/workspace') return 'Back to the workspace';
  if (path.startsWith('/workspace/claims/')) return 'Back to the form';
  if (path.startsWith('/claims/')) return 'Back to the claim';
  return 'Back to the review';
}

/**
 * Who retracted a claim, when, and the reason given, as its history records them: "Retracted by Ana on 6 December 2026,
 * 23:10:02 UTC: Counted twice."
 */
export function RetractedBy({ author, at, reason }: { author: string; at: string; reason: string | null }) {
  const said = reason?.trim() ?? '';
  return (
    <p class="ws-retracted-by">
      Retracted by <Stored text={author} /> on <Instant at={at} />
      {said ? (
        <>
          : <Stored text={said} />
          {/[.!?…]["”’)]?$/.test(said) ? '' : '.'}
        </>
      ) : (
        ', with no reason given.'
      )}
    </p>
  );
}

/**
 * A workspace error as a page. For a form that was sent (`form`: the page it belongs to) the page says it was not saved
 * (data-form-not-saved: the editor's input comes back with the form, client/drafts.ts) and leads back to that page,
 * through signing in again when the session had ended.
 */
export function MessagePage({
  title,
  message,
  status,
  form,
  back = form ?? '/workspace',
  children,
}: {
  title: string;
  message: string;
  status: number;
  form?: string;
  /** Where the page leads back to, when not the form's page or the workspace. */
  back?: string;
  /** What the page shows besides: the ways on from a decision taken meanwhile, what the editor sent. */
  children?: ComponentChildren;
}) {
  // The page takes the focus itself: it answers a form whose action names the form's own `#…-errors`, a target this
  // page does not have, so the browser had left the focus on the body, where a screen reader says nothing of it.
  return (
    <Layout title={title}>
      <div id="page-message" tabindex={-1} autofocus>
        <h1>{title}</h1>
        <p data-form-not-saved={form ? '' : undefined}>{message}</p>
      </div>
      {children}
      <p>{status === 401 ? <a href={`/sign-in?next=${encodeURIComponent(back)}`}>Sign in</a> : <a href={back}>{backTo(back)}</a>}</p>
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
  const focus = useFormFocus(errors.length > 0 || message !== undefined);
  return (
    <Layout title={titleOfForm(`Add the text of ${storedString(document.title)}`, errors.length > 0)}>
      <h1>
        Add the text of “<Stored text={document.title} />”
      </h1>
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
      <ErrorSummary
        id="text-errors"
        errors={errors}
        message={message}
        fields={DOCUMENT_FIELDS}
        fieldId={documentFieldId}
        fieldLabel={documentFieldLabel}
        focus={focus.summary}
      />
      <form
        method="post"
        action={`/workspace/documents/${document.id}/text#text-errors`}
        class="ws-form"
        data-draft={reviewPath(document.id)}
      >
        <FormTokens token={editor.csrfToken} />
        <input type="hidden" name="version" value={String(document.version)} />
        <Field
          id="doc-text"
          label={DOCUMENT_FIELD_LABELS.text}
          name="text"
          errors={errors}
          hint="the document's full text, pasted as is; quotes of claims already citing it must be in it"
          wide
        >
          {(a) => (
            <textarea rows={16} required autofocus={focus.field} {...a}>
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

/**
 * For an article the ledger holds already (same URL or same text): the held documents to open, and a box to tick to
 * save this one as a separate document anyway. Shown only once the form has been refused for it, or with the box ticked.
 */
function SeparateDocument({ held, errors, ticked }: { held: HeldDocument[]; errors: FieldError[]; ticked: boolean }) {
  const messages = errorsFor(errors, 'separate');
  if (!messages.length && !ticked) return null;
  return (
    <div class={`field wide${messages.length ? ' invalid' : ''}`}>
      {held.length > 0 && (
        <ul class="ws-docs">
          {held.map((d) => (
            <li>
              <a href={`/workspace/documents/${d.id}`}>
                Open document {d.id}: <Stored text={d.title} />
              </a>
            </li>
          ))}
        </ul>
      )}
      <label>
        <input
          type="checkbox"
          id="doc-separate"
          name="separate"
          value="yes"
          checked={ticked}
          aria-invalid={messages.length ? 'true' : undefined}
          aria-describedby={messages.length ? 'doc-separate-err' : undefined}
        />{' '}
        A separate document: save it although the ledger holds one with the same URL or text
      </label>
      {messages.length > 0 && (
        <span class="field-error" id="doc-separate-err">
          {messages.join('; ')}
        </span>
      )}
    </div>
  );
}

/**
 * How far a listed document's review is, so that an editor coming back finds the reviews left unfinished without
 * opening each one: the review page's "N to review" of its candidates.
 */
export function reviewProgress({ candidates, open }: Pick<RecentDocument, 'candidates' | 'open'>): string {
  if (candidates === null || open === null) return 'not proposed yet: opening it proposes its figures';
  if (candidates === 0) return 'no figure proposed';
  if (open === 0) return `reviewed, ${counted(candidates, 'candidate')} decided`;
  return `${open} of ${counted(candidates, 'candidate')} to review`;
}

export function WorkspaceHome(props: {
  editor: Editor;
  publishers: ActorChoice[];
  documents: RecentDocument[];
  values: DocumentFormValues;
  errors: FieldError[];
  message?: string;
  /** Documents the ledger holds with the URL or text the refused form entered. */
  heldDocuments?: HeldDocument[];
}) {
  const { editor, values, errors } = props;
  const v = (name: string, fallback = '') => values[name] ?? fallback;
  return (
    <Layout title={titleOfForm("Editors' workspace", errors.length > 0)}>
      <h1>Editors' workspace</h1>
      <p>
        Paste an article: the ledger proposes every figure in it as a candidate claim, with its words, claimant and exact quote. Accept,
        correct or reject each one.
      </p>
      <p>
        <a href="/workspace/places">Add a place</a>: a subdivision claims can count, or an alias or demonym of a country the ledger does not
        know yet.
      </p>
      <section aria-labelledby="new-doc-h">
        <h2 id="new-doc-h">New document</h2>
        <ErrorSummary
          id="doc-errors"
          errors={errors}
          message={props.message}
          fields={DOCUMENT_FIELDS}
          fieldId={documentFieldId}
          fieldLabel={documentFieldLabel}
        />
        <form method="post" action="/workspace/documents#doc-errors" class="ws-form ws-new-doc" data-draft="/workspace">
          <FormTokens token={editor.csrfToken} />
          <Field id="doc-title" label={DOCUMENT_FIELD_LABELS.title} name="title" errors={errors}>
            {(a) => <input type="text" required maxLength={1000} value={v('title')} {...a} />}
          </Field>
          <Field id="doc-url" label={DOCUMENT_FIELD_LABELS.url} name="url" errors={errors} hint="http:// or https://; optional">
            {(a) => <input type="url" maxLength={2000} value={v('url')} {...a} />}
          </Field>
          <Field id="doc-kind" label={DOCUMENT_FIELD_LABELS.kind} name="kind" errors={errors}>
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
          <Field id="doc-publisher" label={DOCUMENT_FIELD_LABELS.publisher} name="publisher" errors={errors}>
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
          <Field id="doc-publisher-name" label={DOCUMENT_FIELD_LABELS.publisher_name} name="publisher_name" errors={errors}>
            {(a) => <input type="text" maxLength={300} value={v('publisher_name')} {...a} />}
          </Field>
          <Field id="doc-publisher-kind" label={DOCUMENT_FIELD_LABELS.publisher_kind} name="publisher_kind" errors={errors}>
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
          <Field id="doc-authors" label={DOCUMENT_FIELD_LABELS.authors} name="authors" errors={errors} hint="one per line">
            {(a) => (
              <textarea rows={2} {...a}>
                {v('authors')}
              </textarea>
            )}
          </Field>
          <Field
            id="doc-published"
            label={DOCUMENT_FIELD_LABELS.published_on}
            name="published_on"
            errors={errors}
            hint="YYYY, YYYY-MM or YYYY-MM-DD: the precision you know; empty when unknown"
          >
            {(a) => <input type="text" maxLength={10} pattern="[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?" value={v('published_on')} {...a} />}
          </Field>
          <Field id="doc-language" label={DOCUMENT_FIELD_LABELS.language} name="language" errors={errors} hint="e.g. en">
            {(a) => <input type="text" maxLength={20} value={v('language', 'en')} {...a} />}
          </Field>
          <Field
            id="doc-text"
            label={DOCUMENT_FIELD_LABELS.text}
            name="text"
            errors={errors}
            hint="the article's full text, pasted as is"
            wide
          >
            {(a) => (
              <textarea rows={14} required {...a}>
                {v('text')}
              </textarea>
            )}
          </Field>
          <SeparateDocument held={props.heldDocuments ?? []} errors={errors} ticked={v('separate') === 'yes'} />
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
                <a href={reviewPath(d.id)}>
                  <Stored text={d.title} />
                </a>
                {` (document ${d.id}: ${reviewProgress(d)})`}
              </li>
            ))}
          </ul>
        )}
      </section>
    </Layout>
  );
}

/**
 * A decision sent for a candidate no longer open (`DecidedAlready`): what became of it, with the way to it (the claim
 * it became, to correct there; a rejected or dropped candidate on the review), and what the editor typed, read-only,
 * which was not saved: sent from a stale tab, a value typed as 155 had been lost with no way to the claim holding 150.
 */
export function DecidedAlreadyPage({
  documentId,
  candidateId,
  decided,
  message,
  sent,
  title = 'Already done',
}: {
  documentId: number;
  candidateId: string;
  decided: { decision: string; claim_id: number | null } | undefined;
  message: string;
  sent: SentField[];
  /** What the page is titled: a decision's "Already done", a reconsideration's "Nothing to reconsider". */
  title?: string;
}) {
  const claimId = decided && decided.decision !== 'rejected' ? decided.claim_id : null;
  return (
    <MessagePage title={title} message={message} status={409} form={candidateCardPath(documentId, candidateId)}>
      <ul class="ws-ways" hidden={claimId === null && decided?.decision !== 'rejected'}>
        {claimId !== null && (
          <>
            <li>
              <a href={`/claims/${claimId}`}>{`See claim ${claimId}`}</a>
            </li>
            <li>
              <a href={editClaimPath(claimId)}>{`Correct claim ${claimId}`}</a>
            </li>
          </>
        )}
        {decided?.decision === 'rejected' && (
          <li>
            <a href={candidateCardPath(documentId, candidateId)}>{`See ${candidateId} on the review, to reconsider it`}</a>
          </li>
        )}
      </ul>
      <SentFields
        fields={sent}
        intro={
          claimId !== null
            ? `Compare it with claim ${claimId}, and correct the claim with what it lacks.`
            : 'Copy what you need into the review.'
        }
      />
    </MessagePage>
  );
}
