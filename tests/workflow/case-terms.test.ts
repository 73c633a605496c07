import { addDays } from '../../domain/civil-date';
import { creditorTrackIdOf } from '../../workflows/case/ids';
import { DAY, examplePlan, caseWorld } from '../support/case-driver';

/** Statutory terms of the case (time-skipping): met and missed, normal and crisis. Reminder before, breach after. */

const world = caseWorld('TERM');

const inbox = async (caseId: string) =>
  (await world.h.notifications.list({ caseId })).map((n) => `${n.audience}:${n.kind}`);

describe('eerste gesprek (Wgs art. 4)', () => {
  it('missed: reminds the officer, alerts the supervisor after 4 weeks, and the case goes on', async () => {
    const wallStart = Date.now();
    const c = await world.cases.start();
    const [term] = (await c.status()).deadlines;
    expect(term).toMatchObject({ kind: 'eerste-gesprek', source: 'Wgs art. 4 lid 1; Atw', state: 'open' });

    await world.env.sleep(35 * DAY);
    const status = await c.status();
    expect(status.deadlines[0]!.state).toBe('breached');
    expect(status.phase).toBe('aanmelding');
    expect(await inbox(c.caseId)).toEqual(['officer:deadline-reminder', 'supervisor:deadline-breached']);
    expect(Date.now() - wallStart).toBeLessThan(10_000);

    // Late, but the gesprek is still recorded and the beschikking term starts from it.
    const after = await c.act('eerste-gesprek', { date: await world.cases.today() });
    expect(after.phase).toBe('beschikking');
    expect(after.deadlines.map((d) => [d.kind, d.state])).toEqual([
      ['eerste-gesprek', 'breached'],
      ['beschikking', 'open'],
    ]);
    expect(after.deadlines[1]!.source).toMatch(/Wgs art\. 4a/);
  });

  it('met: a gesprek in the second week meets the term — no reminder, no alert', async () => {
    const c = await world.cases.start();
    await world.env.sleep(7 * DAY);
    const status = await c.act('eerste-gesprek', { date: await world.cases.today() });
    expect(status.deadlines[0]!.state).toBe('met');
    expect(await inbox(c.caseId)).toEqual([]);
  });

  it('crisis: 3 werkdagen, the officer is reminded at once, and the breach follows', async () => {
    const c = await world.cases.start({ crisisSituation: 'afsluiting-energie-water' });
    const [term] = (await c.status()).deadlines;
    expect(term!.source).toBe('Wgs art. 4 lid 2');
    await c.until(async () => (await inbox(c.caseId)).includes('officer:deadline-reminder'), 'reminder');
    await world.env.sleep(8 * DAY);
    expect((await c.status()).deadlines[0]!.state).toBe('breached');
    expect(await inbox(c.caseId)).toEqual(['officer:deadline-reminder', 'supervisor:deadline-breached']);
  });
});

describe('beschikking (Wgs art. 4a)', () => {
  it('met: toelating within 8 weeks, with the letter to the resident, and stabilisatie starts', async () => {
    const c = await world.cases.start();
    await c.act('eerste-gesprek', { date: await world.cases.today() });
    await world.env.sleep(20 * DAY);
    const status = await c.act('beschikking-toelating', {
      date: await world.cases.today(),
      plan: examplePlan,
    });
    expect(status.phase).toBe('stabilisatie');
    expect(status.deadlines.find((d) => d.kind === 'beschikking')!.state).toBe('met');
    const letters = await c.until(async () => {
      const s = await c.status();
      return s.letters.some((l) => l.kind === 'beschikking-toelating') && s.letters;
    }, 'toelating letter');
    expect(letters.find((l) => l.kind === 'beschikking-toelating')!.recipient).toBe('resident');
  });

  it('missed: the 8-week term passes — reminder, breach, and a late afwijzing still closes the case', async () => {
    const c = await world.cases.start();
    const gesprek = await world.cases.today();
    await c.act('eerste-gesprek', { date: gesprek });
    await world.env.sleep(9 * 7 * DAY);
    const status = await c.status();
    expect(status.deadlines.find((d) => d.kind === 'beschikking')!.state).toBe('breached');
    expect(await inbox(c.caseId)).toEqual(
      expect.arrayContaining(['officer:deadline-reminder', 'supervisor:deadline-breached']),
    );
    const closed = await c.act('beschikking-afwijzing', {
      date: await world.cases.today(),
      grounds: [
        { ground: 'eerdere-schuldhulp', explanation: 'Binnen drie jaar eerder schuldhulp afgebroken.' },
      ],
    });
    expect(closed).toMatchObject({ phase: 'afgesloten', closedReason: 'afgewezen' });
    expect(await c.handle.result()).toEqual({
      phase: 'afgesloten',
      closedReason: 'afgewezen',
      breaches: ['beschikking'],
    });
    // Every creditor track ends with the case, even though the case may close before a track's last report.
    for (const creditorId of ['belastingdienst', 'woonstad', 'cjib']) {
      const track = world.env.client.workflow.getHandle(creditorTrackIdOf(c.caseId, creditorId));
      expect(await track.result()).toMatchObject({ creditorId, phase: 'gesloten' });
    }
    expect(addDays(gesprek, 56) <= status.deadlines[1]!.deadline).toBe(true);
  });
});
