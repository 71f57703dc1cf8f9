import type { ComponentChildren } from 'preact';

/**
 * Stored text (quotes, figures' words, titles, names, aliases, notes) may be Arabic, Persian, Urdu or Hebrew, or hold
 * the explicit directional formatting characters: the embeddings and overrides U+202A–U+202E and the isolates
 * U+2066–U+2069. Left as they are, an override reorders everything after it to the end of its paragraph (a quote can
 * seem to say what it does not, a name runs into its neighbours), and right-to-left words reorder the punctuation and
 * figures around them. So every piece of stored text a page shows goes through one of these:
 * - `Stored`: inline, inside `<bdi>` (its direction from its first strong letter, isolated from the text around it);
 * - `Shown`: the text alone, for an element that is all stored text and carries `dir="auto"` itself (a quote's block,
 *   a document's text);
 * - `storedString`: where no element can go (`<title>`, an SVG label, `aria-label`, an `<option>`): between U+2068
 *   FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL ISOLATE.
 * The explicit controls themselves are kept but shown, never obeyed: each stands alone in a `<bdi>` of its own (an
 * override or embedding ends with its isolate, so it reorders nothing after it), which the style sheet labels with its
 * code point ("U+202E", in a dashed box, `.bidi-control::before`). The page's text is the stored text, character for
 * character (copied, selected, or counted by the review's script in UTF-16 offsets); in plain text (`storedString`)
 * a control is written as "[U+202E]" instead. The marks U+200E, U+200F and U+061C stay as they are: they reorder
 * nothing but the punctuation beside them.
 */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/g;
const HAS_BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

/**
 * Letters and marks of the right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko… and their presentation forms),
 * the right-to-left and Arabic letter marks, and the explicit controls: text with none of them is left to right or
 * neutral throughout, and reorders nothing beside it in a left-to-right page, so isolating it would change nothing and it is left as it is.
 */
const TURNS = /[\u0590-\u08FF\u200F\u061C\uFB1D-\uFDFF\uFE70-\uFEFF\u202A-\u202E\u2066-\u2069\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

/** Whether stored text holds anything that could reorder it or what is around it: then it is isolated. */
export const turnsDirection = (text: string): boolean => TURNS.test(text);

const codePoint = (c: string): string => `U+${c.charCodeAt(0).toString(16).toUpperCase()}`;

/** The text with each explicit directional control isolated alone and labelled (for an element isolated itself). */
export function Shown({ text }: { text: string | null | undefined }) {
  if (!text) return null;
  if (!HAS_BIDI_CONTROL.test(text)) return <>{text}</>;
  const parts: ComponentChildren[] = [];
  let last = 0;
  for (const m of text.matchAll(BIDI_CONTROL)) {
    if (m.index > last) parts.push(text.slice(last, m.index));
    parts.push(
      <bdi class="bidi-control" data-code={codePoint(m[0])}>
        {m[0]}
      </bdi>,
    );
    last = m.index + 1;
  }
  parts.push(text.slice(last));
  return <>{parts}</>;
}

/**
 * Stored text inline: isolated in `<bdi>`, its controls shown, when it could turn direction (`turnsDirection`); as it
 * is otherwise. `missing` (or nothing) in its place when there is none.
 */
export function Stored({ text, missing }: { text: string | null | undefined; missing?: string }) {
  if (!text) return missing ?? null;
  if (!turnsDirection(text)) return <>{text}</>;
  return (
    <bdi>
      <Shown text={text} />
    </bdi>
  );
}

/**
 * Stored text inside plain text (a page's title, an SVG label, an accessible name, a caption's sentence): isolated
 * between U+2068 and U+2069, its controls written as "[U+202E]", when it could turn direction; as it is otherwise.
 */
export function storedString(text: string): string {
  if (!turnsDirection(text)) return text;
  return `\u2068${text.replace(BIDI_CONTROL, (c) => `[${codePoint(c)}]`)}\u2069`;
}

/**
 * A text of the ledger's own (a citation) holding stored texts (`stored`): each of them that could turn direction is
 * isolated in a `<bdi>` where it occurs, longest first, so an Arabic claimant's name beside a Latin title (or two
 * Arabic names with a comma between) cannot reorder its neighbours; the rest is shown as it is. The elements add no
 * character: the page's text, and a copied citation, are the citation's exactly.
 */
export function StoredWithin({ text, stored }: { text: string; stored: string[] }) {
  const spans: [number, number][] = [];
  for (const s of stored.filter(turnsDirection).sort((a, b) => b.length - a.length))
    for (let at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + s.length))
      if (!spans.some(([from, to]) => at < to && from < at + s.length)) spans.push([at, at + s.length]);
  if (spans.length === 0) return <Shown text={text} />;
  spans.sort((a, b) => a[0] - b[0]);
  const parts: ComponentChildren[] = [];
  let last = 0;
  for (const [from, to] of spans) {
    parts.push(<Shown text={text.slice(last, from)} />, <bdi>{<Shown text={text.slice(from, to)} />}</bdi>);
    last = to;
  }
  parts.push(<Shown text={text.slice(last)} />);
  return <>{parts}</>;
}

/** Several stored texts (aliases, authors) as one comma-separated run, each isolated from its neighbours. */
export function StoredList({ items }: { items: string[] }) {
  return (
    <>
      {items.map((item, i) => (
        <>
          {i > 0 && ', '}
          <Stored text={item} />
        </>
      ))}
    </>
  );
}
