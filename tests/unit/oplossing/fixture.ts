import type { CivilDate } from '../../../domain/civil-date';
import { parseCivilDate as d } from '../../../domain/civil-date';
import { resolvePolicy } from '../../../domain/policy';
import type { OplossingContext } from '../../../workflows/oplossing/effects';
import type { OplossingInput } from '../../../workflows/oplossing/input';
import { debtorOf } from '../../../workflows/shared/recipients';
import { exampleAanmelding } from '../../support/aanmelding';

/** A hand-built oplossing input and context for the pure modules' tests (no server). */
export function oplossingInput(
  creditors: { id: string; claim: number; type?: 'cjib' | 'overig' | 'bank'; preferentCents?: number }[],
): OplossingInput {
  const a = exampleAanmelding();
  const template = a.creditors[1]!;
  return {
    caseId: 'case-GM0599-UNIT-1',
    caseReference: 'GM0599-UNIT-1',
    gemeente: 'GM0599',
    officerId: 'medewerker-001',
    resident: a.resident,
    creditors: creditors.map((c) => ({
      creditor: { ...template, id: c.id, name: `Schuldeiser ${c.id}`, type: c.type ?? 'overig' },
      claimAmount: c.claim,
      preferent: (c.preferentCents ?? 0) > 0,
      ...(c.preferentCents !== undefined ? { preferentCents: c.preferentCents } : {}),
      voorafAkkoord: false,
      geenMedewerking: false,
    })),
    policy: resolvePolicy({}),
    startedOn: d('2027-03-01'),
  };
}

export function contextFor(input: OplossingInput, today: CivilDate): OplossingContext {
  return { input, policy: input.policy, today, debtor: debtorOf(input.resident), patched: () => true };
}
