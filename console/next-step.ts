import { actionsForPhase } from '../workflows/case/phases';
import type { CasePhase } from '../workflows/case/types';
import { PANEL_GROUPS, PANELS, type Panel } from './case-panels';
import type { FormState } from './forms';
import { html, type Html } from './html';
import { panelForm } from './panel-form';

/**
 * The actions on the case page, ordered by the case's phase table (workflows/case/phases.ts): the next steps of
 * the process first and open, the other actions that fit the phase folded away under "Andere acties", and the
 * actions that do not fit listed with the reason (no form). The case's own rules still judge every action.
 */

export interface ActionsContext {
  caseId: string;
  phase: CasePhase;
  csrf: string;
  creditors: readonly (readonly [string, string])[];
  today: string;
  formAction: (panel: Panel) => string;
  failed?: { action: string; state: FormState; rejection?: string };
}

/** Paper answers need a creditor track that asked something: from the toelating on. */
const PAPER_REASON = 'Kan pas na de toelating: dan krijgen de schuldeisers een kennisgeving en saldoverzoek.';
const paperFits = (phase: CasePhase) => phase === 'stabilisatie' || phase === 'oplossing';

export function actionsSection(ctx: ActionsContext): Html {
  const table = actionsForPhase(ctx.phase);
  const panelOf = (action: string) => PANELS.find((p) => p.action === action)!;
  const form = (panel: Panel, open = false) =>
    panelForm({
      panel,
      action: ctx.formAction(panel),
      fields: panel.fields(ctx.creditors, ctx.today),
      failed: ctx.failed?.action === panel.key ? ctx.failed : undefined,
      csrf: ctx.csrf,
      open,
    });
  const next = table.filter((a) => a.fits && a.nextStep).map((a) => panelOf(a.action));
  const others = [
    ...table.filter((a) => a.fits && !a.nextStep).map((a) => panelOf(a.action)),
    ...(paperFits(ctx.phase) ? PANELS.filter((p) => p.group === 'papier') : []),
  ];
  const unavailable = [
    ...table.filter((a) => !a.fits).map((a) => ({ title: panelOf(a.action).title, reason: a.reason ?? '' })),
    ...(paperFits(ctx.phase)
      ? []
      : PANELS.filter((p) => p.group === 'papier').map((p) => ({ title: p.title, reason: PAPER_REASON }))),
  ];
  const othersOpen = others.some((p) => p.key === ctx.failed?.action);
  return html`<section aria-labelledby="h-acties" class="acties">
    <h2 id="h-acties">Volgende stap</h2>
    ${
      next.length
        ? html`<p class="klein">
              Wat in deze fase aan de beurt is. De zaak controleert elke actie; kan het nu niet, dan ziet u
              waarom.
            </p>
            ${next.map((p, i) => form(p, i === 0 && !ctx.failed))}`
        : html`<p>In deze fase is er geen vaste volgende stap voor u.</p>`
    }
    ${
      others.length
        ? html`<details class="groep groep--vouw" id="andere-acties" ${othersOpen ? html`open` : ''}>
            <summary>Andere acties (${others.length})</summary>
            ${PANEL_GROUPS.map((g) => {
              const inGroup = others.filter((p) => p.group === g.key);
              return inGroup.length
                ? html`<h3>${g.title}</h3>
                    ${inGroup.map((p) => form(p))}`
                : '';
            })}
          </details>`
        : ''
    }
    ${
      unavailable.length
        ? html`<details class="groep groep--vouw" id="niet-mogelijk">
            <summary>Niet mogelijk in deze fase (${unavailable.length})</summary>
            <ul class="niet-mogelijk">
              ${unavailable.map((u) => html`<li><strong>${u.title}</strong>: ${u.reason}</li>`)}
            </ul>
          </details>`
        : ''
    }
  </section>`;
}
