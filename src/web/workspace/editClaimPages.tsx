/** The pages of a claim's correction and retraction (editClaim.ts): plain forms, refused with their errors at their fields. */
import { type Claim, INVERSE_RELATION, type RelationType, type ServedRelationType } from '../../claims/model';
import type { FieldError } from '../../errors';
import { CLAIM_RANKS } from '../../claims/model';
import { ErrorSummary, titleOfForm } from '../components/errorSummary';
import { useFormFocus } from '../components/formFocus';
import { Layout } from '../layout';
import { FigureFields, RELATION_CHOICES, RelationTypeField, VocabularyChoices, type Vocabularies } from './claimFields';
import {
  type EditClaimForm,
  EDIT_FIELD_LABELS,
  EDIT_FIELDS,
  EDIT_RELATION_ROWS,
  editClaimPath,
  type HeldRelation,
  editFormOf,
  relationRowsOf,
  RETRACT_FIELD_LABELS,
  retractClaimPath,
} from './editClaim';
import { claimRef } from './form';
import { CLAIM_FIELD_LABELS, claimFieldLabel, Field, FormTokens, type SentField } from './formParts';
import type { ActorChoice } from './review';
import type { Editor } from './session';
import { Stored, storedString } from '../components/storedText';
import { instantInWords } from '../components/instant';
import { TableScroll } from '../components/tableScroll';

/** The editor's credibility grades (NATO Admiralty code, the information's own), as the form offers them. */
const CREDIBILITY_CHOICES: readonly [string, string][] = [
  ['', 'not graded'],
  ['1', '1: confirmed'],
  ['2', '2: probably true'],
  ['3', '3: possibly true'],
  ['4', '4: doubtful'],
  ['5', '5: improbable'],
  ['6', '6: cannot be judged'],
];

const editFieldLabel = (name: string): string => (EDIT_FIELD_LABELS as Record<string, string>)[name] ?? claimFieldLabel(name);

/** An edit form's fields as the editor sent them, each filled one by its label: for a page that could not save it. */
export function sentEditFields(form: EditClaimForm): SentField[] {
  const fields = EDIT_FIELDS.flatMap((name): SentField[] => {
    const value = form[name];
    return value.trim() === '' || (name === 'claimant' && value === 'new') ? [] : [[editFieldLabel(name), value]];
  });
  const relations = form.relations.flatMap((r, i): SentField[] =>
    r.type === '' ? [] : [[`Relation ${i + 1}`, `${RELATION_CHOICES[r.type as RelationType] ?? r.type} ${r.target}`]],
  );
  return [...fields, ...relations];
}
const RELATION_ROW = /^rel_(type|target)_\d{1,2}$/;
/** An edit form's relations in one line, in a stable order: "contradicts claim 14; is part of claim 9". */
function relationsInWords(form: EditClaimForm): string {
  return form.relations
    .filter((r) => r.type !== '')
    .map((r) => `${RELATION_CHOICES[r.type as RelationType] ?? r.type} claim ${r.target.trim().replace(/^(?:claim:)?#?/, '')}`)
    .sort()
    .join('; ');
}
/** The edit form's fields in the order the page shows them: the relation rows come after the notes. */
const EDIT_FIELD_ORDER: readonly string[] = EDIT_FIELDS.flatMap((f) =>
  f === 'notes' ? [f, ...Array.from({ length: EDIT_RELATION_ROWS }, (_, i) => [`rel_type_${i}`, `rel_target_${i}`]).flat()] : [f],
);
const editFieldId = (name: string): string | null =>
  (EDIT_FIELDS as readonly string[]).includes(name) || RELATION_ROW.test(name) ? `edit-${name}` : null;

/** What the claim is, above its forms: the words, the claimant, the figure's page. */
function ClaimHeading({ claim, action }: { claim: Claim; action: string }) {
  return (
    <>
      <p class="breadcrumb">
        <a href={`/claims/${claim.id}`}>Claim {claim.id}</a> › {action}
      </p>
      <h1>
        {action} claim {claim.id}:{' '}
        <span class="figure-words">
          “<Stored text={claim.value_text} />”
        </span>
      </h1>
      <p>
        {`Stated by ${storedString(claim.claimant.name)}; version ${claim.version}, last changed ${instantInWords(claim.updated_at)}.`}{' '}
        <a href={`/claims/${claim.id}`}>Back to the claim</a>
      </p>
    </>
  );
}

/**
 * A stale form: the claim changed after the form was made from it. Says who changed it, and where the claim as it is
 * now differs from what the editor sent; the form below keeps the editor's input and now carries the newer version.
 */
function Conflict({
  id,
  current,
  sent,
  actors = [],
  held = [],
  message,
}: {
  id: string;
  current: Claim;
  sent?: EditClaimForm;
  actors?: ActorChoice[];
  /** The relations the claim holds now. */
  held?: readonly HeldRelation[];
  message: string;
}) {
  const now = editFormOf(current, held);
  const differs = sent
    ? EDIT_FIELDS.filter((f) => f !== 'reason' && f !== 'claimant_name' && f !== 'claimant_kind' && now[f].trim() !== sent[f].trim())
    : [];
  // the relations as a line each way: saving again puts the form's over those held now
  const [relationsNow, relationsSent] = [now, sent].map((form) => (form ? relationsInWords(form) : ''));
  const relationsDiffer = sent !== undefined && relationsNow !== relationsSent;
  // a claimant by name, as the picker shows it
  const shown = (f: (typeof EDIT_FIELDS)[number], v: string) =>
    f !== 'claimant' ? v : v === 'new' ? `new actor: ${sent?.claimant_name ?? ''}` : (actors.find((a) => `actor:${a.id}` === v)?.name ?? v);
  return (
    <div class="error-summary" role="alert" id={id} tabindex={-1} autofocus>
      <p>{`${message} Nothing was saved.`}</p>
      <p>
        {`Claim ${current.id} is now at version ${current.version}.`}{' '}
        {sent
          ? 'The form keeps your input and now carries that version: compare, then save again to put your values over it, or leave the claim as it is.'
          : 'The form now carries that version: read the claim again before retracting it.'}
      </p>
      {(differs.length > 0 || relationsDiffer) && (
        <TableScroll labelledBy="differs-caption">
          <table class="diff">
            <caption id="differs-caption">Where the claim now differs from your form</caption>
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">In the ledger now</th>
                <th scope="col">Your form</th>
              </tr>
            </thead>
            <tbody>
              {differs.map((f) => (
                <tr>
                  <th scope="row">{editFieldLabel(f)}</th>
                  <td>{shown(f, now[f]) || 'none'}</td>
                  <td>{shown(f, sent![f]) || 'none'}</td>
                </tr>
              ))}
              {relationsDiffer && (
                <tr>
                  <th scope="row">Relations</th>
                  <td>{relationsNow || 'none'}</td>
                  <td>{relationsSent || 'none'}</td>
                </tr>
              )}
            </tbody>
          </table>
        </TableScroll>
      )}
      <p>
        <a href={`/claims/${current.id}#history`}>The claim’s history</a> says who changed it and why.
      </p>
    </div>
  );
}

export interface EditClaimPageProps {
  editor: Editor;
  claim: Claim;
  form: EditClaimForm;
  actors: ActorChoice[];
  vocab: Vocabularies;
  errors?: FieldError[];
  message?: string;
  /** The form was stale: the claim as it is now (the form carries its version). */
  stale?: { message: string };
  /** The claims the relation rows name and those relating to this one, to say what each is. */
  related?: Claim[];
  /** The relations the claim holds now (for a stale form's differences). */
  held?: HeldRelation[];
  /** The relations other claims hold to this one (served as incoming): removed on the other claim's edit page. */
  incoming?: { type: ServedRelationType; claim_id: number }[];
  /** The claims its relation rows suggest (relationChoices: the other claims of its documents). */
  choices?: { id: number; label: string }[];
}

/** The id of the list of claims the edit page's relation rows suggest. */
const CLAIM_CHOICES = 'edit-claims';

/** A related claim in a line: its number, words, claimant and place, as text (never markup). */
function relatedInWords(related: readonly Claim[], id: number): string {
  const c = related.find((r) => r.id === id);
  if (!c) return `claim ${id}: not in the ledger`;
  const retracted = c.status === 'retracted' ? ', retracted' : '';
  return `claim ${id}: “${storedString(c.value_text)}”, ${storedString(c.claimant.name)}, ${c.country}${retracted}`;
}

/** The relation type another claim holds to this one, read from its end ("superseded_by" is the other's "supersedes"). */
const heldType = (served: ServedRelationType): RelationType =>
  (Object.entries(INVERSE_RELATION).find(([, inverse]) => inverse === served)?.[0] as RelationType | undefined) ?? (served as RelationType);

/**
 * The relations of a claim on its edit page: a row each for those it holds (a type, and the claim it relates to), one
 * empty row to add one; "no relation" removes it. Saved with the correction as PATCH's `relations`. A relation another
 * claim holds to this one is listed, linking that claim's edit page: it is that claim's to remove.
 */
function RelationFields({
  form,
  errors,
  related,
  incoming,
  choices,
}: {
  form: EditClaimForm;
  errors: FieldError[];
  related: readonly Claim[];
  incoming: readonly { type: ServedRelationType; claim_id: number }[];
  choices: readonly { id: number; label: string }[];
}) {
  return (
    <fieldset class="ws-relations" id="edit-relations">
      <legend>Relations</legend>
      <p class="hint">
        The relations this claim holds, to other claims by number (claim:12). Choose “no relation” to remove one; fill the last row to add
        one. Saved with the correction, in its revision.
        {choices.length > 0 && ' The “to” field suggests the other claims of its documents.'}
      </p>
      {choices.length > 0 && (
        <datalist id={CLAIM_CHOICES}>
          {choices.map((c) => (
            <option value={`claim:${c.id}`}>{c.label}</option>
          ))}
        </datalist>
      )}
      {relationRowsOf(form).map((r, i) => {
        const claimId = claimRef(r.target);
        return (
          <div class="ws-relation">
            <RelationTypeField id={`edit-rel_type_${i}`} row={i} type={r.type} errors={errors} />
            <Field
              id={`edit-rel_target_${i}`}
              label={claimFieldLabel(`rel_target_${i}`)}
              name={`rel_target_${i}`}
              errors={errors}
              hint={claimId === null ? undefined : relatedInWords(related, claimId)}
            >
              {(a) => <input type="text" list={choices.length > 0 ? CLAIM_CHOICES : undefined} maxLength={40} value={r.target} {...a} />}
            </Field>
          </div>
        );
      })}
      {incoming.length > 0 && (
        <>
          <p>Held by other claims, each removed or changed on that claim’s edit page:</p>
          <ul>
            {incoming.map((r) => (
              <li>
                {`Claim ${r.claim_id} ${RELATION_CHOICES[heldType(r.type)]} this claim (${relatedInWords(related, r.claim_id)}). `}
                <a href={editClaimPath(r.claim_id)}>Edit claim {r.claim_id}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </fieldset>
  );
}

/**
 * A claim's correction: its fields as they are (or as the editor sent them), the claimant picker of the workspace's
 * forms, and a required reason; its sources' quotes are shown, not edited here (a quote is checked against its
 * document's text: the API's PATCH takes sources).
 */
export function EditClaimPage(p: EditClaimPageProps) {
  const { claim, form } = p;
  const errors = p.errors ?? [];
  const refused = errors.length > 0 || p.message !== undefined;
  const focus = useFormFocus(refused || p.stale !== undefined);
  return (
    <Layout title={titleOfForm(`Edit claim ${claim.id}`, refused || p.stale !== undefined)}>
      <ClaimHeading claim={claim} action="Edit" />
      {p.stale ? (
        <Conflict id="edit-errors" current={claim} sent={form} actors={p.actors} held={p.held} message={p.stale.message} />
      ) : (
        <ErrorSummary
          id="edit-errors"
          errors={errors}
          message={p.message}
          fields={EDIT_FIELD_ORDER}
          fieldId={editFieldId}
          fieldLabel={editFieldLabel}
          focus={focus.summary}
        />
      )}
      <VocabularyChoices vocab={p.vocab} />
      <form method="post" action={`${editClaimPath(claim.id)}#edit-errors`} class="ws-form" data-draft={editClaimPath(claim.id)}>
        <FormTokens token={p.editor.csrfToken} />
        <input type="hidden" name="version" value={p.stale ? String(claim.version) : form.version} />
        <FigureFields prefix="edit" form={form} errors={errors} actors={p.actors} vocab={p.vocab} autofocus={focus.field} />
        <div class="ws-grid">
          <Field id="edit-rank" label={EDIT_FIELD_LABELS.rank} name="rank" errors={errors}>
            {(a) => (
              <select {...a}>
                {CLAIM_RANKS.map((r) => (
                  <option value={r} selected={form.rank === r}>
                    {r}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="edit-credibility" label={EDIT_FIELD_LABELS.credibility} name="credibility" errors={errors} hint="the editor’s grade">
            {(a) => (
              <select {...a}>
                {CREDIBILITY_CHOICES.map(([v, l]) => (
                  <option value={v} selected={form.credibility === v}>
                    {l}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <Field id="edit-notes" label={CLAIM_FIELD_LABELS.notes} name="notes" errors={errors} wide>
          {(a) => (
            <textarea rows={2} {...a}>
              {form.notes}
            </textarea>
          )}
        </Field>
        <RelationFields form={form} errors={errors} related={p.related ?? []} incoming={p.incoming ?? []} choices={p.choices ?? []} />
        <section aria-labelledby="edit-sources-h">
          <h2 id="edit-sources-h">{claim.sources.length === 1 ? 'Its source' : `Its sources (${claim.sources.length})`}</h2>
          <p class="hint">
            Kept as they are: each quote is the exact words of its document, checked against its stored text. A source is added from the
            document’s review in the workspace; the API’s edit (PATCH /v1/claims/{claim.id}) replaces them.
          </p>
          <ul>
            {claim.sources.map((s) => (
              <li>
                <q>
                  <Stored text={s.quote} />
                </q>{' '}
                (
                <a href={`/documents/${s.document.id}`}>
                  <Stored text={s.document.title} />
                </a>
                )
              </li>
            ))}
          </ul>
        </section>
        <Field
          id="edit-reason"
          label={EDIT_FIELD_LABELS.reason}
          name="reason"
          errors={errors}
          hint="recorded in the claim’s history with your name"
          wide
        >
          {(a) => (
            <textarea rows={2} required maxLength={2000} {...a}>
              {form.reason}
            </textarea>
          )}
        </Field>
        <button type="submit">Save the changes</button>
      </form>
    </Layout>
  );
}

/** A claim's retraction: a confirmation with its reason. The claim stays in the ledger, marked retracted. */
export function RetractClaimPage(p: {
  editor: Editor;
  claim: Claim;
  reason: string;
  version: string;
  errors?: FieldError[];
  message?: string;
  stale?: { message: string };
}) {
  const { claim } = p;
  const errors = p.errors ?? [];
  const refused = errors.length > 0 || p.message !== undefined || p.stale !== undefined;
  const focus = useFormFocus(refused);
  return (
    <Layout title={titleOfForm(`Retract claim ${claim.id}`, refused)}>
      <ClaimHeading claim={claim} action="Retract" />
      <p>
        A retracted claim stays in the ledger and on its page, marked retracted with your reason, so that citations of it can be checked;
        lists and comparisons flag it. The ledger has no way to undo a retraction: a figure retracted by mistake is entered again as a new
        claim.
      </p>
      {p.stale ? (
        <Conflict id="retract-errors" current={claim} message={p.stale.message} />
      ) : (
        <ErrorSummary
          id="retract-errors"
          errors={errors}
          message={p.message}
          fields={['reason']}
          fieldId={(f) => (f === 'reason' ? 'retract-reason' : null)}
          fieldLabel={(f) => (f === 'reason' ? RETRACT_FIELD_LABELS.reason : f)}
          focus={focus.summary}
        />
      )}
      <form method="post" action={`${retractClaimPath(claim.id)}#retract-errors`} class="ws-form">
        <FormTokens token={p.editor.csrfToken} />
        <input type="hidden" name="version" value={p.stale ? String(claim.version) : p.version} />
        <Field
          id="retract-reason"
          label={RETRACT_FIELD_LABELS.reason}
          name="reason"
          errors={errors}
          hint="shown with the claim, and recorded in its history with your name"
          wide
        >
          {(a) => (
            <textarea rows={3} required maxLength={2000} autofocus={focus.field} {...a}>
              {p.reason}
            </textarea>
          )}
        </Field>
        <button type="submit">Retract claim {claim.id}</button>
      </form>
    </Layout>
  );
}
