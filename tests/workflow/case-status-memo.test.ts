import { CaseDriver, DAY, type CaseRef } from '../support/case-driver';
import { bundleWithoutStatusMemo } from '../support/pre-status-memo/bundle';
import { createHarness, timeSkippingWorld, type Harness } from '../support/time-skipping';
import { CaseNotFoundError } from '../../services/errors';
import { caseStatusMemoKey, type CaseStatus } from '../../workflows/case/messages';

/**
 * The case status the API reads (CaseService.status: the memo, patched('status-memo')) is the query's status,
 * after officer actions, creditor answers, continue-as-new and the end of the case; a case from before the patch
 * (no memo) answers through the query (time-skipping).
 */

const world = timeSkippingWorld((env, h) => ({ cases: new CaseDriver(env, h, 'MEMO') }));

async function memoOf(c: CaseRef): Promise<CaseStatus | undefined> {
  return (await c.handle.describe()).memo?.[caseStatusMemoKey] as CaseStatus | undefined;
}

/** Waits until the workflow has taken in what was sent (memo and query agree), then both must be equal. */
async function expectSameStatus(c: CaseRef, what: string): Promise<CaseStatus> {
  const agreed = await c.until(async () => {
    const [memo, queried] = [await memoOf(c), await c.status()];
    return JSON.stringify(memo) === JSON.stringify(queried) && queried;
  }, `memo equals query: ${what}`);
  expect(await world.cases.service.status(c.caseId)).toEqual(agreed);
  return agreed;
}

it('the status read from the memo equals the query after officer actions, creditor answers and continue-as-new', async () => {
  const { cases } = world;
  const c = await cases.start(CaseDriver.creditors(3));
  expect((await expectSameStatus(c, 'aanmelding')).phase).toBe('aanmelding');
  await c.act('plan-eerste-gesprek', {
    appointment: { date: await cases.today(), time: '10:30', location: 'Stadswinkel Centrum' },
  });
  const pulled = await c.act('noodstop-pull', { reason: 'Beslag op loon aangekondigd' });
  // An Update's answer is the status it left: the memo holds the same at once.
  expect(await cases.service.status(c.caseId)).toEqual(pulled);
  await cases.env.sleep(2 * DAY);
  await c.admit(); // stabilisatie: the case continues as new, and the new run publishes its memo
  await c.until(async () => (await c.status()).creditors.every((x) => x.phase === 'wacht-op-antwoord'), 'letters');
  await cases.service.answer(c.caseId, 'sch-1', 'saldo-opgave', { amount: 50_000, reference: 'SALDO-1' });
  await cases.service.answer(c.caseId, 'sch-2', 'vooraf-akkoord', {});
  await c.until(async () => (await c.status()).creditors.filter((x) => x.answer).length === 2, 'answers seen');
  const answered = await expectSameStatus(c, 'two answers');
  expect(answered.phase).toBe('stabilisatie');
  expect(answered.noodstop?.active).toBe(true);
  expect(answered.creditors.filter((x) => x.answer).map((x) => x.creditorId)).toEqual(['sch-1', 'sch-2']);
  // The reminder to the silent creditor and the case's own reminders change the status without an officer.
  await cases.env.sleep(20 * DAY);
  await expectSameStatus(c, 'after the reminders');
});

it('a closed case still answers its status from the memo', async () => {
  const { cases } = world;
  const c = await cases.start();
  await c.act('withdrawal', { date: await cases.today(), reason: 'Inwoner trekt de hulpvraag in' });
  await c.handle.result();
  const closed = await expectSameStatus(c, 'closed');
  expect(closed.phase).toBe('afgesloten');
  expect(closed.deadlines.map((d) => d.state)).toEqual(['cancelled']);
});

describe('a case from before patched("status-memo")', () => {
  let old: Harness;
  beforeAll(async () => {
    old = await createHarness(world.env, 'default', bundleWithoutStatusMemo());
  });
  afterAll(() => old?.stop());

  it('keeps no memo and answers through the query', async () => {
    const cases = new CaseDriver(world.env, old, 'MEMO-OLD');
    const c = await cases.start();
    const planned = await c.act('plan-eerste-gesprek', {
      appointment: { date: await cases.today(), time: '09:00', location: 'Stadskantoor' },
    });
    expect(await memoOf(c)).toBeUndefined();
    expect(await cases.service.status(c.caseId)).toEqual(planned);
    expect(planned.eersteGesprekPlanned?.location).toBe('Stadskantoor');
    await c.act('withdrawal', { date: await cases.today(), reason: 'Inwoner trekt de hulpvraag in' });
    await c.handle.result();
    expect(await memoOf(c)).toBeUndefined();
    expect((await cases.service.status(c.caseId)).phase).toBe('afgesloten');
  });
});

it('an unknown case is still a CaseNotFoundError', async () => {
  await expect(world.cases.service.status('case-GM0000-bestaat-niet')).rejects.toBeInstanceOf(CaseNotFoundError);
});
