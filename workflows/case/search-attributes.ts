import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

/**
 * Search attributes of a case: ids, phases, dates and flags only — never personal data.
 * Registered by the dev-server start (scripts/lib/dev-server.ts) and by production compose.
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
] as const;
