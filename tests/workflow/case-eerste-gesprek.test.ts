import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { amsterdamDateOf } from '../../domain/amsterdam-time';
import { addDays, type CivilDate } from '../../domain/civil-date';
import { caseStatusQuery, recordEersteGesprekUpdate, timelineQuery } from '../../workflows/case/messages';
import { caseIdOf, type CaseInput } from '../../workflows/case/workflow';
import type { AanmeldingInput } from '../../domain/records';
import { exampleAanmelding } from '../support/aanmelding';
import { createHarness, createTimeSkippingEnv, type Harness } from '../support/time-skipping';

let env: TestWorkflowEnvironment;
let h: Harness;
let counter = 0;

beforeAll(async () => {
  env = await createTimeSkippingEnv();
  h = await createHarness(env);
});
afterAll(async () => {
  await h?.stop();
  await env?.teardown();
});

const DAY = 86_400_000;
const today = async (): Promise<CivilDate> => amsterdamDateOf(await env.currentTimeMs());

async function startCase(overrides: Partial<AanmeldingInput> = {}) {
  const caseNumber = `2026-${String(++counter).padStart(4, '0')}`;
  const aanmelding = exampleAanmelding({ requestDate: await today(), ...overrides });
  const input: CaseInput = { caseNumber, aanmelding };
  return env.client.workflow.start('caseWorkflow', {
    args: [input],
    taskQueue: h.taskQueue,
    workflowId: caseIdOf(aanmelding.gemeenteCode, caseNumber),
  });
}

describe('case: eerste gesprek term (time-skipping)', () => {
  it('reminds the officer, alerts the supervisor once 4 weeks pass, and keeps the case going', async () => {
    const wallStart = Date.now();
    const handle = await startCase();
    const deadline = (await handle.query(caseStatusQuery)).deadlines[0]!;
    expect(deadline.source).toMatch(/Wgs art\. 4 lid 1/);

    await env.sleep(35 * DAY); // > 4 weeks, skipped by the test server
    const status = await handle.query(caseStatusQuery);
    expect(status.deadlines[0]!.state).toBe('breached');
    expect(status.phase).toBe('aanmelding');
    const inbox = await h.notifications.list({ caseId: handle.workflowId });
    expect(inbox.map((n) => `${n.audience}:${n.kind}`)).toEqual([
      'officer:deadline-reminder',
      'supervisor:deadline-breached',
    ]);

    // The late gesprek is still recorded, and the case moves on carrying its breach.
    await handle.executeUpdate(recordEersteGesprekUpdate, {
      args: [{ officerId: 'medewerker-001', date: await today() }],
    });
    expect(await handle.result()).toEqual({
      phase: 'beschikking',
      closedReason: undefined,
      breaches: ['eerste-gesprek'],
    });
    expect(Date.now() - wallStart).toBeLessThan(10_000);
  });

  it('a gesprek in time meets the term: no reminder when it comes early, no alert', async () => {
    const handle = await startCase();
    await env.sleep(7 * DAY);
    await handle.executeUpdate(recordEersteGesprekUpdate, {
      args: [{ officerId: 'officer-2', date: await today() }],
    });
    expect((await handle.result()).breaches).toEqual([]);
    expect(await h.notifications.list({ caseId: handle.workflowId })).toEqual([]);
    const timeline = await handle.query(timelineQuery);
    expect(timeline.map((e) => e.action)).toEqual(['aanmelding', 'eerste gesprek gehouden']);
    expect(timeline[1]!.by).toBe('officer-2');
  });

  it('a statutory crisis shortens the term to 3 werkdagen', async () => {
    const handle = await startCase({ crisisSituation: 'gedwongen-woningontruiming' });
    const [deadline] = (await handle.query(caseStatusQuery)).deadlines;
    expect(deadline!.source).toMatch(/Wgs art\. 4 lid 2/);
    await env.sleep(8 * DAY); // 3 werkdagen always fit in 8 calendar days outside the holidays
    expect((await handle.query(caseStatusQuery)).deadlines[0]!.state).toBe('breached');
    const inbox = await h.notifications.list({ caseId: handle.workflowId, audience: 'supervisor' });
    expect(inbox).toHaveLength(1);
    await handle.terminate('test done');
  });

  it('refuses a gesprek dated in the future or before the aanmelding, and changes nothing', async () => {
    const handle = await startCase();
    const before = await handle.query(caseStatusQuery);
    for (const date of [addDays(await today(), 3), addDays(await today(), -1), 'gisteren']) {
      const attempt = handle.executeUpdate(recordEersteGesprekUpdate, {
        args: [{ officerId: 'medewerker-001', date: date as CivilDate }],
      });
      await expect(attempt).rejects.toThrow(WorkflowUpdateFailedError);
    }
    const error = await handle
      .executeUpdate(recordEersteGesprekUpdate, {
        args: [{ officerId: 'medewerker-001', date: addDays(await today(), 3) }],
      })
      .catch((e: WorkflowUpdateFailedError) => e);
    expect(String((error as WorkflowUpdateFailedError).cause?.message)).toMatch(/toekomst/);
    expect(await handle.query(caseStatusQuery)).toEqual(before);
    expect((await handle.query(timelineQuery)).map((e) => e.action)).toEqual(['aanmelding']);
    await handle.terminate('test done');
  });
});
