/**
 * Announces the outcome of the editor's last action ("Saved as claim 12") to screen readers. The page that follows a
 * form is a new page, and live regions speak only of changes after load: the notice, marked data-announce, is copied
 * into the layout's empty status region once the page has settled.
 */
export function announceOutcome(root: Document): void {
  const notice = root.querySelector<HTMLElement>('[data-announce]');
  const announcer = root.getElementById('announcer');
  if (!notice || !announcer) return;
  // A short wait: a screen reader meets the region in its first reading of the page, then hears the change.
  setTimeout(() => {
    announcer.textContent = notice.textContent?.trim() ?? '';
  }, 250);
}
