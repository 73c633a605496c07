import type { SearchAttributeUpdatePair } from '@temporalio/common';
import { deadlineInstant } from '../../domain/amsterdam-time';
import type { CaseAttributes } from './attributes';
import {
  CasePhase,
  CreditorCount,
  Crisis,
  DeadlineBreached,
  Gemeente,
  LastProgressAt,
  NextDeadline,
  NoodstopActive,
  OfficerId,
  WaitingOn,
} from './search-attributes';

/** The typed search attribute updates for a case's attribute values (./attributes), in their fixed order. */
export function setCaseAttributes(a: CaseAttributes): SearchAttributeUpdatePair[] {
  return [
    { key: CasePhase, value: a.phase },
    { key: Gemeente, value: a.gemeente },
    { key: OfficerId, value: a.officer },
    { key: Crisis, value: a.crisis },
    { key: WaitingOn, value: a.waitingOn },
    { key: DeadlineBreached, value: a.breached },
    { key: NextDeadline, value: a.next ? new Date(deadlineInstant(a.next)) : null },
    { key: NoodstopActive, value: a.noodstop },
    { key: CreditorCount, value: a.creditors },
    ...(a.progressAt ? [{ key: LastProgressAt, value: new Date(a.progressAt) }] : []),
  ];
}
