/**
 * Announces the outcome of the editor's last action ("Saved as claim 12") to screen readers. The page that follows a
 * form is a new page, and live regions speak only of changes after load: the notice, marked data-announce, is copied
 * into the layout's empty status region once the page has settled.
 *
 * The query parameter that named it (`?accepted=12&open=c3`, its data-notice-param) is taken out of the address, so that
 * a bookmark or a copied link is the page itself. (A reload says nothing again with or without script: the server says
 * a notice once, by the flash its write set: outcome.ts.)
 */
export function announceOutcome(root: Document): void {
  const notice = root.querySelector<HTMLElement>('[data-announce]');
  const announcer = root.getElementById('announcer');
  if (!notice || !announcer) return;
  const param = notice.dataset.noticeParam;
  const address = new URL(location.href);
  if (param && address.searchParams.has(param)) {
    address.searchParams.delete(param);
    history.replaceState(history.state, '', address);
  }
  // A short wait: a screen reader meets the region in its first reading of the page, then hears the change.
  setTimeout(() => {
    announcer.textContent = notice.textContent?.trim() ?? '';
  }, 250);
}
