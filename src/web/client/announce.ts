/**
 * Announces the outcome of the editor's last action ("Saved as claim 12") to screen readers. The page that follows a
 * form is a new page, and live regions speak only of changes after load: the notice, marked data-announce, is copied
 * into the layout's empty status region once the page has settled.
 *
 * The notice is said once: the query parameter that brought it (`?accepted=12&open=c3`, its data-notice-param) is
 * taken out of the address, so that a reload, a bookmark or a copied link opens the page without saying again that
 * something was saved (without script the address keeps it).
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
