import { compareCivilDates, type CivilDate } from '../../domain/civil-date';
import { creditorCanGrantFinaleKwijting } from '../../domain/records';
import { schuldregelingDeadline } from '../../domain/terms';
import type { WaitingOn } from '../shared/types';
import { preferentPartOf } from './from-case';
import type { OplossingInput } from './input';
import { AWAITING_ANSWER, ON_ANSWER_TERM } from './stages';
import type { OplossingState, OplossingStatus } from './state';

/**
 * The first state of an oplossing, and the figures derived from the state (outstanding answers, arrears, the
 * next payment, who is awaited). Derived in this one place. Pure: no Temporal import.
 */
export function initialState(input: OplossingInput, oplossingId: string): OplossingState {
  const term = schuldregelingDeadline(input.startedOn, input.policy.schuldregelingDays);
  return {
    run: 1,
    runEvents: [],
    timeline: [],
    letterSequences: {},
    done: [],
    paymentSequence: 0,
    status: {
      caseId: input.caseId,
      oplossingId,
      caseReference: input.caseReference,
      gemeente: input.gemeente,
      officerId: input.officerId,
      phase: 'voorbereiding',
      waitingOn: 'officer',
      startedOn: input.startedOn,
      ...(input.admissionDate ? { admissionDate: input.admissionDate } : {}),
      deadlines: [{ kind: 'schuldregeling', deadline: term.deadline, source: term.source, state: 'open' }],
      creditors: input.creditors.map((c) => ({
        creditorId: c.creditor.id,
        name: c.creditor.name,
        type: c.creditor.type,
        claimCents: c.claimAmount,
        preferent: preferentPartOf(c) > 0,
        ...(c.preferentCents !== undefined ? { preferentCents: c.preferentCents } : {}),
        voorafAkkoord: c.voorafAkkoord,
        ...(c.voorafAkkoordOn ? { voorafAkkoordOn: c.voorafAkkoordOn } : {}),
        geenMedewerking: c.geenMedewerking,
        offerCents: 0,
        percentageBasisPoints: 0,
        stage: 'wacht-op-voorstel',
        rejections: [],
        paidCents: 0,
        // The record's own answer counts (an explicit false), and CJIB and DUO never grant it.
        grantsFinaleKwijting:
          c.creditor.grantsFinaleKwijting !== false && creditorCanGrantFinaleKwijting(c.creditor.type),
      })),
      answersOutstanding: 0,
      arrearsCents: 0,
      reviewsDone: 0,
      nazorgDone: 0,
      letters: [],
    },
  };
}

/** Recomputes the derived figures of `status` for `today`. */
export function refresh(status: OplossingStatus, today: CivilDate): void {
  status.answersOutstanding = status.creditors.filter((c) => AWAITING_ANSWER.includes(c.stage)).length;
  const lt = status.looptijd;
  if (lt) {
    let dueSoFar = 0;
    let cumulative = 0;
    let next: OplossingStatus['nextDuePayment'];
    for (const i of lt.instalments) {
      cumulative += i.amount;
      if (compareCivilDates(i.dueDate!, today) < 0) dueSoFar = cumulative;
      else if (!next && cumulative > lt.paidCents)
        next = {
          number: i.number,
          dueDate: i.dueDate!,
          amountCents: Math.min(i.amount, cumulative - lt.paidCents),
        };
    }
    status.arrearsCents = Math.max(0, dueSoFar - lt.paidCents);
    status.nextDuePayment = next;
  }
  status.waitingOn = waitingOnOf(status);
}

export function waitingOnOf(status: OplossingStatus): WaitingOn {
  switch (status.phase) {
    case 'betaalvoorstel':
      return status.creditors.some((c) => ON_ANSWER_TERM.includes(c.stage)) ? 'creditor' : 'officer';
    case 'borgstelling':
      return status.awaitingOfficerChoice ? 'officer' : 'none';
    case 'looptijd':
      return status.arrearsCents > 0 ? 'officer' : 'resident';
    case 'finale-kwijting':
      return 'creditor';
    case 'afgesloten':
      return 'none';
    default:
      return 'officer';
  }
}
