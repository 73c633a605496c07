import { CaseDriver } from '../support/case-driver';
import { createHarness, timeSkippingWorld, type Harness } from '../support/time-skipping';
import { timelineQuery } from '../../workflows/case/messages';

/**
 * An officer who acts on a case the moment it is started (the API answered, no worker has taken the case up yet)
 * meets a case that knows its term: the action and the aanmelding arrive in the same first workflow task, and the
 * action is applied, not a workflow task that fails on every retry (time-skipping).
 */

const world = timeSkippingWorld(() => ({}));

it('applies an officer action that reaches the case in its very first workflow task', async () => {
  // Cases started on a queue no worker polls yet: the update waits at the server with the new run.
  const queue = `late-worker-${process.pid}`;
  const cases = new CaseDriver(world.env, { taskQueue: queue } as Harness, 'FIRST');
  const c = await cases.start();
  const appointment = { date: await cases.today(), time: '10:30', location: 'Stadswinkel Centrum' };
  const planned = cases.service.act(c.caseId, 'plan-eerste-gesprek', 'medewerker-001', { appointment });
  // The update is at the server before the worker comes up (nothing runs the case until then).
  await new Promise((resolve) => setTimeout(resolve, 500));
  const late = await createHarness(world.env, 'default', undefined, queue);
  try {
    await expectApplied();
  } finally {
    await late.stop();
  }

  async function expectApplied() {
    const status = await planned;
    expect(status.eersteGesprekPlanned?.location).toBe('Stadswinkel Centrum');
    expect(status.deadlines.map((d) => [d.kind, d.state])).toEqual([['eerste-gesprek', 'open']]);
    const { raw } = await c.handle.describe();
    expect(raw.pendingWorkflowTask?.attempt ?? 1).toBe(1);
    // The aanmelding comes first in the timeline, the officer's action after it.
    const actions = (await c.handle.query(timelineQuery)).map((e) => e.action);
    expect(actions[0]).toBe('aanmelding');
    expect(actions).toContain('eerste gesprek gepland');
  }
});
