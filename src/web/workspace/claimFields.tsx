/** The fields of a claim on the workspace's forms: the figure, what it counts, who said it, its relations, its source. */
import type { ComponentChildren } from 'preact';
import { APPROXIMATION_RULES } from '../../claims/approximation';
import { APPROXIMATIONS, type RelationType } from '../../claims/model';
import { ACTOR_KINDS } from '../../closedSets';
import type { FieldError } from '../../errors';
import type { CountryRow } from '../../vocab/store';
import type { Labels } from '../components/claimTable';
import { ClaimForm, type FigureForm, MAX_RELATION_ROWS } from './form';
import { ActorOptions, CLAIM_FIELD_LABELS, claimFieldLabel, Field } from './formParts';
import type { ActorChoice, Review } from './review';

/** The relation types as the form offers them, in the order an editor most often needs them. */
export const RELATION_CHOICES: { readonly [T in RelationType]: string } = {
  part_of: 'is part of',
  supersedes: 'supersedes',
  derived_from: 'is derived from',
  contradicts: 'contradicts',
  corroborates: 'corroborates',
};

export interface Vocabularies {
  metrics: { code: string; label: string }[];
  groups: { slug: string; name: string }[];
  places: CountryRow[];
  /** Their names for the codes a form holds, as every page says them (labels.ts). */
  labels: Labels;
}

/**
 * The choices every claim form of a review offers alike (groups, relation targets, claims to add a source to), each
 * rendered once for the page as a <datalist> that the forms' text fields name: a review of a long article has a
 * hundred forms, and a <select> each would repeat every list a hundred times. The browser offers the list as the
 * editor types, with or without script; the fields take the values as text (a candidate id, claim:12, a group's name).
 */
export const SHARED_LISTS = { places: 'ws-places', groups: 'ws-groups', targets: 'ws-targets', claims: 'ws-claims' } as const;

/** The claims a review's forms may name: those citing the document, and those holding a candidate's statement elsewhere. */
function claimChoices(review: Review, holders: number[]): { id: number; label: string }[] {
  const cited = new Map(review.claims.map((c) => [c.id, `claim ${c.id}: ${c.value_text} (${c.claimant.name})`]));
  const ids = [...new Set([...holders, ...review.claims.map((c) => c.id)])];
  return ids.map((id) => ({ id, label: cited.get(id) ?? `claim ${id}` }));
}

/** A relation row's type: one of the relations, or none (the row adds or keeps nothing). The workspace's two relation forms. */
export function RelationTypeField({ id, row, type, errors }: { id: string; row: number; type: string; errors: FieldError[] }) {
  return (
    <Field id={id} label={claimFieldLabel(`rel_type_${row}`)} name={`rel_type_${row}`} errors={errors}>
      {(a) => (
        <select {...a}>
          <option value="" selected={type === ''}>
            no relation
          </option>
          {Object.entries(RELATION_CHOICES).map(([v, l]) => (
            <option value={v} selected={type === v}>
              {l}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** The places and groups every claim form's text fields offer, once for the page (SHARED_LISTS). */
export function VocabularyChoices({ vocab }: { vocab: Vocabularies }) {
  const placeName = new Map(vocab.places.map((p) => [p.code, p.name]));
  return (
    <>
      <datalist id={SHARED_LISTS.places}>
        {vocab.places.map((p) => (
          <option value={p.code}>{p.within ? `${p.name} (within ${placeName.get(p.within) ?? p.within})` : p.name}</option>
        ))}
      </datalist>
      <datalist id={SHARED_LISTS.groups}>
        {vocab.groups.map((g) => (
          <option value={g.slug}>{g.name}</option>
        ))}
      </datalist>
    </>
  );
}

export function SharedChoices({ review, vocab, holders }: { review: Review; vocab: Vocabularies; holders: number[] }) {
  const claims = claimChoices(review, holders);
  return (
    <>
      <VocabularyChoices vocab={vocab} />
      <datalist id={SHARED_LISTS.targets}>
        {review.extraction.candidates.map((c) => (
          <option
            value={c.id}
          >{`candidate ${c.id}: ${c.value_text}${review.decisions.get(c.id)?.claim_id ? ` (claim ${review.decisions.get(c.id)!.claim_id})` : ''}`}</option>
        ))}
        {claims.map((c) => (
          <option value={`claim:${c.id}`}>{c.label}</option>
        ))}
      </datalist>
      <datalist id={SHARED_LISTS.claims}>
        {claims.map((c) => (
          <option value={`claim:${c.id}`}>{c.label}</option>
        ))}
      </datalist>
    </>
  );
}

export interface ClaimFieldsProps {
  prefix: string;
  form: ClaimForm;
  errors: FieldError[];
  review: Review;
  vocab: Vocabularies;
  /** Shown right after the country field: a candidate's reason for its country and its other readings. */
  afterCountry?: ComponentChildren;
}

/**
 * The figure, what it counts and who said it: the grid every claim form begins with (a candidate's, a claim by hand's,
 * an edit of a claim's). The claimant picker offers `actors`, or a new actor by name.
 */
export function FigureFields({
  prefix,
  form,
  errors,
  actors,
  vocab,
  autofocus,
  afterCountry,
}: {
  prefix: string;
  form: FigureForm;
  errors: FieldError[];
  actors: ActorChoice[];
  vocab: Vocabularies;
  afterCountry?: ComponentChildren;
  /** The page is this form: its first field starts focused (useFormFocus). */
  autofocus?: true;
}) {
  const id = (name: string) => `${prefix}-${name}`;
  return (
    <div class="ws-grid">
      <Field id={id('value_text')} label={CLAIM_FIELD_LABELS.value_text} name="value_text" errors={errors} hint="the figure as written">
        {(a) => <input type="text" required maxLength={500} value={form.value_text} autofocus={autofocus} {...a} />}
      </Field>
      <Field id={id('approximation')} label={CLAIM_FIELD_LABELS.approximation} name="approximation" errors={errors}>
        {(a) => (
          <select {...a}>
            {APPROXIMATIONS.map((v) => (
              <option value={v} selected={form.approximation === v}>
                {APPROXIMATION_RULES[v].choice}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={id('value')} label={CLAIM_FIELD_LABELS.value} name="value" errors={errors} hint="best estimate; empty for vague">
        {(a) => <input type="text" inputmode="decimal" value={form.value} {...a} />}
      </Field>
      <Field id={id('value_low')} label={CLAIM_FIELD_LABELS.value_low} name="value_low" errors={errors}>
        {(a) => <input type="text" inputmode="decimal" value={form.value_low} {...a} />}
      </Field>
      <Field id={id('value_high')} label={CLAIM_FIELD_LABELS.value_high} name="value_high" errors={errors}>
        {(a) => <input type="text" inputmode="decimal" value={form.value_high} {...a} />}
      </Field>
      <Field id={id('metric')} label={CLAIM_FIELD_LABELS.metric} name="metric" errors={errors}>
        {(a) => (
          <select {...a}>
            <option value="" selected={form.metric === ''}>
              choose
            </option>
            {vocab.metrics.map((m) => (
              <option value={m.code} selected={form.metric === m.code}>
                {m.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id={id('country')}
        label={CLAIM_FIELD_LABELS.country}
        name="country"
        errors={errors}
        hint="code, name or demonym; a subdivision (RU-CE, Chechens) or a region"
        // a place the ledger does not know yet is added there (a subdivision, or words for one it holds): walk48 (not
        // under another refusal of the field, a known country read two ways: review49)
        whenRefused={
          // (a refusal of the kind unknown_place: "is not a known country", walk48's gazetteer code; its words are
          // not read, robust50)
          errors.some((e) => e.field === 'country' && e.code === 'unknown_place') && (
            <span class="hint">
              A subdivision, or a word for a place, that the ledger lacks: <a href="/workspace/places">Add a place</a>
            </span>
          )
        }
      >
        {(a) => <input type="text" list={SHARED_LISTS.places} maxLength={100} value={form.country} {...a} />}
      </Field>
      {afterCountry}
      <Field
        id={id('group')}
        label={CLAIM_FIELD_LABELS.group}
        name="group"
        errors={errors}
        hint="a name, slug or alias: ISIS; empty if none"
      >
        {(a) => <input type="text" list={SHARED_LISTS.groups} maxLength={200} value={form.group} {...a} />}
      </Field>
      <Field
        id={id('location')}
        label={CLAIM_FIELD_LABELS.location}
        name="location"
        errors={errors}
        hint="where, codes separated by commas"
      >
        {(a) => <input type="text" maxLength={200} value={form.location} {...a} />}
      </Field>
      <Field id={id('claimant')} label={CLAIM_FIELD_LABELS.claimant} name="claimant" errors={errors}>
        {(a) => (
          <select {...a}>
            {/* named only when chosen: beside the actor the review matched, "new actor: X" offered X twice (review53) */}
            <option value="new" selected={form.claimant === 'new'}>
              {`new actor${form.claimant === 'new' && form.claimant_name ? `: ${form.claimant_name}` : ' (name below)'}`}
            </option>
            <ActorOptions actors={actors} selected={form.claimant} />
          </select>
        )}
      </Field>
      <Field
        id={id('claimant_name')}
        label={CLAIM_FIELD_LABELS.claimant_name}
        name="claimant_name"
        errors={errors}
        hint={'saved only with "new actor" chosen as the Claimant'}
      >
        {(a) => <input type="text" maxLength={300} value={form.claimant_name} {...a} />}
      </Field>
      <Field id={id('claimant_kind')} label={CLAIM_FIELD_LABELS.claimant_kind} name="claimant_kind" errors={errors}>
        {(a) => (
          <select {...a}>
            {ACTOR_KINDS.map((k) => (
              <option value={k} selected={form.claimant_kind === k}>
                {k.replace(/_/g, ' ')}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={id('as_of')} label={CLAIM_FIELD_LABELS.as_of} name="as_of" errors={errors} hint="YYYY, YYYY-MM or YYYY-MM-DD">
        {(a) => <input type="text" maxLength={10} value={form.as_of} {...a} />}
      </Field>
      <Field id={id('stated_on')} label={CLAIM_FIELD_LABELS.stated_on} name="stated_on" errors={errors} hint="YYYY, YYYY-MM or YYYY-MM-DD">
        {(a) => <input type="text" maxLength={10} value={form.stated_on} {...a} />}
      </Field>
      <Field id={id('context')} label={CLAIM_FIELD_LABELS.context} name="context" errors={errors} hint="where it was said">
        {(a) => <input type="text" maxLength={1000} value={form.context} {...a} />}
      </Field>
    </div>
  );
}

/** The fields of a claim: the same for a candidate and for a claim started by hand. */
export function ClaimFields({ prefix, form, errors, review, vocab, afterCountry }: ClaimFieldsProps) {
  const id = (name: string) => `${prefix}-${name}`;
  const rows = [...form.relations];
  while (rows.length < Math.min(MAX_RELATION_ROWS, form.relations.length + 1)) rows.push({ type: '', target: '' });
  return (
    <>
      <FigureFields prefix={prefix} form={form} errors={errors} actors={review.actors} vocab={vocab} afterCountry={afterCountry} />
      <Field id={id('quote')} label={CLAIM_FIELD_LABELS.quote} name="quote" errors={errors} hint="the exact words of the document" wide>
        {(a) => (
          <textarea rows={3} required {...a}>
            {form.quote}
          </textarea>
        )}
      </Field>
      <fieldset class="ws-relations">
        <legend>Relations</legend>
        <p class="hint">To another candidate (c3) or to a claim (claim:12).</p>
        {rows.map((r, i) => (
          <div class="ws-relation">
            <RelationTypeField id={id(`rel_type_${i}`)} row={i} type={r.type} errors={errors} />
            <Field id={id(`rel_target_${i}`)} label={claimFieldLabel(`rel_target_${i}`)} name={`rel_target_${i}`} errors={errors}>
              {(a) => <input type="text" list={SHARED_LISTS.targets} maxLength={40} value={r.target} {...a} />}
            </Field>
          </div>
        ))}
      </fieldset>
      <Field id={id('notes')} label={CLAIM_FIELD_LABELS.notes} name="notes" errors={errors} wide>
        {(a) => (
          <textarea rows={2} {...a}>
            {form.notes}
          </textarea>
        )}
      </Field>
    </>
  );
}

export function SourceOf({
  prefix,
  form,
  errors,
  review,
  existing,
  primary,
}: {
  prefix: string;
  form: ClaimForm;
  errors: FieldError[];
  review: Review;
  existing: number[];
  primary?: boolean;
}) {
  // Offered on every form, a document no claim cites yet included: a second article reporting a figure the ledger
  // holds under another claimant's words is added to that claim by its number (walk42: the field had been left out).
  const listed = existing.length > 0 || review.claims.length > 0;
  return (
    <div class="ws-source-of">
      <Field
        id={`${prefix}-source_of`}
        label={primary ? 'Add this document as a source of' : 'Or add this quote as a source of'}
        name="source_of"
        errors={errors}
        hint={listed ? undefined : 'a claim of the ledger, by its number: 12 or claim:12'}
      >
        {(a) => <input type="text" list={SHARED_LISTS.claims} maxLength={60} value={form.source_of} {...a} />}
      </Field>
      <button type="submit" name="action" value="add_source" class={primary ? undefined : 'secondary'}>
        Add as source
      </button>
    </div>
  );
}
