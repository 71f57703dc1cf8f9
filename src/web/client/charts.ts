/**
 * Charts without script show a mark's text equivalent as a native tooltip (its SVG <title>), which appears on
 * hover only. With script, the mark under the pointer or the keyboard focus is also written out under its chart,
 * so a keyboard user sees what a screen reader reads. Screen readers already read the link's name: the readout is
 * hidden from them.
 */
export function enhanceCharts(root: ParentNode): void {
  for (const figure of Array.from(root.querySelectorAll<HTMLElement>('figure.chart'))) {
    const svg = figure.querySelector('svg.chart-svg');
    if (!svg) continue;
    const readout = document.createElement('p');
    readout.className = 'mark-readout';
    readout.setAttribute('aria-hidden', 'true');
    (svg.closest('.chart-scroll') ?? svg).after(readout);
    const show = (event: Event) => {
      const mark = (event.target as Element | null)?.closest?.('a.mark, a.map-country');
      if (mark) readout.textContent = mark.getAttribute('aria-label') ?? '';
    };
    svg.addEventListener('focusin', show);
    svg.addEventListener('mouseover', show);
  }
}
