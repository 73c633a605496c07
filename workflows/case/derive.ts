import type { CaseStatus } from './messages';
import { noodstopHolds } from './noodstop';
import { waitingOnOf } from './state';

/**
 * The derived fields of a case status, written in this one place from the facts, after every change:
 * whom the case waits on, and whether the noodstop is active (pulled and not ended: lifted, expired, the
 * schuldregeling agreed or the case closed). Status query, Update results and search attributes read these.
 */
export function deriveCaseStatus(status: CaseStatus): void {
  if (status.noodstop) status.noodstop.active = noodstopHolds(status.noodstop);
  status.waitingOn = waitingOnOf(status);
}
