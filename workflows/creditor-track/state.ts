/**
 * The state one creditor track keeps, its start input and the summary it reports to the case. Pure: no
 * Temporal import, so the rules beside the workflow are unit-tested without a server.
 */
import type { CivilDate } from '../../domain/civil-date';
import type { Policy } from '../../domain/policy';
import type { Claim, Creditor } from '../../domain/records';
import type { CreditorSummary } from './types';
import type { Debtor } from '../shared/recipients';
import type { CreditorTrackStatus, TrackClosed } from './messages';

/** Start input of a creditor track. Personal data (the debtor) travels encrypted, like all payloads. */
export interface CreditorTrackInput {
  caseId: string;
  caseReference: string;
  gemeente: string;
  officerId: string;
  creditor: Creditor;
  claims: Claim[];
  debtor: Debtor;
  policy: Policy;
  /** Set when the case is already in stabilisatie as the track starts (a creditor added later). */
  stabilisatieStartedOn?: CivilDate;
  carried?: CreditorTrackState;
}

export interface CreditorTrackState {
  status: CreditorTrackStatus;
  stabilisatieStartedOn?: CivilDate;
  closed?: TrackClosed;
  letterSequences: Record<string, number>;
  creditor: Creditor;
}

export function initialTrackState(input: CreditorTrackInput): CreditorTrackState {
  return (
    input.carried ?? {
      creditor: input.creditor,
      stabilisatieStartedOn: input.stabilisatieStartedOn,
      letterSequences: {},
      status: {
        caseId: input.caseId,
        creditorId: input.creditor.id,
        name: input.creditor.name,
        phase: 'wacht-op-stabilisatie',
        claims: input.claims,
        claimAmount: input.claims.length ? input.claims.reduce((sum, c) => sum + c.amount, 0) : undefined,
        pauseConfirmed: false,
        collectionBreaches: 0,
        removed: false,
        letters: [],
      },
    }
  );
}

/** What the case keeps of a track: the summary fields only, never the claims, letters or saldo details. */
export function summaryOf(status: CreditorTrackStatus): CreditorSummary {
  const summary: CreditorSummary = {
    creditorId: status.creditorId,
    name: status.name,
    phase: status.phase,
    pauseConfirmed: status.pauseConfirmed,
    collectionBreaches: status.collectionBreaches,
    removed: status.removed,
  };
  if (status.answer !== undefined) summary.answer = status.answer;
  if (status.claimAmount !== undefined) summary.claimAmount = status.claimAmount;
  if (status.answerDeadline !== undefined) summary.answerDeadline = status.answerDeadline;
  if (status.pauseEnd !== undefined) summary.pauseEnd = status.pauseEnd;
  return summary;
}
