import { getExternalWorkflowHandle, proxyActivities } from '@temporalio/workflow';
import type { Activities } from '../../activities';
import type { Recipient } from '../../activities/letters/schemas';
import type { CivilDate } from '../../domain/civil-date';
import { waarborgfondsSettings, type Policy } from '../../domain/policy';
import { notify } from '../shared/activities';
import type { LetterBook } from '../shared/letter-book';
import { creditorRecipient, residentRecipient } from '../shared/recipients';
import type { Effect, LetterTo } from './effects';
import type { OplossingInput } from './input';
import { schuldregelingAgreedSignal } from './messages';
import type { OplossingStatus } from './state';

const { recordPaymentInstruction } = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: {
    initialInterval: '5 seconds',
    backoffCoefficient: 2,
    maximumInterval: '10 minutes',
    maximumAttempts: 200,
  },
});

export interface EffectRunnerDeps {
  input: OplossingInput;
  policy: Policy;
  status: OplossingStatus;
  letters: LetterBook;
  oplossingId: string;
  record: (by: string, action: string, detail?: string) => void;
}

/**
 * Runs one effect of the oplossing (queued by the shell, one at a time): a letter, an alert, a payment
 * instruction or the signal to the case. Ids derive from the oplossing, so a retry or replay never doubles one.
 */
export function effectRunner(deps: EffectRunnerDeps) {
  const { input, policy, status, letters, oplossingId, record } = deps;
  const recipient = (to: LetterTo): Recipient => {
    if (to.to === 'resident') return residentRecipient(input.resident, input.caseReference);
    if (to.to === 'waarborgfonds') {
      const { name, attention, ...address } = waarborgfondsSettings(policy).adres;
      return { type: 'waarborgfonds', name, ...(attention ? { attention } : {}), address };
    }
    const c = input.creditors.find((x) => x.creditor.id === to.creditorId)!;
    return creditorRecipient(c.creditor, c.reference);
  };
  return async function run(e: Exclude<Effect, { kind: 'timeline' }>): Promise<void> {
    if (e.kind === 'letter') await letters.send(e.letter, recipient(e.to), e.on, e.data);
    else if (e.kind === 'alert')
      await notify({
        id: `${oplossingId}/${e.key}`,
        audience: e.audience,
        kind: e.alert,
        caseId: input.caseId,
        gemeente: status.gemeente,
        officerId: status.officerId,
        message: e.message,
        ...(e.deadline ? { deadline: e.deadline } : {}),
      });
    else if (e.kind === 'payment')
      await recordPaymentInstruction({
        id: `${oplossingId}/${e.key}`,
        caseId: input.caseId,
        kind: e.payment,
        date: e.date,
        lines: e.lines,
      });
    else await signalCase(e.on);
  };
  async function signalCase(on: CivilDate): Promise<void> {
    try {
      await getExternalWorkflowHandle(input.caseId).signal(schuldregelingAgreedSignal, { on });
      status.caseSignalled = true;
    } catch (error) {
      status.caseSignalled = false;
      record(
        'system',
        'zaak niet bereikt met "schuldregeling akkoord"',
        error instanceof Error ? error.message : String(error),
      );
    }
  }
}
