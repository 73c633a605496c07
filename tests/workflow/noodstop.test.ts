import { addDays, addMonths } from '../../domain/civil-date';
import { timelineQuery } from '../../workflows/case/messages';
import { CaseDriver, DAY, caseWorld } from '../support/case-driver';

/** The noodstop for one case: a notice to every creditor at once, 4 months, +8 at toelating, lift, expiry. */

const world = caseWorld('NOOD');

const noodstopLetters = async (c: Awaited<ReturnType<CaseDriver['start']>>, kind: string) =>
  (await c.status()).letters.filter((l) => l.kind === kind);

describe('noodstop', () => {
  it('with 5 creditors sends 5 notices at once, and extends by 8 months at toelating', async () => {
    const c = await world.cases.start(CaseDriver.creditors(5));
    const pulledOn = await world.cases.today();
    const status = await c.act('noodstop-pull', { reason: 'Ontruiming aangekondigd voor volgende week' });
    // CJIB model: 4 months (practice, no Atw).
    expect(status.noodstop).toMatchObject({
      active: true,
      pulledOn,
      endDate: addMonths(pulledOn, 4),
      extended: false,
    });
    const notices = await c.until(async () => {
      const l = await noodstopLetters(c, 'noodstop');
      return l.length === 5 && l;
    }, '5 noodstop notices');
    expect(notices.map((l) => l.recipient).sort()).toEqual(['sch-1', 'sch-2', 'sch-3', 'sch-4', 'sch-5']);
    expect((await c.status()).noodstop!.active).toBe(true);

    await world.env.sleep(10 * DAY);
    await c.admit();
    const extended = await c.until(async () => {
      const l = await noodstopLetters(c, 'verlenging-noodstop');
      return l.length === 5 && (await c.status());
    }, '5 extension letters');
    expect(extended.noodstop).toMatchObject({
      extended: true,
      endDate: addMonths(addMonths(pulledOn, 4), 8),
    });
    // Pulling it twice is refused with the reason.
    await expect(c.act('noodstop-pull', { reason: 'nogmaals' })).rejects.toThrow(/al actief/);
  });

  it('is lifted early on request: every creditor is told the pause ended', async () => {
    const c = await world.cases.start(CaseDriver.creditors(3));
    await c.act('noodstop-pull', { reason: 'Afsluiting energie dreigt' });
    await c.until(async () => (await noodstopLetters(c, 'noodstop')).length === 3, 'notices');
    await world.env.sleep(3 * DAY);
    const lifted = await c.act('noodstop-lift', {
      reason: 'Betalingsregeling met energieleverancier getroffen',
    });
    expect(lifted.noodstop).toMatchObject({ active: false, liftedOn: await world.cases.today() });
    await c.until(async () => (await noodstopLetters(c, 'einde-pauze')).length === 3, 'einde-pauze letters');
    await expect(c.act('noodstop-lift', { reason: 'nogmaals' })).rejects.toThrow(/geen actieve noodstop/);
  });

  it('expires after 4 months when the help never starts, with an einde-pauze letter', async () => {
    const c = await world.cases.start(CaseDriver.creditors(2));
    await c.act('noodstop-pull', { reason: 'Zorgverzekering opgezegd' });
    await c.until(async () => (await noodstopLetters(c, 'noodstop')).length === 2, 'notices');
    await world.env.sleep(125 * DAY);
    await c.until(async () => (await noodstopLetters(c, 'einde-pauze')).length === 2, 'expiry letters');
    const status = await c.status();
    expect(status.noodstop!.active).toBe(false);
    expect(await c.actions()).toContain('noodstop verlopen');
  });
});

describe('officer actions carry the day they happened (issue 12 §4.8)', () => {
  it('a noodstop pulled with an earlier date counts from that date; the timeline names officer and day', async () => {
    const c = await world.cases.start(CaseDriver.creditors(1));
    await world.env.sleep(2 * DAY);
    const requestDate = (await c.status()).requestDate;
    // Pulled on the day of the aanmelding, recorded two days later: 4 months from the aanmelding (CJIB model).
    const status = await c.act('noodstop-pull', { reason: 'Ontruiming aangekondigd', date: requestDate });
    expect(status.noodstop).toMatchObject({ pulledOn: requestDate, endDate: addMonths(requestDate, 4) });
    const entry = (await c.handle.query(timelineQuery)).find((e) => e.action === 'noodstop ingesteld');
    expect(entry).toMatchObject({ by: 'medewerker-001', on: requestDate });
  });
});

describe('a gesprek planned after the statutory term (Wgs art. 4 lid 1; issue 12 §3.7)', () => {
  it('is accepted with a warning in the result and the timeline, and the supervisor is alerted', async () => {
    const c = await world.cases.start(CaseDriver.creditors(1));
    const { deadlines } = await c.status();
    const late = addDays(deadlines[0]!.deadline, 1);
    const status = await c.act('plan-eerste-gesprek', {
      appointment: { date: late, time: '10:00', location: 'Stadskantoor' },
    });
    expect(status.eersteGesprekPlanned?.warning).toBe(
      `Het gesprek op ${late} valt na de wettelijke termijn: uiterlijk ${deadlines[0]!.deadline} (${deadlines[0]!.source}).`,
    );
    const entry = (await c.handle.query(timelineQuery)).find((e) => e.action === 'eerste gesprek gepland');
    expect(entry?.warning).toBe(status.eersteGesprekPlanned?.warning);
    const alert = await c.until(async () => {
      const list = await world.h.notifications.list({ caseId: c.caseId });
      return list.find((n) => n.audience === 'supervisor' && n.message === status.eersteGesprekPlanned?.warning);
    }, 'supervisor alert');
    expect(alert.kind).toBe('officer-task');
  });
});
