import type { z } from 'zod';
import type { caseStatusResponse } from '../api/schemas';
import { bezwaarDeadline } from '../domain/terms';
import type { CivilDate } from '../domain/civil-date';
import { datum, DEADLINE_KINDS, DEADLINE_STATES, label } from './format';
import { html, type Html } from './html';
import { badge } from './layout';
import { sourceLinks } from './law-links';

/**
 * Every term of a case in one table: the case's own (eerste gesprek, beschikking, noodstop, ...), the bezwaartermijn
 * of the beschikking, each creditor's answer term and each collection pause's end, each with its source.
 */

type CaseStatus = z.output<typeof caseStatusResponse>;

export interface TermRow {
  what: string;
  deadline: string;
  source: string;
  state: { label: string; tone: string };
  extra?: string;
}

const PASSED = { label: 'Verstreken', tone: 'neutral' };
const RUNNING = { label: 'Loopt', tone: 'info' };
const WAITING_FOR_ANSWER = new Set(['wacht-op-antwoord', 'herinnerd', 'geescaleerd']);

export function termRows(s: CaseStatus, today: string): TermRow[] {
  const rows: TermRow[] = s.deadlines.map((d) => ({
    what: label(DEADLINE_KINDS, d.kind),
    deadline: d.deadline,
    source: d.source,
    state: DEADLINE_STATES[d.state] ?? { label: d.state, tone: 'neutral' },
    extra: d.metOn
      ? `gehaald op ${datum(d.metOn)}`
      : d.breachedOn
        ? `overschreden op ${datum(d.breachedOn)}`
        : d.remindedOn
          ? `herinnering op ${datum(d.remindedOn)}`
          : undefined,
  }));
  if (s.beschikking) {
    // The term starts the day after the beschikking is sent (Awb art. 6:8); the letter's day, else the decision's.
    const letter = s.letters.find((l) => l.kind === `beschikking-${s.beschikking!.decision}`);
    const term = bezwaarDeadline((letter?.on ?? s.beschikking.on) as CivilDate);
    rows.push({
      what: 'Bezwaar tegen de beschikking',
      deadline: term.deadline,
      source: term.source,
      state: term.deadline >= today ? RUNNING : PASSED,
      extra: `verstuurd op ${datum(letter?.on ?? s.beschikking.on)}`,
    });
  }
  for (const c of s.creditors.filter((x) => !x.removed)) {
    if (c.answerDeadline) {
      const waiting = WAITING_FOR_ANSWER.has(c.phase) && !c.answer;
      rows.push({
        what: `Antwoord ${c.name} op het saldoverzoek`,
        deadline: c.answerDeadline,
        source: 'Procesafspraak Schuldenknooppunt: 10 werkdagen (geen wettelijke termijn)',
        state: c.answer
          ? { label: 'Beantwoord', tone: 'ok' }
          : waiting
            ? c.answerDeadline < today
              ? { label: 'Overschreden', tone: 'alarm' }
              : RUNNING
            : PASSED,
      });
    }
    if (c.pauseEnd) {
      rows.push({
        what: `Incassopauze ${c.name}`,
        deadline: c.pauseEnd,
        source: 'NVVK-convenant: 4 of 8 maanden na de kennisgeving',
        state: c.pauseEnd >= today ? RUNNING : PASSED,
        extra: c.pauseConfirmed ? 'bevestigd door de schuldeiser' : 'nog niet bevestigd',
      });
    }
  }
  return rows.sort((a, b) => a.deadline.localeCompare(b.deadline));
}

/** The earliest term that still runs: what "Volgende termijn" shows, creditor answers included. */
export function nextTerm(s: CaseStatus, today: string): TermRow | undefined {
  return termRows(s, today).find(
    (r) => r.state === RUNNING || r.state.label === 'Loopt' || r.state.label === 'Overschreden',
  );
}

export function termsSection(s: CaseStatus, today: string): Html {
  const rows = termRows(s, today);
  return html`<section aria-labelledby="h-termijnen">
    <h2 id="h-termijnen">Termijnen</h2>
    ${
      rows.length === 0
        ? html`<p>Geen termijnen.</p>`
        : html`<div class="tabelvak">
            <table class="utrecht-table">
              <caption class="vh">
                Termijnen van de zaak, vroegste eerst
              </caption>
              <thead class="utrecht-table__header">
                <tr class="utrecht-table__row">
                  <th scope="col" class="utrecht-table__header-cell">Termijn</th>
                  <th scope="col" class="utrecht-table__header-cell">Uiterlijk</th>
                  <th scope="col" class="utrecht-table__header-cell">Bron</th>
                  <th scope="col" class="utrecht-table__header-cell">Stand</th>
                </tr>
              </thead>
              <tbody class="utrecht-table__body">
                ${rows.map(
                  (r) =>
                    html`<tr class="utrecht-table__row">
                      <td class="utrecht-table__cell">${r.what}</td>
                      <td class="utrecht-table__cell nowrap">${datum(r.deadline)}</td>
                      <td class="utrecht-table__cell">${sourceLinks(r.source)}</td>
                      <td class="utrecht-table__cell">
                        ${badge(r.state.label, r.state.tone)}
                        ${r.extra ? html`<span class="klein">${r.extra}</span>` : ''}
                      </td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
    }
  </section>`;
}
