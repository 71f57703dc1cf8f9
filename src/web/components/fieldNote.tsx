import type { FieldError } from '../../errors';

/** The id of the note saying what is wrong with a form's field (for aria-describedby). */
export const fieldNoteId = (inputId: string) => `${inputId}-note`;

/** The errors of one field, to show next to it; none when it has none. */
export const errorsOf = (errors: readonly FieldError[], field: string) => errors.filter((e) => e.field === field);

/** What is wrong with a field, in words, next to it: referenced by the field's aria-describedby. */
export function FieldNote({ inputId, errors }: { inputId: string; errors: readonly FieldError[] }) {
  if (errors.length === 0) return null;
  return (
    <p class="field-note" id={fieldNoteId(inputId)}>
      {errors.map((e) => e.message).join('; ')}
    </p>
  );
}

/** The attributes that tie a field to its note: aria-invalid and aria-describedby when it has errors. */
export function noteAttributes(inputId: string, errors: readonly FieldError[]): Record<string, string> {
  return errors.length > 0 ? { 'aria-invalid': 'true', 'aria-describedby': fieldNoteId(inputId) } : {};
}
