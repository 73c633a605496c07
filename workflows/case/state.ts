import type { CivilDate } from '../../domain/civil-date';
import type { Aanmelding, Claim, Creditor } from '../../domain/records';
import type { CaseStatus } from './messages';
import type { CreditorSummary, TimelineEntry, WaitingOn } from './types';

/**
 * Everything a case run knows, carried whole into the next run on continue-as-new.
 * Holds personal data (creditors, claims): it travels only inside encrypted payloads.
 */
export interface CaseState {
  status: CaseStatus;
  timeline: TimelineEntry[];
  creditors: Creditor[];
  claims: Claim[];
  letterSequences: Record<string, number>;
  /** Day the help started (beschikking toelating): the noodstop's extension counts from here. */
  helpStartedOn?: CivilDate;
  /** Runs of this case so far (1 = the first), for the timeline and tests. */
  run: number;
  /** ISO instant (workflow time) of the last business event: officer action, creditor answer, phase change. */
  progressAt?: string;
}

export function initialCaseState(caseId: string, caseReference: string, aanmelding: Aanmelding): CaseState {
  return {
    run: 1,
    timeline: [],
    creditors: aanmelding.creditors,
    claims: aanmelding.claims,
    letterSequences: {},
    status: {
      caseId,
      caseReference,
      gemeente: aanmelding.gemeenteCode,
      officerId: aanmelding.officerId,
      phase: 'aanmelding',
      crisis: aanmelding.crisisSituation !== undefined,
      requestDate: aanmelding.requestDate,
      waitingOn: 'officer',
      deadlines: [],
      creditors: aanmelding.creditors.map((creditor) => initialSummary(creditor, aanmelding.claims)),
      letters: [],
    },
  };
}

export function initialSummary(creditor: Creditor, claims: Claim[]): CreditorSummary {
  const own = claims.filter((c) => c.creditorId === creditor.id);
  return {
    creditorId: creditor.id,
    name: creditor.name,
    phase: 'wacht-op-stabilisatie',
    claimAmount: own.length ? own.reduce((sum, c) => sum + c.amount, 0) : undefined,
    pauseConfirmed: false,
    collectionBreaches: 0,
    removed: false,
  };
}

export function activeCreditors(status: CaseStatus): CreditorSummary[] {
  return status.creditors.filter((c) => !c.removed);
}

/** Who the case waits on now: what supervisors filter on. */
export function waitingOnOf(status: CaseStatus): WaitingOn {
  switch (status.phase) {
    case 'aanmelding':
    case 'beschikking':
      return 'officer';
    case 'oplossing':
      // The oplossing derives whom it waits on; the case shows the same (until it first reports: the officer).
      return status.oplossingWaitingOn ?? 'officer';
    case 'stabilisatie':
      return activeCreditors(status).some((c) => c.phase === 'wacht-op-antwoord' || c.phase === 'herinnerd')
        ? 'creditor'
        : 'officer';
    default:
      return 'none';
  }
}
