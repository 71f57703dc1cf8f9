/**
 * The editors' workspace, enhanced: keyboard shortcuts for the review (j/k next/previous candidate, a accept, r reject,
 * e edit, s start a claim by hand from its sentence), a candidate's full form opened in place of its compact row, and
 * "start a claim from the selected words". Every action is a plain form or link without this script.
 */
import { hasDraft, keepInsertedForm } from './drafts';

const TYPING = new Set(['INPUT', 'SELECT', 'TEXTAREA', 'BUTTON']);

/** UTF-16 offset of a point inside `root`: the length of the raw text before it (textContent, not the rendered, collapsed text). */
function offsetIn(root: Node, node: Node, offset: number): number {
  const before = document.createRange();
  before.setStart(root, 0);
  before.setEnd(node, offset);
  return before.cloneContents().textContent?.length ?? 0;
}

/**
 * The words of `range` that are in the text `root`, as stored, without the spaces and line breaks at either end: a
 * selection may run past the text (a triple click on its last paragraph ends at the heading after it), and the words
 * of the text it covers are still a quote found in it, exactly.
 */
function selectedIn(root: Node, range: Range | undefined): string {
  return selectedSpan(root, range).words;
}

/** As selectedIn, with where the words are in the text as stored (UTF-16 offsets, as a candidate's data-quote). */
function selectedSpan(root: Node, range: Range | undefined): { words: string; start: number; end: number } {
  if (!range || range.collapsed || !range.intersectsNode(root)) return { words: '', start: 0, end: 0 };
  const whole = root.textContent ?? '';
  // A range's start outside the text is before it (the text's start is within the range), its end after it.
  const from = range.comparePoint(root, 0) === 0 ? 0 : offsetIn(root, range.startContainer, range.startOffset);
  const to = range.comparePoint(root, root.childNodes.length) === 0 ? whole.length : offsetIn(root, range.endContainer, range.endOffset);
  const raw = whole.slice(from, to);
  const start = from + (raw.length - raw.trimStart().length);
  const words = raw.trim();
  return { words, start, end: start + words.length };
}

/** The document's selection, if any. */
function selectionRange(): Range | undefined {
  const sel = document.getSelection();
  return sel && sel.rangeCount > 0 ? sel.getRangeAt(0) : undefined;
}

/** The figure's words at the start of a quote an editor picked, for the claim's Words field. */
const FIGURE =
  /(?:about|around|roughly|approximately|closer to|close to|almost|over|more than|at least|nearly|some|up to|fewer than|less than)?\s*\d[\d,.\s]*\d|\d/i;

/** The wording a figure's first words say ("closer to 1,300": approximately), as the claim's Wording field names it. */
const WORDINGS: [RegExp, string][] = [
  [/^(?:about|around|roughly|approximately|closer to|close to|almost|nearly|some)\b/i, 'approximately'],
  [/^(?:over|more than)\b/i, 'more_than'],
  [/^at least\b/i, 'at_least'],
  [/^up to\b/i, 'at_most'],
  [/^(?:fewer|less) than\b/i, 'less_than'],
];

/**
 * The value and wording of a figure's words taken from a selection, when they are plain: a whole number written with
 * or without thousands' commas, the whole figure after its wording, not followed by a multiplier, a percent or a letter
 * ("1,300", not "1.5 million", "30 per cent", "150m", "1 300" or "3.5").
 */
export function figureReading(words: string, after: string): { value: string | null; approximation: string | null } {
  const wording = WORDINGS.find(([cue]) => cue.test(words));
  // the whole figure after its wording, not its last digits: "1 300", "1.300" and "3.5" say no plain value (read from
  // their end they had given 300, 300 and 5)
  const number = (wording ? words.replace(wording[0], '') : words).trim();
  const plain =
    /^(?:\d{1,3}(?:,\d{3})+|\d+)$/.test(number) &&
    !/^(?:\s*(?:million|billion|thousand|hundred|per ?cent|percent|%)|[\p{L}\p{N}])/iu.test(after);
  return {
    value: plain ? number.replace(/,/g, '') : null,
    approximation: wording?.[1] ?? null,
  };
}

function enhanceReview(review: HTMLElement): void {
  const cards = () => Array.from(review.querySelectorAll<HTMLElement>('article.cand[data-candidate]'));
  let current: string | null = null;
  const show = (card: HTMLElement, focus = true) => {
    current = card.dataset.candidate ?? null;
    for (const el of Array.from(review.querySelectorAll('.is-current'))) el.classList.remove('is-current');
    card.classList.add('is-current');
    const mark = document.getElementById(`mark-${current}`);
    mark?.classList.add('is-current');
    if (focus) {
      // A card is taller than the window: focus alone would centre it, its figure and confidence out of sight above.
      card.focus({ preventScroll: true });
      card.scrollIntoView({ block: 'start' });
    }
    mark?.scrollIntoView({ block: 'nearest' });
  };
  const step = (by: number) => {
    const all = cards();
    if (all.length === 0) return;
    const at = all.findIndex((c) => c.dataset.candidate === current);
    show(all[at < 0 ? (by > 0 ? 0 : all.length - 1) : (at + by + all.length) % all.length]);
  };
  const cardOf = (cid: string | null | undefined) => (cid ? document.getElementById(`cand-${cid}`) : null);

  /**
   * Opens a candidate's full form in place of its compact row: the page the row's Open link names (the same page with
   * that candidate open, which is what the link shows without script) is fetched and its card put in the row's place.
   */
  const openInPlace = async (row: HTMLElement): Promise<HTMLElement> => {
    const link = row.querySelector<HTMLAnchorElement>('a.ws-open');
    if (!link) return row;
    const card = await fetch(link.href, { credentials: 'same-origin' })
      .then(async (res) => (res.ok ? new DOMParser().parseFromString(await res.text(), 'text/html').getElementById(row.id) : null))
      .catch(() => null);
    if (!card || !card.querySelector('form[data-draft]')) {
      // The session ended, the candidate was decided meanwhile, the network failed: the page itself says which.
      location.href = link.href;
      return row;
    }
    const placed = document.importNode(card, true);
    row.replaceWith(placed);
    const form = placed.querySelector<HTMLFormElement>('form[data-draft]');
    if (form) keepInsertedForm(form);
    history.replaceState(null, '', link.href);
    show(placed);
    return placed;
  };
  const firstField = (card: HTMLElement) =>
    card.querySelector<HTMLElement>('form[data-draft] input:not([type=hidden]), form[data-draft] select, form[data-draft] textarea');
  const edit = async (card: HTMLElement) => firstField(card.classList.contains('cand-row') ? await openInPlace(card) : card)?.focus();

  review.addEventListener('click', (e) => {
    const link = (e.target as HTMLElement).closest<HTMLAnchorElement>('a.ws-open');
    const row = link?.closest<HTMLElement>('article.cand-row');
    if (!link || !row || e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    void openInPlace(row);
  });
  // A row's Accept takes the proposal: where the editor has unsaved corrections to its form, it opens them instead.
  // (The rows' buttons belong to the review's one form of rows, outside them: the submit event is that form's.)
  document.addEventListener('submit', (e) => {
    const button = e.submitter as HTMLButtonElement | null;
    const row = button?.closest<HTMLElement>('article.cand-row');
    if (!row || button?.name !== 'row' || !/^(accept|add_source) /.test(button.value) || !hasDraft(row)) return;
    e.preventDefault();
    void edit(row);
  });

  // A reading of a candidate's country chosen among its other readings fills its Country field, where the editor sees
  // and may still correct it (typing there goes back to "As in the Country field"); without this script the choice is
  // sent with the form, and the candidate accepted with it.
  review.addEventListener('change', (e) => {
    const choice = e.target as HTMLInputElement;
    const field = choice.dataset?.fills ? document.getElementById(choice.dataset.fills) : null;
    if (!(field instanceof HTMLInputElement) || !choice.checked) return;
    field.value = choice.value;
    // Told as typed, so the form's draft (drafts.ts, whose listener on the form heard the choice before this one) keeps
    // the field with it; untrusted, it leaves the choice as it is (below).
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
  review.addEventListener('input', (e) => {
    const field = e.target as HTMLInputElement;
    const keep =
      e.isTrusted && field.id ? field.form?.querySelector<HTMLInputElement>(`input[data-keeps="${CSS.escape(field.id)}"]`) : null;
    if (keep) keep.checked = true;
  });

  // After a decision the page opens at the next open candidate (the browser focuses a fragment's target, with or
  // without this script), which the keys take as the current one.
  const fromHash = cards().find((c) => `#${c.id}` === location.hash);
  if (fromHash) show(fromHash, false);
  review.addEventListener('click', (e) => {
    const mark = (e.target as HTMLElement).closest<HTMLElement>('mark[data-candidate]');
    const card = cardOf(mark?.dataset.candidate);
    if (card) show(card, false);
  });

  const text = document.getElementById('ws-text');
  const quote = document.getElementById('manual-quote') as HTMLTextAreaElement | null;
  /** Fills the claim by hand's quote (and its words, when empty) with `selected`, as if typed, and takes the editor there. */
  const startClaim = (selected: string, focus: 'words' | 'quote') => {
    if (!quote) return;
    quote.value = selected;
    const words = document.getElementById('manual-value_text') as HTMLInputElement | null;
    const figure = FIGURE.exec(selected);
    if (words && !words.value && figure) {
      words.value = figure[0].trim();
      // Its value and wording too, where the words say them plainly, as if chosen (the draft keeps them); the editor
      // checks them as every other field (an exact figure with no value had been refused on saving).
      const read = figureReading(words.value, selected.slice(figure.index + figure[0].length));
      const value = document.getElementById('manual-value') as HTMLInputElement | null;
      const wording = document.getElementById('manual-approximation') as HTMLSelectElement | null;
      if (value && !value.value && read.value !== null) {
        value.value = read.value;
        value.dispatchEvent(new Event('input', { bubbles: true }));
      }
      if (wording && wording.value === 'exact' && read.approximation !== null) {
        wording.value = read.approximation;
        wording.dispatchEvent(new Event('change', { bubbles: true }));
      }
    }
    // Filled in as if typed, so the form's draft (drafts.ts) keeps it like the editor's own input.
    quote.dispatchEvent(new Event('input', { bubbles: true }));
    document.getElementById('cand-manual')?.scrollIntoView({ block: 'start' });
    (focus === 'words' && words ? words : quote).focus();
  };
  /**
   * The claim by hand started from a candidate's sentence takes its claimant, as the server's `from=` does (the card
   * says which: data-claimant, an actor of the ledger or "new"), unless the editor has chosen or named one already.
   */
  const startWithClaimant = (card: HTMLElement | null) => {
    const picker = document.getElementById('manual-claimant') as HTMLSelectElement | null;
    const name = document.getElementById('manual-claimant_name') as HTMLInputElement | null;
    const claimant = card?.dataset.claimant;
    if (!picker || !claimant || name?.value) return;
    // The picker as the page gave it, or as this started it from another sentence (review54: that actor had stayed for
    // the next sentence's claim, whoever said it), is not the editor's choice.
    if (picker.value !== 'new' && picker.value !== picker.dataset.started) return;
    if (![...picker.options].some((o) => o.value === claimant)) return;
    picker.value = claimant;
    picker.dataset.started = claimant;
    picker.dispatchEvent(new Event('change', { bubbles: true }));
  };
  /** Where a candidate's quote is in the text as stored (its card's data-quote="start-end"). */
  const quoteSpan = (card: HTMLElement): [number, number] | null => {
    const at = /^(\d+)-(\d+)$/.exec(card.dataset.quote ?? '');
    return at ? [Number(at[1]), Number(at[2])] : null;
  };
  /**
   * The candidate whose claimant a claim by hand from selected words starts with, as `s` on it does: one whose sentence
   * holds the words, when every such candidate has the same claimant (two speakers in one sentence: none, the editor
   * chooses). Else null.
   */
  const cardHolding = (start: number, end: number): HTMLElement | null => {
    const holding = cards().filter((c) => {
      const span = quoteSpan(c);
      return span !== null && span[0] <= start && end <= span[1];
    });
    return new Set(holding.map((c) => c.dataset.claimant)).size === 1 ? holding[0] : null;
  };
  /** The sentence a candidate quotes, from the text as stored (the card says where: data-quote="start-end"). */
  const sentenceOf = (card: HTMLElement | null): string | null => {
    const span = card ? quoteSpan(card) : null;
    return span && text ? (text.textContent ?? '').slice(span[0], span[1]) : null;
  };

  // Enter in "add this quote as a source of" adds the source, as its own button does: the form's first button is
  // Accept, which the server refuses while that field names a claim (service.ts, accept).
  document.addEventListener('keydown', (e) => {
    const field = e.target as HTMLElement;
    if (e.key !== 'Enter' || !(field instanceof HTMLInputElement) || field.name !== 'source_of') return;
    const add = field.closest('.ws-source-of')?.querySelector<HTMLButtonElement>('button[value="add_source"]');
    if (!add) return;
    e.preventDefault();
    add.click();
  });

  document.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
    const target = e.target as HTMLElement;
    if (TYPING.has(target.tagName) || target.isContentEditable) return;
    // Before j or k has chosen one (the page opened at its notice: a new document, signing in), the keys act on the
    // candidate the page shows open in full, as its reader sees it: a, r, e and s had done nothing there.
    const card = cardOf(current) ?? cards().find((c) => !c.classList.contains('cand-row') && c.classList.contains('state-open')) ?? null;
    if (card && current === null && ['a', 'r', 'e', 's'].includes(e.key)) show(card, false);
    // A full form's buttons say the action; a row's, the action and its candidate.
    const press = (value: string) =>
      card
        ?.querySelector<HTMLButtonElement>(`button[name="action"][value="${value}"], button[name="row"][value="${value} ${current}"]`)
        ?.click();
    switch (e.key) {
      case 'j':
        step(1);
        break;
      case 'k':
        step(-1);
        break;
      case 'a':
        press(card?.dataset.primary ?? 'accept');
        break;
      case 'r':
        press('reject');
        break;
      case 'e':
        if (card) void edit(card);
        break;
      case 's': {
        // The candidate whose mark has the focus in the text, else the current one.
        const from = cardOf(target.closest<HTMLElement>('mark[data-candidate]')?.dataset.candidate) ?? card;
        const sentence = sentenceOf(from);
        if (sentence === null) return;
        startClaim(sentence, 'quote');
        startWithClaimant(from);
        break;
      }
      default:
        return;
    }
    e.preventDefault();
  });

  if (!text || !quote) return;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'ws-use-selection';
  button.textContent = 'Start a claim from the selected words';
  button.hidden = true;
  text.after(button);
  let selected = { words: '', start: 0, end: 0 };
  document.addEventListener('selectionchange', () => {
    const span = selectedSpan(text, selectionRange());
    // Pressing the button may clear the selection: the words it was shown for are kept for it.
    if (span.words === '' && document.activeElement === button) return;
    selected = span;
    button.hidden = span.words === '';
  });
  button.addEventListener('click', () => {
    startClaim(selected.words, 'words');
    // with the claimant of the sentence's candidates, as s on one of them (review53: words selected had kept it at new)
    startWithClaimant(cardHolding(selected.start, selected.end));
  });
  // A drag that starts or ends on a highlighted figure selects words (the style sheet keeps its link from being
  // dragged); the click that ends it in the same highlight must not follow the link to the candidate's card.
  text.addEventListener('click', (e) => {
    if ((e.target as Element).closest('a') && selectedIn(text, selectionRange()) !== '') e.preventDefault();
  });
}

export function enhanceWorkspace(root: Document): void {
  const review = root.querySelector<HTMLElement>('.ws-review');
  if (review) enhanceReview(review);
}
