import { addDays, type CivilDate } from '../../domain/civil-date';
import type { CaseAction } from '../../workflows/case/actions';
import { ActionRejectedError, InvalidInputError } from '../../services/errors';
import { exampleAanmelding, exampleAanmeldingInput } from '../support/aanmelding';
import { examplePlan, caseWorld } from '../support/case-driver';

/** Bad input and wrong actions are refused with a specific Dutch reason, and the case stays exactly as it was. */

const world = caseWorld('VAL');

describe('officer actions that must be refused', () => {
  type Body = (today: CivilDate) => Record<string, unknown>;
  const creditor = exampleAanmeldingInput().creditors![0]!;
  it.each<[string, CaseAction, Body, typeof ActionRejectedError | typeof InvalidInputError, RegExp]>([
    [
      'wrong phase: toelating before the eerste gesprek',
      'beschikking-toelating',
      (t) => ({ date: t, plan: examplePlan }),
      ActionRejectedError,
      /fase aanmelding/,
    ],
    [
      'gesprek in the future',
      'eerste-gesprek',
      (t) => ({ date: addDays(t, 3) }),
      ActionRejectedError,
      /toekomst/,
    ],
    [
      'gesprek before the aanmelding',
      'eerste-gesprek',
      (t) => ({ date: addDays(t, -2) }),
      ActionRejectedError,
      /vóór/,
    ],
    ['no date', 'eerste-gesprek', () => ({}), InvalidInputError, /date/],
    [
      'claim of an unknown creditor',
      'claim-record',
      () => ({ claim: { creditorId: 'onbekend', amount: 100, reference: 'x' } }),
      ActionRejectedError,
      /onbekend is niet bekend/,
    ],
    [
      'negative claim amount',
      'claim-record',
      () => ({ claim: { creditorId: 'cjib', amount: -100, reference: 'x' } }),
      InvalidInputError,
      /groter dan nul/,
    ],
    [
      'creditor with a bad IBAN',
      'creditor-add',
      () => ({ creditor: { ...creditor, id: 'nieuw', iban: 'NL00BANK0123456789' } }),
      InvalidInputError,
      /iban/,
    ],
    [
      'a creditor that already exists',
      'creditor-add',
      () => ({ creditor }),
      ActionRejectedError,
      /bestaat al/,
    ],
    [
      'lifting a noodstop that is not active',
      'noodstop-lift',
      () => ({ reason: 'x' }),
      ActionRejectedError,
      /geen actieve noodstop/,
    ],
    [
      'moratorium decision without a request',
      'moratorium-decision',
      (t) => ({ date: t, granted: true }),
      ActionRejectedError,
      /geen openstaand verzoek/,
    ],
    [
      'stabilisatie complete in aanmelding',
      'stabilisatie-complete',
      (t) => ({ date: t }),
      ActionRejectedError,
      /fase aanmelding/,
    ],
  ])('%s', async (_what, action, body, errorType, message) => {
    const c = await world.cases.start();
    const before = await c.status();
    const timeline = await c.actions();
    const attempt = c.act(action, body(await world.cases.today()));
    await expect(attempt).rejects.toThrow(errorType);
    await expect(attempt).rejects.toThrow(message);
    expect(await c.status()).toEqual(before);
    expect(await c.actions()).toEqual(timeline);
  });

  it('refuses an aanmelding with a bad BSN at the edge: no case is started', () => {
    expect(() =>
      exampleAanmelding({ resident: { ...exampleAanmeldingInput().resident, bsn: '123456789' } }),
    ).toThrow(/elfproef/);
  });

  it('refuses a moratorium longer than the 6 months of Wgs art. 5', async () => {
    const c = await world.cases.start();
    const today = await world.cases.today();
    await c.act('moratorium-request', { date: today });
    await expect(
      c.act('moratorium-decision', { date: today, granted: true, endDate: addDays(today, 200) }),
    ).rejects.toThrow(/ten hoogste zes maanden/);
    const granted = await c.act('moratorium-decision', {
      date: today,
      granted: true,
      endDate: addDays(today, 150),
    });
    expect(granted.moratorium).toMatchObject({ granted: true, endDate: addDays(today, 150) });
  });

  it('records who did what and when', async () => {
    const c = await world.cases.start();
    await c.act('eerste-gesprek', { date: await world.cases.today() }, 'medewerker-007');
    const entry = (await c.handle.query('timeline' as never)) as { by: string; action: string; at: string }[];
    expect(entry.at(-1)).toMatchObject({ by: 'medewerker-007', action: 'eerste gesprek gehouden' });
    expect(Date.parse(entry.at(-1)!.at)).toBeGreaterThan(0);
  });
});

describe('starting a case', () => {
  it('twice with the same gemeente and case number returns the same case, never a duplicate', async () => {
    const aanmelding = exampleAanmelding({ requestDate: await world.cases.today() });
    const first = await world.cases.service.start('DUP-1', aanmelding);
    const second = await world.cases.service.start('DUP-1', aanmelding);
    expect(first).toEqual({ caseId: 'case-GM0599-DUP-1', created: true });
    expect(second).toEqual({ caseId: 'case-GM0599-DUP-1', created: false });
    const runs = await world.env.client.workflow.getHandle(first.caseId).describe();
    expect(runs.status.name).toBe('RUNNING');
  });
});
