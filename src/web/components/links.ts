/** Building the URLs pages link to. Every link a page makes keeps its `as_recorded` instant, so a past view stays past. */

export type Params = Record<string, string | number | null | undefined>;

/** `path?k=v&…`, leaving out empty values; URLSearchParams does the encoding. */
export function withParams(path: string, params: Params): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') search.set(k, String(v));
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}

/** A link to another page of the explorer, at the same `as_recorded` instant. */
export function pageLink(path: string, asRecorded: string | undefined, params: Params = {}): string {
  return withParams(path, { ...params, as_recorded: asRecorded });
}

/**
 * The address as a link target only when it is an absolute http(s) URL: stored URLs are data, and a
 * `javascript:` or `data:` address must be shown as text, never followed.
 */
export function webUrl(url: string | null | undefined): URL | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : null;
  } catch {
    return null;
  }
}

/** A text directive part: percent-encoded, with the characters the directive syntax uses (`-`, `,`, `&`) encoded too. */
function directivePart(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

const FRAGMENT_WORDS = 6;

/**
 * The document's address opening at the quote (a URL text fragment, `#:~:text=`): a short quote whole, a long one by
 * its first and last words (textStart,textEnd), which browsers match across the words between. Null unless http(s).
 */
export function quoteUrl(url: string | null, quote: string): string | null {
  const parsed = webUrl(url);
  if (!parsed) return null;
  const words = quote
    .trim()
    .split(/\s+/)
    .filter((w) => w.length > 0);
  if (words.length === 0) return parsed.href;
  const directive =
    words.length <= FRAGMENT_WORDS * 2
      ? directivePart(words.join(' '))
      : `${directivePart(words.slice(0, FRAGMENT_WORDS).join(' '))},${directivePart(words.slice(-FRAGMENT_WORDS).join(' '))}`;
  parsed.hash = '';
  return `${parsed.href}#:~:text=${directive}`;
}
