import { enhanceCharts } from './charts';
import { enhanceWorkspace } from './workspace';
import { keepDrafts } from './drafts';
import { announceOutcome } from './announce';
import { leaveOutEmptyFields } from './forms';

/**
 * The web interface's only script: it enhances pages that work without it (copy buttons today; tooltips and live
 * filtering are added per feature). Loaded as /assets/app.js; the Content-Security-Policy allows no inline script.
 */
function enhanceCopyButtons(root: ParentNode): void {
  for (const button of Array.from(root.querySelectorAll<HTMLButtonElement>('button[data-copy-target]'))) {
    button.hidden = false;
    // Its name keeps the format: six buttons all named "Copied" no longer said which citation was on the clipboard.
    const format = (button.textContent ?? '').replace(/^\s*Copy\s*/, '').trim();
    button.addEventListener('click', async () => {
      const target = document.getElementById(button.dataset.copyTarget ?? '');
      if (!target) return;
      const text = target.textContent ?? '';
      let outcome: string;
      try {
        await navigator.clipboard.writeText(text);
        button.dataset.state = 'copied';
        outcome = `Copied ${format}`;
      } catch {
        // The clipboard refused (permissions, an old browser): the citation is selected, for the keyboard's copy.
        const range = document.createRange();
        range.selectNodeContents(target);
        document.getSelection()?.removeAllRanges();
        document.getSelection()?.addRange(range);
        outcome = `${format} selected: press Ctrl+C or ⌘C to copy`;
      }
      button.textContent = outcome;
      // Said to screen readers too, through the page's status region (the layout's announcer).
      const announcer = document.getElementById('announcer');
      if (announcer) announcer.textContent = outcome;
    });
  }
}

/**
 * A control focused inside a box that scrolls sideways (a table or a chart wider than a phone) is scrolled wholly into
 * view in it: Chromium leaves one that is partly in view where it is, half hidden (tests/web/narrow-375-browser.test.ts).
 */
function showFocusedInScrollBoxes(root: Document): void {
  root.addEventListener('focusin', (e) => {
    if (e.target instanceof Element && e.target.closest('.table-wrap, .chart-scroll'))
      e.target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  });
}

/**
 * A table's box (TableScroll) is in the tab order, a region named by its table, only while it scrolls: one that fits
 * needs no keyboard scrolling, and a claim's history of 25 revisions, a box each, had put 25 stops before its citations
 * and 25 landmarks in a screen reader's list. Without script every box keeps both; a box that comes to scroll (a
 * narrower window, a larger zoom) gets them back.
 */
function focusOnlyScrollingBoxes(root: Document): void {
  const boxes = Array.from(root.querySelectorAll<HTMLElement>('.table-wrap[role="region"][tabindex="0"]'));
  if (boxes.length === 0 || typeof ResizeObserver === 'undefined') return;
  const fit = (box: HTMLElement) => {
    const scrolls = box.scrollWidth > box.clientWidth;
    box.setAttribute('role', scrolls ? 'region' : 'group');
    if (scrolls) box.setAttribute('tabindex', '0');
    else box.removeAttribute('tabindex');
  };
  const observer = new ResizeObserver((entries) => entries.forEach((entry) => fit(entry.target as HTMLElement)));
  for (const box of boxes) {
    fit(box);
    observer.observe(box);
  }
}

/**
 * A page answering a POST made at another address (a form resumed after signing in answers the sign-in's POST) shows
 * its own address (the layout's `data-address`), so that a reload or a bookmark opens that page, not the sign-in's.
 */
function showOwnAddress(root: Document): void {
  const address = root.body.dataset.address;
  if (address) history.replaceState(history.state, '', address);
}

document.addEventListener('DOMContentLoaded', () => {
  showOwnAddress(document);
  enhanceCopyButtons(document);
  enhanceCharts(document);
  enhanceWorkspace(document);
  keepDrafts(document);
  announceOutcome(document);
  leaveOutEmptyFields(document);
  showFocusedInScrollBoxes(document);
  focusOnlyScrollingBoxes(document);
});
