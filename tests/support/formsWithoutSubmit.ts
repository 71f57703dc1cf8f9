/**
 * The forms of a served page that nothing can send without script: no submit button inside them (one not hidden, not
 * `type="button"`) and none outside naming them (`form="id"`, as a review's rows name its form of rows), though they
 * have a field to fill in. Each is named by its action. The workspace's pages are rendered by the server alone, forms
 * never nested, so their markup is read as written.
 */
export function formsWithoutSubmit(html: string): string[] {
  const sends = (tag: string) => !/\btype="(button|reset)"/.test(tag) && !/\shidden(?:[\s=>/]|$)/.test(tag);
  const named = new Set(
    [...html.matchAll(/<(?:button|input)\b[^>]*>/g)]
      .filter((m) => /^<button/.test(m[0]) || /\btype="(submit|image)"/.test(m[0]))
      .filter((m) => sends(m[0]))
      .map((m) => /\bform="([^"]+)"/.exec(m[0])?.[1])
      .filter((id): id is string => id !== undefined),
  );
  const stuck: string[] = [];
  for (const [, attributes, inner] of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)) {
    const id = /\bid="([^"]+)"/.exec(attributes)?.[1];
    const inside = [...inner.matchAll(/<button\b[^>]*>|<input\b[^>]*\btype="(?:submit|image)"[^>]*>/g)].some((m) => sends(m[0]));
    // A form of hidden fields alone (a review's form of rows while no row is shown) asks nothing of the editor.
    const asks = /<(?:select|textarea)\b/.test(inner) || [...inner.matchAll(/<input\b[^>]*>/g)].some((m) => !/\btype="hidden"/.test(m[0]));
    if (asks && !inside && !(id !== undefined && named.has(id))) stuck.push(/\baction="([^"]*)"/.exec(attributes)?.[1] ?? '(no action)');
  }
  return stuck;
}
