import { html, type Html } from './html';

/** The headline facts of a page as a definition list: label, value. */
export function factList(items: readonly (readonly [string, Html | string])[]): Html {
  return html`<dl class="feiten">
    ${items.map(
      ([k, v]) =>
        html`<div>
          <dt>${k}</dt>
          <dd>${v}</dd>
        </div>`,
    )}
  </dl>`;
}
