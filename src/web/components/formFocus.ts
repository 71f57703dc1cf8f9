import { useContext } from 'preact/hooks';
import { OutcomeContext } from '../render';

/**
 * Where a page whose purpose is one form (sign-in, a claim's edit and retraction, a document's text) starts, with or
 * without script: at its list of errors when the form was refused or comes back unsaved (`summary`: the list's
 * `autofocus`, for an answer without the action's `#…-errors` fragment, such as a form resumed through signing in), else
 * at a notice that takes the focus (a save that changed nothing), else at its first field (`field`: its `autofocus`), so
 * that a keyboard or screen reader user starts where the page's work is rather than at its top.
 */
export function useFormFocus(refused: boolean): { summary: boolean; field: true | undefined } {
  const notice = useContext(OutcomeContext);
  return { summary: refused, field: refused || notice?.focus ? undefined : true };
}
