/** Visible words: a character that is neither a space nor an invisible format character (as common.json's Reason asks). */
const VISIBLE = /[^\s\p{Cf}]/u;

/**
 * A revision's reason is its provenance (DESIGN: every change is a revision, who, when, what changed, why): an edit
 * or a retraction of a claim says why, in visible words, whoever makes it (the API, the web's forms, an import).
 * What is wrong with `reason` as a revision's reason, in the words the field's error gives; null when it will do.
 */
export function reasonProblem(reason: string | null | undefined): string | null {
  return reason != null && VISIBLE.test(reason) ? null : 'must be filled in: say why the claim changes';
}
