import { tijdstip } from './format';
import { html, type Html } from './html';
import { shownEntries, type TimelineContext } from './timeline-words';

/** A case's or schuldregeling's timeline, newest first: when (Dutch date and time), what (and detail), by whom. */
export function timelineSection(
  heading: string,
  events: readonly { at: string; action: string; detail?: string; by: string }[],
  ctx: TimelineContext = { creditors: [], letters: [], letterHref: () => '#' },
): Html {
  return html`<section aria-labelledby="h-tijdlijn">
    <h2 id="h-tijdlijn">${heading} <span class="klein">(nieuwste eerst)</span></h2>
    <ol class="tijdlijn" reversed>
      ${[...shownEntries(events, ctx)].reverse().map(
        (e) =>
          html`<li>
            <span class="tijdlijn__wanneer">${tijdstip(e.at)}</span>
            <span class="tijdlijn__wat">${e.what}</span
            >${e.detail ? html` <span class="tijdlijn__detail">— ${e.detail}</span>` : ''}
            <span class="tijdlijn__wie">${e.by}</span>
          </li>`,
      )}
    </ol>
  </section>`;
}
