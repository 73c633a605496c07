import type { CivilDate } from '../../domain/civil-date';
import type { Cents } from '../../domain/money';
import type { Policy } from '../../domain/policy';
import type { Creditor, Resident } from '../../domain/records';

/**
 * The boundary between the case (aanmelding → stabilisatie) and the oplossing (proposal → looptijd → finale
 * kwijting → nazorg). The case starts one oplossing workflow, id `${caseId}/oplossing`, when the officer
 * records "stabilisatie complete", and closes when it returns. Personal data: encrypted payloads only.
 */
export interface OplossingCreditor {
  creditor: Creditor;
  /** The claim as established in stabilisatie (saldo-opgave or recorded by the officer). */
  claimAmount: Cents;
  /** Inputs before per-claim preference: the whole claim is preferent. Now: some part of it is. */
  preferent: boolean;
  /**
   * The preferent part of claimAmount (Fw art. 349 lid 2–3: preference belongs to a claim, so one creditor can
   * hold a preferent and a concurrent part). Absent (older inputs): all of it when `preferent`, else nothing.
   */
  preferentCents?: Cents;
  /** Answered "vooraf akkoord" to the saldoverzoek (collectief schuldregelen with a saneringskrediet). */
  voorafAkkoord: boolean;
  /** Day of that "vooraf akkoord" answer (printed in the betaalvoorstel-collectief letter). */
  voorafAkkoordOn?: CivilDate;
  /** Answered "geen medewerking": still gets a proposal, and may need a dwangakkoord. */
  geenMedewerking: boolean;
  reference?: string;
}

export interface OplossingInput {
  caseId: string;
  caseReference: string;
  gemeente: string;
  officerId: string;
  resident: Resident;
  creditors: OplossingCreditor[];
  policy: Policy;
  /** Day stabilisatie was completed: the 120-day schuldregeling term (NVVK) starts the day after. */
  startedOn: CivilDate;
  /** Date of the beschikking toelating (collectief schuldregelen; absent in older inputs). */
  admissionDate?: CivilDate;
}

export type OplossingOutcome =
  /** Looptijd completed, finale kwijting asked, nazorg done. */
  | 'afgerond'
  /** Ended early by the officer (beëindigingsbeschikking). */
  | 'beeindigd'
  /** No minnelijke regeling: Wsnp-verklaring issued. */
  | 'wsnp';

export interface OplossingResult {
  outcome: OplossingOutcome;
  closedOn: CivilDate;
}

const OPLOSSING_SUFFIX = '/oplossing';

export function oplossingIdOf(caseId: string): string {
  return `${caseId}${OPLOSSING_SUFFIX}`;
}

/** The case an oplossing belongs to; undefined for any other workflow id. */
export function caseIdOfOplossingId(workflowId: string): string | undefined {
  return workflowId.endsWith(OPLOSSING_SUFFIX) ? workflowId.slice(0, -OPLOSSING_SUFFIX.length) : undefined;
}
