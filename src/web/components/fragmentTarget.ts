/**
 * The attributes of an element that a link's or a redirect's `#fragment` points at: its id, and `tabindex="-1"`, so
 * the browser moves the focus to it on arrival, with script or without, and a screen reader says where the user landed
 * (by the element's name: its heading) and Tab goes on from there. Without it the page scrolled but the focus stayed on
 * the body: "Skip to content", a country page's contents, a candidate's "Start a claim by hand from its sentence"
 * (`#cand-manual`), the review's list after the last decision (`#cands-h`), a claim's history. Every in-page target
 * is checked to take the focus by `tests/web/fragment-focus-browser.test.ts`.
 */
export function fragmentTarget(id: string): { id: string; tabindex: -1 } {
  return { id, tabindex: -1 };
}
