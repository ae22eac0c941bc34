/**
 * A <span> holding `text` as text (textContent), for the places a library takes an element or HTML
 * (Leaflet tooltips, popups and icons): people's text must never be parsed as HTML there. The lint
 * rules in eslint.config.js accept only this (or a fixed literal) in those places.
 */
export function textElement(text: string, opts: { hidden?: boolean; className?: string } = {}): HTMLSpanElement {
  const span = document.createElement('span');
  span.textContent = text;
  if (opts.hidden) span.setAttribute('aria-hidden', 'true');
  if (opts.className) span.className = opts.className;
  return span;
}
