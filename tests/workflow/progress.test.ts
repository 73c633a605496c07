import type { WorkflowHandle } from '@temporalio/client';
import { LastProgressAt } from '../../workflows/case/search-attributes';
import { CaseDriver, DAY } from '../support/case-driver';
import { OplossingDriver } from '../support/oplossing-driver';
import { terminateWhenQuiet, timeSkippingWorld } from '../support/time-skipping';

/**
 * LastProgressAt: the case and the oplossing upsert the time of the last business event (officer action,
 * creditor answer, phase change), and not for their own timers (reminders, breaches). Time-skipping.
 */

const world = timeSkippingWorld((env, h) => ({
  cases: new CaseDriver(env, h, 'PRG'),
  op: new OplossingDriver(env, h, 'PRGO'),
}));

async function lastProgress(handle: WorkflowHandle): Promise<number | undefined> {
  return (await handle.describe()).typedSearchAttributes.get(LastProgressAt)?.getTime();
}

/** Workflow time rounds to the millisecond; the server clock and the upsert may differ by the task's duration. */
const near = (actual: number | undefined, expected: number) =>
  expect(Math.abs((actual ?? 0) - expected)).toBeLessThan(60_000);

describe('LastProgressAt', () => {
  it('is set at the aanmelding, stays put through a reminder and a breach, and moves with an officer action', async () => {
    const startedAt = await world.env.currentTimeMs();
    // A crisis: the eerste gesprek within 3 werkdagen, so the reminder comes at once and the breach soon after.
    const c = await world.cases.start({ crisisSituation: 'afsluiting-energie-water' });
    await c.until(async () => (await c.actions()).includes('herinnering termijn eerste-gesprek'), 'reminder');
    near(await lastProgress(c.handle), startedAt);

    await world.env.sleep(7 * DAY);
    await c.until(async () => (await c.status()).deadlines[0]!.state === 'breached', 'breach');
    expect(await c.actions()).toContain('termijn eerste-gesprek overschreden');
    near(await lastProgress(c.handle), startedAt);

    const actedAt = await world.env.currentTimeMs();
    await c.act('eerste-gesprek', { date: await world.cases.today() });
    await c.until(
      async () => ((await lastProgress(c.handle)) ?? 0) > startedAt + DAY,
      'progress after the act',
    );
    near(await lastProgress(c.handle), actedAt);
    await terminateWhenQuiet(c.handle);
  });

  it('the oplossing sets it at its start and on an officer action, not while it only waits', async () => {
    const startedAt = await world.env.currentTimeMs();
    const o = await world.op.start([{ id: 'a', claim: 100_000 }]);
    await o.status();
    near(await lastProgress(o.handle), startedAt);

    await world.env.sleep(10 * DAY);
    near(await lastProgress(o.handle), startedAt);

    const actedAt = await world.env.currentTimeMs();
    await o.officer('oplossing-start', {
      afloscapaciteitPerMonth: 5_000,
      vtlbBasis: 'VTLB 2026',
      form: 'betalingsregeling',
    });
    near(await lastProgress(o.handle), actedAt);
    await terminateWhenQuiet(o.handle);
  });
});
