/**
 * The editors' workspace, enhanced: keyboard shortcuts for the review (j/k next/previous candidate, a accept, r reject,
 * e edit) and "start a claim from the selected words". Every action is a plain form without this script.
 */

const TYPING = new Set(['INPUT', 'SELECT', 'TEXTAREA', 'BUTTON']);

/** UTF-16 offset of a point inside `root`: the length of the raw text before it (textContent, not the rendered, collapsed text). */
function offsetIn(root: Node, node: Node, offset: number): number {
  const before = document.createRange();
  before.setStart(root, 0);
  before.setEnd(node, offset);
  return before.cloneContents().textContent?.length ?? 0;
}

function enhanceReview(review: HTMLElement): void {
  const cards = Array.from(review.querySelectorAll<HTMLElement>('article.cand[data-candidate]'));
  let current = -1;
  const show = (i: number, focus = true) => {
    if (cards.length === 0) return;
    current = (i + cards.length) % cards.length;
    for (const el of Array.from(review.querySelectorAll('.is-current'))) el.classList.remove('is-current');
    const card = cards[current];
    card.classList.add('is-current');
    const mark = document.getElementById(`mark-${card.dataset.candidate}`);
    mark?.classList.add('is-current');
    if (focus) {
      // A card is taller than the window: focus alone would centre it, its figure and confidence out of sight above.
      card.focus({ preventScroll: true });
      card.scrollIntoView({ block: 'start' });
    }
    mark?.scrollIntoView({ block: 'nearest' });
  };
  // After a decision the page opens at the next open candidate (the browser focuses a fragment's target, with or
  // without this script), which the keys take as the current one.
  const fromHash = cards.findIndex((c) => `#${c.id}` === location.hash);
  if (fromHash >= 0) show(fromHash, false);
  for (const mark of Array.from(review.querySelectorAll<HTMLElement>('mark[data-candidate] a'))) {
    mark.addEventListener('click', () => {
      const i = cards.findIndex((c) => c.dataset.candidate === mark.parentElement?.dataset.candidate);
      if (i >= 0) show(i, false);
    });
  }
  document.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
    const target = e.target as HTMLElement;
    if (TYPING.has(target.tagName) || target.isContentEditable) return;
    const card = cards[current];
    const press = (value: string) => card?.querySelector<HTMLButtonElement>(`button[name="action"][value="${value}"]`)?.click();
    switch (e.key) {
      case 'j':
        show(current + 1);
        break;
      case 'k':
        show(current < 0 ? cards.length - 1 : current - 1);
        break;
      case 'a':
        press(card?.dataset.primary ?? 'accept');
        break;
      case 'r':
        press('reject');
        break;
      case 'e':
        card?.querySelector<HTMLElement>('input:not([type=hidden]), select, textarea')?.focus();
        break;
      default:
        return;
    }
    e.preventDefault();
  });

  const text = document.getElementById('ws-text');
  const quote = document.getElementById('manual-quote') as HTMLTextAreaElement | null;
  if (!text || !quote) return;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'ws-use-selection';
  button.textContent = 'Start a claim from the selected words';
  button.hidden = true;
  text.after(button);
  let selected = '';
  document.addEventListener('selectionchange', () => {
    const sel = document.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) {
      if (document.activeElement !== button) button.hidden = true;
      return;
    }
    const range = sel.getRangeAt(0);
    if (!text.contains(range.startContainer) || !text.contains(range.endContainer)) return;
    const whole = text.textContent ?? '';
    const start = offsetIn(text, range.startContainer, range.startOffset);
    const end = offsetIn(text, range.endContainer, range.endOffset);
    selected = whole.slice(Math.min(start, end), Math.max(start, end));
    button.hidden = selected.trim() === '';
  });
  button.addEventListener('click', () => {
    quote.value = selected;
    const words = document.getElementById('manual-value_text') as HTMLInputElement | null;
    const figure = /(?:about|around|over|more than|at least|nearly|some|up to|fewer than|less than)?\s*\d[\d,.\s]*\d|\d/i.exec(selected);
    if (words && !words.value && figure) words.value = figure[0].trim();
    // Filled in as if typed, so the form's draft (drafts.ts) keeps it like the editor's own input.
    quote.dispatchEvent(new Event('input', { bubbles: true }));
    document.getElementById('cand-manual')?.scrollIntoView({ block: 'start' });
    (words ?? quote).focus();
  });
}

export function enhanceWorkspace(root: Document): void {
  const review = root.querySelector<HTMLElement>('.ws-review');
  if (review) enhanceReview(review);
}
