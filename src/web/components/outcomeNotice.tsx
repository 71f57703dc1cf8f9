import type { ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { OUTCOME_ID } from '../outcome';
import { OutcomeContext } from '../render';

/**
 * The outcome of the form just sent, on every page alike: a box at the top of the page (or where the page puts it, the
 * review under its heading) that the focus comes to (the redirect's `#outcome`, or `autofocus` on a page answering a
 * POST), with its words copied by the script into the layout's status region for screen readers (client/announce.ts),
 * which also takes the notice's parameter out of the address. `children`: what the page adds to its outcome (the
 * review's candidates that could not be saved, its Undo).
 */
export function OutcomeNotice({ children }: { children?: ComponentChildren }) {
  const outcome = useContext(OutcomeContext);
  if (!outcome) return null;
  return (
    <div class="outcome" id={OUTCOME_ID} tabindex={-1} autofocus={outcome.focus || undefined}>
      <p class="notice" data-announce data-notice-param={outcome.param}>
        {outcome.text}
        {outcome.link && (
          <>
            {' '}
            <a href={outcome.link.href}>{outcome.link.text}</a>
          </>
        )}
      </p>
      {children}
    </div>
  );
}
