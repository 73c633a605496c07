import { byWhom, tijdstip } from './format';
import { html, type Html } from './html';

/** A case's or schuldregeling's timeline, newest first: when, what (and detail), by whom. */
export function timelineSection(
  heading: string,
  events: readonly { at: string; action: string; detail?: string; by: string }[],
): Html {
  return html`<section aria-labelledby="h-tijdlijn">
    <h2 id="h-tijdlijn">${heading} <span class="klein">(nieuwste eerst)</span></h2>
    <ol class="tijdlijn" reversed>
      ${[...events].reverse().map(
        (e) =>
          html`<li>
            <span class="tijdlijn__wanneer">${tijdstip(e.at)}</span>
            <span class="tijdlijn__wat">${e.action}</span
            >${e.detail ? html` <span class="tijdlijn__detail">— ${e.detail}</span>` : ''}
            <span class="tijdlijn__wie">${byWhom(e.by)}</span>
          </li>`,
      )}
    </ol>
  </section>`;
}
