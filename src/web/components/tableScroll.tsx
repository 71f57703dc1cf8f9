import type { ComponentChildren } from 'preact';

/**
 * A table that may be wider than the page (a phone, a long unbroken word), in a box that then scrolls sideways. The
 * box is a named region the keyboard can focus, so that the keyboard alone can scroll it (WCAG 2.1.1; axe's
 * scrollable-region-focusable): a box that scrolls and holds nothing focusable could be scrolled with a mouse only.
 * Named by the element `labelledBy` names (the table's caption or title), else by `label`.
 */
export function TableScroll({ label, labelledBy, children }: { label?: string; labelledBy?: string; children: ComponentChildren }) {
  return (
    <div class="table-wrap" role="region" tabIndex={0} aria-label={labelledBy ? undefined : label} aria-labelledby={labelledBy}>
      {children}
    </div>
  );
}
