import type { z } from 'zod';
import type { caseStatusResponse } from '../api/schemas';
import type { residentResponse } from '../api/officer/resident-routes';
import { ANSWERS, datum, euro, label, PHASES, TRACK_PHASES, WAITING_ON } from './format';
import { factList } from './fact-list';
import { html, type Html } from './html';
import { badge, csrfField } from './layout';

/** The parts of the case page: headline facts, the resident, pauses, creditors. */

export type CaseStatus = z.output<typeof caseStatusResponse>;
export type ResidentView = z.output<typeof residentResponse>;

export function caseFacts(
  s: CaseStatus,
  gemeente: string,
  next: { what: string; deadline: string } | undefined,
): Html {
  const facts: [string, Html | string][] = [
    ['Fase', html`<strong>${label(PHASES, s.phase)}</strong>`],
    [
      'Volgende termijn',
      // Only the first letter: a creditor's name in it keeps its capitals.
      next
        ? `${datum(next.deadline)} (${next.what.charAt(0).toLowerCase()}${next.what.slice(1)})`
        : 'Geen lopende termijn',
    ],
    ['Wacht op', label(WAITING_ON, s.waitingOn)],
    ['Gemeente', gemeente],
    ['Medewerker', s.officerId],
    ['Datum aanmelding', datum(s.requestDate)],
  ];
  if (s.crisis) facts.push(['Bedreigende situatie', badge('Ja: eerste gesprek binnen 3 werkdagen', 'alarm')]);
  if (s.eersteGesprekPlanned) {
    const p = s.eersteGesprekPlanned;
    facts.push(['Eerste gesprek gepland', `${datum(p.date)} om ${p.time}, ${p.location}`]);
  }
  if (s.eersteGesprekOn) facts.push(['Eerste gesprek gehouden', datum(s.eersteGesprekOn)]);
  if (s.beschikking) {
    facts.push([
      'Beschikking',
      `${s.beschikking.decision === 'toelating' ? 'Toelating' : 'Afwijzing'} op ${datum(s.beschikking.on)}`,
    ]);
  }
  if (s.closedReason) facts.push(['Afgesloten', s.closedReason]);
  return factList(facts);
}

/** Who the resident is; the BSN masked, with a button that shows it (the API logs who asked). */
export function residentSection(
  r: ResidentView | undefined,
  o: { revealAction: string; csrf: string; revealedBsn?: string },
): Html {
  if (!r)
    return html`<section aria-labelledby="h-inwoner">
      <h2 id="h-inwoner">Inwoner</h2>
      <p>De gegevens van de inwoner zijn nu niet te laden.</p>
    </section>`;
  const a = r.address;
  const street = `${a.street} ${a.houseNumber}${a.houseNumberAddition ? ` ${a.houseNumberAddition}` : ''}`;
  const bsn = o.revealedBsn
    ? html`<span class="bsn">${o.revealedBsn}</span>
        <span class="klein">(getoond op uw verzoek; dit is vastgelegd)</span>`
    : html`<span class="bsn">${r.bsnMasked}</span>
        <form method="post" action="${o.revealAction}" class="inline">
          ${csrfField(o.csrf)}
          <button type="submit" class="utrecht-button utrecht-button--subtle">
            BSN tonen<span class="vh"> van ${r.fullName}</span>
          </button>
        </form>`;
  return html`<section aria-labelledby="h-inwoner" class="blok">
    <h2 id="h-inwoner">Inwoner: ${r.fullName}</h2>
    ${factList([
      ['Naam', r.fullName],
      ['BSN', bsn],
      ['Geboortedatum', datum(r.dateOfBirth)],
      ['Adres', html`${street}<br />${a.postcode} ${a.city}`],
      ['E-mail', r.contact.email ?? 'Niet bekend'],
      ['Telefoon', r.contact.phone ?? 'Niet bekend'],
    ])}
  </section>`;
}

export function noodstopSection(s: CaseStatus): Html {
  if (!s.noodstop) return html``;
  const n = s.noodstop;
  return html`<section aria-labelledby="h-noodstop" class="blok ${n.active ? 'blok--let-op' : ''}">
    <h2 id="h-noodstop">Noodstop</h2>
    <p>
      ${n.active ? badge('Actief', 'warn') : badge('Niet actief', 'neutral')} Ingezet op ${datum(n.pulledOn)},
      loopt tot
      ${datum(n.endDate)}${n.extended ? ' (verlengd bij toelating)' : ''}${n.liftedOn ? `, opgeheven op ${datum(n.liftedOn)}` : ''}.
    </p>
    <p>Reden: ${n.reason}</p>
  </section>`;
}

export function moratoriumSection(s: CaseStatus): Html {
  if (!s.moratorium) return html``;
  const m = s.moratorium;
  return html`<section aria-labelledby="h-moratorium" class="blok">
    <h2 id="h-moratorium">Moratorium (Wgs art. 5)</h2>
    <p>
      Aangevraagd op
      ${datum(m.requestedOn)}.${
        m.decidedOn
          ? ` Uitspraak op ${datum(m.decidedOn)}: ${m.granted ? 'toegewezen' : 'afgewezen'}${m.endDate ? `, tot ${datum(m.endDate)}` : ''}.`
          : ' Nog geen uitspraak.'
      }
    </p>
  </section>`;
}

export function creditorsSection(s: CaseStatus): Html {
  return html`<section aria-labelledby="h-schuldeisers">
    <h2 id="h-schuldeisers">Schuldeisers</h2>
    ${
      s.creditors.length === 0
        ? html`<p>Nog geen schuldeisers.</p>`
        : html`<div class="tabelvak">
            <table class="utrecht-table">
              <thead class="utrecht-table__header">
                <tr class="utrecht-table__row">
                  <th scope="col" class="utrecht-table__header-cell">Schuldeiser</th>
                  <th scope="col" class="utrecht-table__header-cell">Stand</th>
                  <th scope="col" class="utrecht-table__header-cell">Antwoord</th>
                  <th scope="col" class="utrecht-table__header-cell getal">Vordering</th>
                  <th scope="col" class="utrecht-table__header-cell">Antwoord uiterlijk</th>
                  <th scope="col" class="utrecht-table__header-cell">Pauze tot</th>
                </tr>
              </thead>
              <tbody class="utrecht-table__body">
                ${s.creditors.map((c) => {
                  const phase = TRACK_PHASES[c.phase] ?? { label: c.phase, tone: 'neutral' };
                  return html`<tr class="utrecht-table__row${c.removed ? ' doorgestreept' : ''}">
                    <td class="utrecht-table__cell">${c.name}${c.removed ? ' — verwijderd' : ''}</td>
                    <td class="utrecht-table__cell">
                      ${badge(phase.label, phase.tone)}
                      ${c.collectionBreaches ? badge(`${c.collectionBreaches}× incasso ondanks pauze`, 'alarm') : ''}
                    </td>
                    <td class="utrecht-table__cell">${label(ANSWERS, c.answer) || '—'}</td>
                    <td class="utrecht-table__cell getal">${euro(c.claimAmount) || '—'}</td>
                    <td class="utrecht-table__cell">${datum(c.answerDeadline) || '—'}</td>
                    <td class="utrecht-table__cell">
                      ${datum(c.pauseEnd) || '—'}${c.pauseConfirmed ? html` ${badge('bevestigd', 'ok')}` : ''}
                    </td>
                  </tr>`;
                })}
              </tbody>
            </table>
          </div>`
    }
  </section>`;
}
