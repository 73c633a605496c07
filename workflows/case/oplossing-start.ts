import type { CivilDate } from '../../domain/civil-date';
import type { Policy } from '../../domain/policy';
import type { Aanmelding } from '../../domain/records';
import type { OplossingCreditor, OplossingInput } from '../oplossing/input';
import type { CaseState } from './state';

/** The oplossing's creditors from what stabilisatie established: every creditor not removed. Pure. */
export function oplossingCreditorsOf(state: CaseState): OplossingCreditor[] {
  return state.creditors.flatMap((creditor) => {
    const summary = state.status.creditors.find((c) => c.creditorId === creditor.id);
    if (!summary || summary.removed) return [];
    const claims = state.claims.filter((c) => c.creditorId === creditor.id);
    return [
      {
        creditor,
        claimAmount: summary.claimAmount ?? claims.reduce((sum, c) => sum + c.amount, 0),
        preferent: claims.some((c) => c.preferent),
        voorafAkkoord: summary.answer === 'vooraf-akkoord',
        geenMedewerking: summary.answer === 'geen-medewerking',
        reference: claims[0]?.reference,
      },
    ];
  });
}

/** The start input of the oplossing (workflow id `${caseId}/oplossing`). */
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
    creditors: oplossingCreditorsOf(state),
    policy,
    startedOn,
  };
}
