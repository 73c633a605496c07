import type { CivilDate } from '../../domain/civil-date';
import { nextDeadline } from './agenda';
import type { CaseStatus } from './messages';
import { activeCreditors } from './state';
import type { WaitingOn } from './types';

/** The search attribute values of a case: ids, phases, dates and flags only, never personal data. Pure. */
export interface CaseAttributes {
  phase: string;
  gemeente: string;
  officer: string;
  crisis: boolean;
  waitingOn: WaitingOn;
  breached: boolean;
  next: CivilDate | null;
  noodstop: boolean;
  creditors: number;
  progressAt?: string;
}

/** From a derived status (deriveCaseStatus ran); `progressAt` only for runs that track progress. */
export function caseAttributesOf(status: CaseStatus, progressAt: string | undefined): CaseAttributes {
  return {
    phase: status.phase,
    gemeente: status.gemeente,
    officer: status.officerId,
    crisis: status.crisis,
    waitingOn: status.waitingOn,
    breached: status.deadlines.some((d) => d.state === 'breached'),
    next: nextDeadline(status) ?? null,
    noodstop: status.noodstop?.active ?? false,
    creditors: activeCreditors(status).length,
    progressAt,
  };
}
