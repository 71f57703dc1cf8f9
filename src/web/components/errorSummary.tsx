import type { FieldError } from '../../errors';
import { inWords } from '../workspace/messages';

/**
 * A refused form's errors in the order of its fields on the page (`fields`: the form's field names, top to bottom),
 * whatever order the checks found them in: a reader of the list meets them as they meet the fields. Errors of no
 * field of the form come last, in the order given.
 */
export function inFormOrder(errors: readonly FieldError[], fields: readonly string[]): FieldError[] {
  const place = (e: FieldError) => {
    const i = fields.indexOf(e.field);
    return i < 0 ? fields.length : i;
  };
  return errors
    .map((e, i) => ({ e, i }))
    .sort((a, b) => place(a.e) - place(b.e) || a.i - b.i)
    .map(({ e }) => e);
}

/**
 * A page's title while a form of it is refused: the page's own title, then "check the form", so the tab, the history and
 * a screen reader's first words say the form was not sent (WCAG 2.4.2, 3.3.1). One wording for every form: the search's
 * and the comparisons' said so, the claim's edit and retraction put it first, and the new document, a candidate's form
 * and a claim by hand, refused, kept the title of the page as it is before any form is sent.
 */
export const titleOfForm = (title: string, refused: boolean): string => (refused ? `${title}: check the form` : title);

/** One error as the summary says it: the field as the form labels it, and what is wrong with it. */
export const fieldErrorText = (e: FieldError, fieldLabel: (field: string) => string): string =>
  `${fieldLabel(e.field)}: ${inWords(e.message)}`;

/**
 * What a refused form got wrong, above the form: each error names its field as the form labels it and links to it.
 * Focus comes to it, with or without script: a posted form's action ends in `#<id>` (the browser focuses the fragment's
 * target), and a form sent by GET, whose address cannot carry that fragment, comes back with `focus` (autofocus).
 */
export function ErrorSummary({
  id,
  errors,
  message,
  fields,
  fieldId,
  fieldLabel,
  focus = false,
}: {
  id: string;
  errors: readonly FieldError[];
  message?: string;
  /** The form's field names in the order the form shows them. */
  fields: readonly string[];
  fieldId: (field: string) => string | null;
  /** The label the form shows for a field: the summary names fields as the reader sees them. */
  fieldLabel: (field: string) => string;
  focus?: boolean;
}) {
  if (errors.length === 0 && !message) return null;
  return (
    <div class="error-summary" role="alert" id={id} tabindex={-1} autofocus={focus || undefined}>
      <p>{message ?? 'This could not be saved.'}</p>
      {errors.length > 0 && (
        <ul>
          {inFormOrder(errors, fields).map((e) => {
            const text = fieldErrorText(e, fieldLabel);
            const target = fieldId(e.field);
            return <li>{target ? <a href={`#${target}`}>{text}</a> : text}</li>;
          })}
        </ul>
      )}
    </div>
  );
}
