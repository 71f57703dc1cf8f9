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
    button.addEventListener('click', async () => {
      const target = document.getElementById(button.dataset.copyTarget ?? '');
      if (!target) return;
      const text = target.textContent ?? '';
      try {
        await navigator.clipboard.writeText(text);
        button.dataset.state = 'copied';
        button.textContent = 'Copied';
      } catch {
        button.textContent = 'Select and copy';
      }
    });
  }
}

document.addEventListener('DOMContentLoaded', () => {
  enhanceCopyButtons(document);
  enhanceCharts(document);
  enhanceWorkspace(document);
  keepDrafts(document);
  announceOutcome(document);
  leaveOutEmptyFields(document);
});
