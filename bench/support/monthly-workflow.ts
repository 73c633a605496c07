import { condition, defineSignal, setHandler, sleep } from '@temporalio/workflow';

/**
 * The baseline of the lifecycle benchmark: a workflow that waits out `months` monthly timers and, like the
 * looptijd, receives one payment signal per month. What 18 months on the time-skipping server cost at least.
 */
export const monthlyPaymentSignal = defineSignal('monthly-payment');
export const MONTH_MS = 30 * 86_400_000;

export async function monthlyTimersWorkflow(months: number): Promise<number> {
  let paid = 0;
  setHandler(monthlyPaymentSignal, () => void paid++);
  for (let month = 1; month <= months; month++) {
    await sleep(MONTH_MS);
    await condition(() => paid >= month);
  }
  return paid;
}
