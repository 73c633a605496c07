import type { z } from 'zod';
import type { oplossingStatusResponse } from '../api/oplossing/schemas';
import { datum, DEADLINE_KINDS, DEADLINE_STATES, euro, label, WAITING_ON } from './format';
import { html, type Html } from './html';
import { factList } from './fact-list';
import { letterTable } from './letter-table';
import { badge } from './layout';
import { formatPercentage } from '../domain/percentage';

/** The schuldregeling on staff pages: phase, proposal per creditor, borgstelling, looptijd, deadlines. */

export type OplossingStatus = z.output<typeof oplossingStatusResponse>;

export const OPLOSSING_PHASES: Record<string, string> = {
  voorbereiding: 'Voorbereiding betaalvoorstel',
  betaalvoorstel: 'Betaalvoorstel uit',
  borgstelling: 'Wacht op het waarborgfonds',
  looptijd: 'Looptijd',
  'finale-kwijting': 'Finale kwijting',
  nazorg: 'Nazorg',
  afgesloten: 'Afgesloten',
};

export const STAGES: Record<string, { label: string; tone: string }> = {
  'wacht-op-voorstel': { label: 'Nog geen voorstel', tone: 'neutral' },
  voorgesteld: { label: 'Voorstel verstuurd', tone: 'info' },
  herinnerd: { label: 'Herinnerd', tone: 'warn' },
  geescaleerd: { label: 'Reageert niet', tone: 'alarm' },
  heroverweging: { label: 'Heroverweging gevraagd', tone: 'warn' },
  'blijft-weigeren': { label: 'Blijft weigeren', tone: 'alarm' },
  dwangakkoord: { label: 'Dwangakkoord gevraagd', tone: 'warn' },
  'dwangakkoord-afgewezen': { label: 'Dwangakkoord afgewezen', tone: 'alarm' },
  akkoord: { label: 'Akkoord', tone: 'ok' },
  gebonden: { label: 'Gebonden', tone: 'ok' },
};

export const FORMS: Record<string, string> = {
  betalingsregeling: 'Betalingsregeling',
  saneringskrediet: 'Saneringskrediet',
};

export const OUTCOMES: Record<string, string> = {
  afgerond: 'Afgerond',
  beeindigd: 'Voortijdig beëindigd',
  wsnp: 'Wsnp-verklaring afgegeven',
};

/** The one percentage formatter (domain/percentage.ts): two decimals, "36,51%". */
export const percentage = (basisPoints: number): string => formatPercentage(basisPoints);

const stage = (code: string) => {
  const s = STAGES[code] ?? { label: code, tone: 'neutral' };
  return badge(s.label, s.tone);
};

/** The headline facts of the schuldregeling. */
export function oplossingFacts(s: OplossingStatus): Html {
  const items: [string, Html | string][] = [
    ['Fase', html`<strong>${label(OPLOSSING_PHASES, s.phase)}</strong>`],
    ['Wacht op', label(WAITING_ON, s.waitingOn)],
    ['Begonnen', datum(s.startedOn)],
  ];
  if (s.form) items.push(['Vorm', `${label(FORMS, s.form)}${s.kredietbank ? ` via ${s.kredietbank}` : ''}`]);
  if (s.afloscapaciteitPerMonth !== undefined)
    items.push(['Afloscapaciteit', `${euro(s.afloscapaciteitPerMonth)} per maand`]);
  if (s.proposal)
    items.push([
      'Voorstel',
      `${euro(s.proposal.totalOfferedCents)} van ${euro(s.proposal.totalClaimsCents)} over ${s.proposal.months} maanden`,
    ]);
  if (s.phase === 'betaalvoorstel') items.push(['Antwoorden open', String(s.answersOutstanding)]);
  if (s.agreedOn) items.push(['Alle schuldeisers akkoord', datum(s.agreedOn)]);
  if (s.outcome) items.push(['Uitkomst', `${label(OUTCOMES, s.outcome)} op ${datum(s.closedOn)}`]);
  return factList(items);
}

/** The proposal per creditor: claim, offer, percentage, stage and its term. */
export function proposalTable(s: OplossingStatus): Html {
  return html`<div class="tabelvak">
    <table>
      <caption class="vh">
        Voorstel per schuldeiser
      </caption>
      <thead>
        <tr>
          <th scope="col">Schuldeiser</th>
          <th scope="col" class="getal">Vordering</th>
          <th scope="col" class="getal">Aanbod</th>
          <th scope="col" class="getal">Percentage</th>
          <th scope="col">Stand</th>
          <th scope="col">Antwoord uiterlijk</th>
          <th scope="col" class="getal">Ontvangen</th>
        </tr>
      </thead>
      <tbody>
        ${s.creditors.map(
          (c) =>
            html`<tr>
              <td>
                ${c.name}${c.preferent ? html` ${badge('preferent', 'neutral')}` : ''}
                ${
                  c.rejections.length
                    ? html`<br /><span class="klein"
                          >Afgewezen:
                          ${c.rejections.map((r) => `${datum(r.on)} — ${r.reason}`).join('; ')}</span
                        >`
                    : ''
                }
              </td>
              <td class="getal nowrap">${euro(c.claimCents)}</td>
              <td class="getal nowrap">${euro(c.offerCents)}</td>
              <td class="getal nowrap">${percentage(c.percentageBasisPoints)}</td>
              <td>
                ${stage(c.stage)}
                ${
                  c.dwangakkoord?.hearingOn
                    ? html`<span class="klein"
                        >zitting
                        ${datum(c.dwangakkoord.hearingOn)}${c.dwangakkoord.rulingDueBy ? `, uitspraak uiterlijk ${datum(c.dwangakkoord.rulingDueBy)}` : ''}</span
                      >`
                    : ''
                }
                ${
                  c.kwijting
                    ? c.kwijting.grantedOn
                      ? badge(`kwijting ${datum(c.kwijting.grantedOn)}`, 'ok')
                      : badge(`kwijting gevraagd, uiterlijk ${datum(c.kwijting.answerBefore)}`, 'info')
                    : ''
                }
              </td>
              <td>${datum(c.answerDeadline) || '—'}</td>
              <td class="getal nowrap">${euro(c.paidCents)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

export function borgstellingBlock(s: OplossingStatus): Html {
  const b = s.borgstelling;
  if (!b) return html``;
  const decision = b.decidedOn
    ? html`${b.granted ? badge('Verleend', 'ok') : badge('Geweigerd', 'alarm')} op ${datum(b.decidedOn)}
      (${b.automatic ? 'automatisch, tot € 5.000' : `kenmerk ${b.by ?? '—'}`})`
    : html`${badge('Wacht op besluit', 'warn')} uiterlijk ${datum(b.decisionBefore)}`;
  return html`<section aria-labelledby="h-borgstelling" class="blok">
    <h3 id="h-borgstelling">Borgstelling waarborgfonds</h3>
    <p>
      Lening ${euro(b.loanCents)}, premie ${euro(b.premiumCents)}; aangevraagd op ${datum(b.requestedOn)}.
      ${decision}${b.endedOn ? `; beëindigd op ${datum(b.endedOn)} (afgelost)` : ''}${
        b.uitbetaling ? `; uitbetaling ${euro(b.uitbetaling.amountCents)} op ${datum(b.uitbetaling.on)}` : ''
      }
    </p>
  </section>`;
}

export function looptijdBlock(s: OplossingStatus): Html {
  const l = s.looptijd;
  if (!l) return html``;
  return html`<section aria-labelledby="h-looptijd">
    <h3 id="h-looptijd">Looptijd en betalingen</h3>
    ${factList([
      ['Looptijd', `${datum(l.startDate)} t/m ${datum(l.endDate)}`],
      ['Betaald', `${euro(l.paidCents)} van ${euro(l.totalCents)}`],
      ['Achterstand', s.arrearsCents ? html`${badge(euro(s.arrearsCents), 'alarm')}` : 'Geen'],
      [
        'Volgende termijn',
        s.nextDuePayment
          ? `${s.nextDuePayment.number}: ${euro(s.nextDuePayment.amountCents)} op ${datum(s.nextDuePayment.dueDate)}`
          : '—',
      ],
    ])}
    ${
      l.payments.length
        ? html`<div class="tabelvak">
            <table>
              <caption class="vh">
                Ontvangen betalingen
              </caption>
              <thead>
                <tr>
                  <th scope="col">Datum</th>
                  <th scope="col" class="getal">Bedrag</th>
                </tr>
              </thead>
              <tbody>
                ${l.payments.map(
                  (p) =>
                    html`<tr>
                      <td>${datum(p.date)}</td>
                      <td class="getal">${euro(p.amountCents)}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : html`<p>Nog geen betalingen ontvangen.</p>`
    }
  </section>`;
}

export function oplossingDeadlines(s: OplossingStatus): Html {
  if (!s.deadlines.length) return html``;
  return html`<section aria-labelledby="h-oplossing-termijnen">
    <h3 id="h-oplossing-termijnen">Termijnen schuldregeling</h3>
    <ul>
      ${s.deadlines.map((d) => {
        const state = DEADLINE_STATES[d.state] ?? { label: d.state, tone: 'neutral' };
        return html`<li>
          ${label(DEADLINE_KINDS, d.kind)} uiterlijk ${datum(d.deadline)} (${d.source})
          ${badge(state.label, state.tone)}
        </li>`;
      })}
    </ul>
  </section>`;
}

/** The section on the case page: the essentials and the way to the schuldregeling page. */
export function oplossingSection(s: OplossingStatus | undefined, href: string, canAct: boolean): Html {
  if (!s) return html``;
  return html`<section aria-labelledby="h-oplossing" class="blok" id="oplossing">
    <h2 id="h-oplossing">Schuldregeling</h2>
    ${oplossingFacts(s)} ${s.proposal ? proposalTable(s) : ''} ${borgstellingBlock(s)} ${looptijdBlock(s)}
    <p>
      <a href="${href}"
        >${canAct && s.phase !== 'afgesloten' ? 'Naar de schuldregeling: acties en tijdlijn' : 'Naar de schuldregeling'}</a
      >
    </p>
  </section>`;
}

/** The letters of the schuldregeling, downloadable through the case's letter route. */
export function oplossingLetters(s: OplossingStatus, consoleBase: string): Html {
  return letterTable({
    headingId: 'h-oplossing-brieven',
    heading: 'Brieven schuldregeling',
    caseId: s.caseId,
    letters: s.letters,
    creditors: s.creditors,
    consoleBase,
  });
}
