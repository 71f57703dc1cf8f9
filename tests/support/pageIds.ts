/**
 * What is wrong with a served page's ids: an id given twice (a second chart's `hatch` pattern, a second form's field),
 * and a reference to an id the page does not hold (`url(#…)` in a drawing, `aria-labelledby`, `aria-describedby`,
 * `for`, `list`, an in-page link). Read from the markup as served: attribute values are escaped, so `id="` in stored
 * text is never taken for an attribute.
 */
export function idProblems(html: string): string[] {
  const counts = new Map<string, number>();
  for (const [, id] of html.matchAll(/\sid="([^"]*)"/g)) counts.set(id, (counts.get(id) ?? 0) + 1);
  const problems = [...counts].filter(([, n]) => n > 1).map(([id, n]) => `id "${id}" given ${n} times`);
  const references = [
    ...[...html.matchAll(/url\(#([^)"]+)\)/g)].map((m) => ['url()', m[1]]),
    ...[...html.matchAll(/\s(aria-labelledby|aria-describedby|aria-controls)="([^"]*)"/g)].flatMap((m) =>
      m[2]
        .split(/\s+/)
        .filter(Boolean)
        .map((id) => [m[1], id]),
    ),
    ...[...html.matchAll(/\s(for|list)="([^"]*)"/g)].map((m) => [m[1], m[2]]),
    ...[...html.matchAll(/\shref="#([^"]+)"/g)].map((m) => ['href', m[1]]),
  ];
  for (const [attribute, id] of references) if (!counts.has(id)) problems.push(`${attribute} names #${id}, not on the page`);
  return [...new Set(problems)];
}
