/** The pieces every workspace form is made of: a labelled field with its errors, the CSRF token (error summary: components/). */
import type { ComponentChildren } from 'preact';
import type { FieldError } from '../../errors';
import { type ClaimForm, KEEP_COUNTRY, MAX_RELATION_ROWS, TEXT_FIELDS } from './form';
import { Shown } from '../components/storedText';
import type { ActorChoice } from './review';
import { FORM_ID_FIELD, newFormId } from './onceForms';
import { inWords } from './messages';

export function errorsFor(errors: FieldError[], name: string): string[] {
  return [...new Set(errors.filter((e) => e.field === name).map((e) => inWords(e.message)))];
}

/** A labelled control with its errors announced and tied to it (aria-describedby). */
export function Field(props: {
  id: string;
  label: string;
  name: string;
  errors: FieldError[];
  hint?: string;
  children: (attrs: Record<string, unknown>) => ComponentChildren;
  wide?: boolean;
  /** Shown after the field's errors, when it has any: where the editor can mend what the field lacks. */
  whenRefused?: ComponentChildren;
}) {
  const messages = errorsFor(props.errors, props.name);
  const described = [props.hint ? `${props.id}-hint` : null, messages.length ? `${props.id}-err` : null].filter(Boolean).join(' ');
  return (
    <div class={`field${props.wide ? ' wide' : ''}${messages.length ? ' invalid' : ''}`}>
      <label for={props.id}>{props.label}</label>
      {props.children({
        id: props.id,
        name: props.name,
        'aria-invalid': messages.length ? 'true' : undefined,
        'aria-describedby': described || undefined,
      })}
      {props.hint && (
        <span class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </span>
      )}
      {messages.length > 0 && (
        <span class="field-error" id={`${props.id}-err`}>
          {messages.join('; ')}
        </span>
      )}
      {messages.length > 0 && props.whenRefused}
    </div>
  );
}

/** The labels of a document form's fields: the form shows them, and its error summary names its fields by them. */
export const DOCUMENT_FIELD_LABELS: Readonly<Record<string, string>> = {
  title: 'Title',
  url: 'URL',
  kind: 'Kind',
  publisher: 'Publisher',
  publisher_name: "New publisher's name",
  publisher_kind: "New publisher's kind",
  authors: 'Authors',
  published_on: 'Published',
  language: 'Language',
  text: 'Text',
  separate: 'A separate document',
};
export const DOCUMENT_FIELDS = Object.keys(DOCUMENT_FIELD_LABELS);

/** The labels of a claim form's fields, likewise. */
export const CLAIM_FIELD_LABELS: { readonly [F in (typeof TEXT_FIELDS)[number]]: string } = {
  value_text: 'Words',
  approximation: 'Wording',
  value: 'Value',
  value_low: 'Low',
  value_high: 'High',
  metric: 'Metric',
  country: 'Country',
  group: 'Group',
  location: 'Location',
  claimant: 'Claimant',
  claimant_name: "New claimant's name",
  claimant_kind: "New claimant's kind",
  as_of: 'As of',
  stated_on: 'Stated on',
  context: 'Context',
  quote: 'Quote',
  notes: 'Notes',
  source_of: 'Source of',
  separate: 'A separate claim',
};

/** A claim form's fields in the order the form shows them: the relation rows come after the quote. */
export const CLAIM_FIELD_ORDER: readonly string[] = Object.keys(CLAIM_FIELD_LABELS).flatMap((f) =>
  f === 'notes' ? [...Array.from({ length: MAX_RELATION_ROWS }, (_, i) => [`rel_type_${i}`, `rel_target_${i}`]).flat(), f] : [f],
);

/** A claim form's field as the form labels it: a relation row's by its number. */
export function claimFieldLabel(field: string): string {
  const row = /^rel_(type|target)_(\d{1,2})$/.exec(field);
  if (row) return `Relation ${Number(row[2]) + 1}: ${row[1] === 'type' ? 'this claim' : 'to'}`;
  return (CLAIM_FIELD_LABELS as Record<string, string>)[field] ?? field.replace(/_/g, ' ');
}

/** A document form's field as the form labels it. */
export const documentFieldLabel = (field: string): string => DOCUMENT_FIELD_LABELS[field] ?? field.replace(/_/g, ' ');
/** The control of a document form's field, for the error summary's links. */
export const documentFieldId = (field: string) =>
  DOCUMENT_FIELDS.includes(field) ? `doc-${field === 'published_on' ? 'published' : field.replace(/_/g, '-')}` : null;
/** The control of a claim form's field (its id starts with the form's prefix), for the error summary's links. */
export const claimFieldId = (prefix: string) => (field: string) =>
  (TEXT_FIELDS as readonly string[]).includes(field) || /^rel_(type|target)_\d{1,2}$/.test(field) ? `${prefix}-${field}` : null;

/** A workspace form's hidden tokens: the session's CSRF token, and the form's one-time id (onceForms.ts). */
export function FormTokens({ token }: { token: string }) {
  return (
    <>
      <input type="hidden" name="csrf" value={token} />
      <input type="hidden" name={FORM_ID_FIELD} value={newFormId()} />
    </>
  );
}

export function ActorOptions({ actors, selected }: { actors: ActorChoice[]; selected: string }) {
  return (
    <>
      {actors.map((a) => (
        <option
          value={`actor:${a.id}`}
          selected={selected === `actor:${a.id}`}
        >{`${a.name} (${a.kind.replace(/_/g, ' ')}, actor ${a.id})`}</option>
      ))}
    </>
  );
}

/** A field of a form as it was sent, by its label: what a page that did not save the form shows of it. */
export type SentField = [label: string, value: string];

/**
 * A claim form's fields as the editor sent them, each filled one by its label, in the form's order (relation rows
 * after the quote): for a page that could not save the form (a candidate decided meanwhile in another tab).
 */
export function sentClaimFields(form: ClaimForm): SentField[] {
  const fields: SentField[] = [];
  for (const name of TEXT_FIELDS) {
    if (name === 'notes')
      form.relations.forEach((r, i) => {
        if (r.type.trim() !== '') fields.push([`Relation ${i + 1}`, `${r.type} ${r.target}`]);
      });
    const value = form[name];
    // "new" names no claimant: the new claimant's name says who
    if (value.trim() !== '' && !(name === 'claimant' && value === 'new')) fields.push([claimFieldLabel(name), value]);
  }
  if (form.use_country.trim() !== '' && form.use_country !== KEEP_COUNTRY)
    fields.push(['Other reading of the country chosen', form.use_country]);
  return fields;
}

/**
 * What the editor sent, read-only, on a page that did not save it: each field by its label, its value as text (never
 * markup: stored and typed text stays text), to copy into the claim it is meant for.
 */
export function SentFields({ fields, intro }: { fields: SentField[]; intro: string }) {
  if (fields.length === 0) return null;
  return (
    <section class="ws-sent" aria-labelledby="sent-h">
      <h2 id="sent-h">What you sent, not saved</h2>
      <p>{intro}</p>
      <dl class="facts">
        {fields.map(([label, value]) => (
          <>
            <dt>{label}</dt>
            <dd dir="auto">
              <Shown text={value} />
            </dd>
          </>
        ))}
      </dl>
    </section>
  );
}
