import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

/**
 * Search attributes of a case: ids, phases, dates and flags only — never personal data.
 * Registered from caseSearchAttributeKeys by the dev-server start (scripts/lib/dev-server.ts) and the test
 * servers (scripts/lib/search-attribute-registry.ts), and by production compose (docker-compose.yml, tested).
 */
export const CasePhase = defineSearchAttributeKey('CasePhase', SearchAttributeType.KEYWORD);
export const NextDeadline = defineSearchAttributeKey('NextDeadline', SearchAttributeType.DATETIME);
export const DeadlineBreached = defineSearchAttributeKey('DeadlineBreached', SearchAttributeType.BOOL);
export const Gemeente = defineSearchAttributeKey('Gemeente', SearchAttributeType.KEYWORD);
export const OfficerId = defineSearchAttributeKey('OfficerId', SearchAttributeType.KEYWORD);
export const Crisis = defineSearchAttributeKey('Crisis', SearchAttributeType.BOOL);
export const WaitingOn = defineSearchAttributeKey('WaitingOn', SearchAttributeType.KEYWORD);
export const NoodstopActive = defineSearchAttributeKey('NoodstopActive', SearchAttributeType.BOOL);
export const CreditorCount = defineSearchAttributeKey('CreditorCount', SearchAttributeType.INT);
/**
 * When the last business event happened (officer action, creditor answer, phase change) — not timers or
 * reminders. Set by the case and by the oplossing (behind patched('last-progress')); the supervisor view
 * flags running cases without progress for N days.
 */
export const LastProgressAt = defineSearchAttributeKey('LastProgressAt', SearchAttributeType.DATETIME);

export const caseSearchAttributeKeys = [
  CasePhase,
  NextDeadline,
  DeadlineBreached,
  Gemeente,
  OfficerId,
  Crisis,
  WaitingOn,
  NoodstopActive,
  CreditorCount,
  LastProgressAt,
] as const;
