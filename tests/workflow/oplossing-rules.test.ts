import { addDays } from '../../domain/civil-date';
import { byKind, oplossingWorld } from '../support/oplossing-driver';
import { terminateWhenQuiet } from '../support/time-skipping';

/**
 * The oplossing against the statute and the waarborgfonds's rules (time-skipping). Expected values are worked
 * out by hand from the source named at each.
 */

const world = oplossingWorld('OPLR');

const krediet = (afloscapaciteitPerMonth: number) => ({
  afloscapaciteitPerMonth,
  vtlbBasis: 'VTLB 2026',
  form: 'saneringskrediet',
  kredietbank: 'Kredietbank Rotterdam',
});

describe('oplossing: borgstelling by the fund’s rules (sbnnl/documentatie, accepteer-automatisch.feature)', () => {
  it('€ 4.999,99 is accepted at once with a premium of € 49,99 (1% truncated), paid by the kredietbank', async () => {
    const o = await world.op.start([{ id: 'a', claim: 499_999 }]);
    await o.officer('oplossing-start', krediet(30_000)); // 18 × € 300 covers the whole claim: offer 100%
    const s = await o.act('voorstel-akkoord', { creditorId: 'a' });
    // Below maatwerk vanaf € 5.000,00 (strictly), looptijd 18 ≤ 36, gemeente on the list → geaccepteerd.
    expect(s.borgstelling).toMatchObject({
      loanCents: 499_999,
      premiumCents: 4_999,
      assessment: 'geaccepteerd',
      granted: true,
      appliedBy: 'Kredietbank Rotterdam',
    });
    expect(s.phase).toBe('looptijd');
    await terminateWhenQuiet(o.handle);
  });

  it('€ 12.000 is refused at once; the officer is told and chooses a betalingsregeling', async () => {
    const o = await world.op.start([
      { id: 'a', claim: 600_000 },
      { id: 'b', claim: 600_000 },
    ]);
    await o.officer('oplossing-start', krediet(70_000)); // 18 × € 700 = € 12.600 ≥ € 12.000: offers 100%
    await o.act('voorstel-akkoord', { creditorId: 'a' });
    const s = await o.act('voorstel-akkoord', { creditorId: 'b' });
    // From afwijzen vanaf € 10.000 the fund refuses outright.
    expect(s.phase).toBe('borgstelling');
    expect(s.borgstelling).toMatchObject({ loanCents: 1_200_000, assessment: 'afgewezen', granted: false });
    expect(s.awaitingOfficerChoice).toBe(true);
    expect(s.waitingOn).toBe('officer');
    const notes = await o.until(async () => {
      const n = (await world.h.notifications.list({ caseId: o.caseId })).filter((x) =>
        x.id.endsWith('/borgstelling-afgewezen'),
      );
      return n.length === 1 && n;
    }, 'officer told');
    expect(notes[0]!.kind).toBe('officer-task');
    const today = await world.op.today();
    const on = await o.officer('borgstelling-vervolg', { date: today, route: 'betalingsregeling' });
    expect(on).toMatchObject({ phase: 'looptijd', form: 'betalingsregeling' });
    await terminateWhenQuiet(o.handle);
  });
});

describe('oplossing: preference per claim (Fw art. 349 lid 2–3)', () => {
  it('€ 1.000 preferent + € 1.000 concurrent is not € 2.000 preferent', async () => {
    const o = await world.op.start([
      { id: 'mixed', claim: 200_000, preferentCents: 100_000 },
      { id: 'plain', claim: 200_000 },
    ]);
    // Available 18 × € 55,55 = € 999,90. Weight: concurrent 1.000 + 2.000, preferent 2 × 1.000 → 5.000;
    // p = 999,90 / 5.000 = 19,998%. mixed: 2p × 1.000 + p × 1.000 = 399,96 + 199,98 = € 599,94; plain: € 399,96.
    const s = await o.officer('oplossing-start', {
      afloscapaciteitPerMonth: 5_555,
      vtlbBasis: 'VTLB 2026',
      form: 'betalingsregeling',
    });
    expect(s.creditors.map((c) => c.offerCents)).toEqual([59_994, 39_996]);
    await terminateWhenQuiet(o.handle);
  });
});

describe('oplossing: dwangakkoord with the Wsnp request (Fw art. 287a)', () => {
  it('a refused dwangakkoord: the court decides the Wsnp request and the oplossing ends in the Wsnp', async () => {
    const o = await world.op.start([
      { id: 'a', claim: 100_000 },
      { id: 'b', claim: 100_000 },
    ]);
    await o.officer('oplossing-start', {
      afloscapaciteitPerMonth: 2_000,
      vtlbBasis: 'VTLB',
      form: 'betalingsregeling',
    });
    await o.act('voorstel-akkoord', { creditorId: 'a' });
    await o.act('voorstel-afwijzing', { creditorId: 'b', reason: 'Nee' });
    await o.act('voorstel-afwijzing', { creditorId: 'b', reason: 'Nog steeds nee' });
    const today = await world.op.today();
    const asked = await o.officer('dwangakkoord-verzoek', { creditorId: 'b', date: today });
    expect(asked.wsnp).toEqual({ requestedOn: today, withDwangakkoord: true });
    await o.officer('dwangakkoord-zitting', { creditorId: 'b', date: today });
    await o.officer('dwangakkoord-uitspraak', { creditorId: 'b', date: today, granted: false });
    expect(await o.handle.result()).toMatchObject({ outcome: 'wsnp' });
  });
});

describe('oplossing: collectief schuldregelen and finale kwijting', () => {
  it('a vooraf-akkoord creditor gets the betaalvoorstel-collectief; a record without finale kwijting keeps its claim', async () => {
    const o = await world.op.start([
      { id: 'v', claim: 100_000, voorafAkkoord: true, voorafAkkoordOn: addDays(await world.op.today(), -20) },
      { id: 'n', claim: 100_000, grantsFinaleKwijting: false },
    ]);
    await o.officer('oplossing-start', krediet(5_000)); // € 900 over € 2.000: 45% each
    await o.until(
      async () => (await o.letters('betaalvoorstel-collectief')).length === 1,
      'collectief letter',
    );
    expect(byKind(await o.letters(), 'betaalvoorstel-collectief')).toEqual(['v']);
    expect(byKind(await o.letters(), 'betaalvoorstel')).toEqual(['n']);
    const s = await o.act('voorstel-akkoord', { creditorId: 'n' });
    const n = s.creditors.find((c) => c.creditorId === 'n')!;
    expect(n.grantsFinaleKwijting).toBe(false);
    expect(n.remainingOnRecordCents).toBe(100_000 - 45_000);
    await terminateWhenQuiet(o.handle);
  });
});
