import { condition, defineSignal, proxyActivities, setHandler, sleep } from '@temporalio/workflow';
import type { BenchActivities } from './activities';

/** The baseline: one timer, one signal, one activity — what any Temporal workflow costs at least. */
export const goSignal = defineSignal('go');
const { noop } = proxyActivities<BenchActivities>({ startToCloseTimeout: '10 seconds' });

export async function trivialWorkflow(): Promise<string> {
  let go = false;
  setHandler(goSignal, () => void (go = true));
  await sleep(10);
  await condition(() => go);
  return noop();
}
