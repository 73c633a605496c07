import type { CivilDate } from '../../domain/civil-date';
import type { Policy } from '../../domain/policy';
import type { Aanmelding } from '../../domain/records';
import { oplossingCreditorsFrom } from '../oplossing/from-case';
import type { OplossingInput } from '../oplossing/input';
import type { CaseState } from './state';

/**
 * The start input of the oplossing (workflow id `${caseId}/oplossing`) from what stabilisatie established. The
 * creditors (preference per claim, the day of each vooraf akkoord) are the oplossing's own rule
 * (oplossingCreditorsFrom); the admission date is the beschikking toelating (collectief schuldregelen). Pure.
 */
export function oplossingInputOf(
  state: CaseState,
  aanmelding: Aanmelding,
  policy: Policy,
  startedOn: CivilDate,
): OplossingInput {
  const { status } = state;
  return {
    caseId: status.caseId,
    caseReference: status.caseReference,
    gemeente: status.gemeente,
    officerId: status.officerId,
    resident: aanmelding.resident,
    creditors: oplossingCreditorsFrom({
      creditors: state.creditors,
      claims: state.claims,
      summaries: status.creditors,
      timeline: state.timeline,
    }),
    policy,
    startedOn,
    ...(state.helpStartedOn ? { admissionDate: state.helpStartedOn } : {}),
  };
}
