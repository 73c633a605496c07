import { addDays } from '../../domain/civil-date';
import { byKind, oplossingWorld } from '../support/oplossing-driver';

/** The whole oplossing in time-skipping: proposal, 18 months of payments, finale kwijting, nazorg. */

const world = oplossingWorld('OPL');

describe('oplossing: betalingsregeling from proposal to nazorg', () => {
  it('all accept → 18 months → finale kwijting without CJIB/DUO → nazorg → afgerond', async () => {
    const o = await world.op.start([
      { id: 'belastingdienst', type: 'belastingdienst', claim: 184_500, preferent: true },
      { id: 'woonstad', type: 'verhuurder', claim: 312_075 },
      { id: 'cjib', type: 'cjib', claim: 45_000 },
      { id: 'duo', type: 'duo', claim: 250_000 },
    ]);
    const started = await o.officer('oplossing-start', {
      afloscapaciteitPerMonth: 10_000,
      vtlbBasis: 'VTLB-berekening 2026: netto inkomen minus vrij te laten bedrag',
      form: 'betalingsregeling',
    });
    expect(started.phase).toBe('betaalvoorstel');
    expect(started.proposal).toMatchObject({ kind: 'gedeeltelijk', totalOfferedCents: 180_000, months: 18 });
    expect(started.creditors.reduce((s, c) => s + c.offerCents, 0)).toBe(180_000);
    const proposals = await o.until(async () => {
      const l = await o.letters('betaalvoorstel');
      return l.length === 4 && l;
    }, 'betaalvoorstel letters');
    expect(proposals).toHaveLength(4);

    for (const id of ['belastingdienst', 'woonstad', 'cjib'])
      expect((await o.act('voorstel-akkoord', { creditorId: id })).phase).toBe('betaalvoorstel');
    const agreed = await o.act('voorstel-akkoord', { creditorId: 'duo' });
    expect(agreed.phase).toBe('looptijd');
    expect(agreed.deadlines[0]).toMatchObject({ kind: 'schuldregeling', state: 'met' });
    const start = await o.until(async () => {
      const s = await o.status();
      return s.letters.length >= 9 && s.caseSignalled === false && s;
    }, 'akkoord letters + case signal attempt');
    expect(byKind(start.letters, 'schuldregeling-akkoord')).toEqual([
      'belastingdienst',
      'cjib',
      'duo',
      'woonstad',
    ]);
    expect(byKind(start.letters, 'bevestiging-schuldregeling')).toEqual(['resident']);
    expect(await o.actions()).toContain('zaak niet bereikt met "schuldregeling akkoord"');
    expect(start.looptijd!.instalments).toHaveLength(18);

    await o.payInstalments();
    const paid = await o.status();
    expect(paid.looptijd!.paidCents).toBe(180_000);
    expect(paid.creditors.map((c) => c.paidCents)).toEqual(paid.creditors.map((c) => c.offerCents));
    expect(paid.reviewsDone).toBe(2); // months 6 and 12 (policy.reviewIntervalMonths)

    await o.sleepTo(addDays(paid.looptijd!.endDate, 1));
    const kwijting = await o.until(async () => {
      const s = await o.status();
      return (
        s.phase === 'finale-kwijting' &&
        s.letters.filter((l) => l.kind === 'verzoek-finale-kwijting').length === 2 &&
        s
      );
    }, 'verzoek finale kwijting');
    expect(byKind(kwijting.letters, 'verzoek-finale-kwijting')).toEqual(['belastingdienst', 'woonstad']);
    const cjib = kwijting.creditors.find((c) => c.creditorId === 'cjib')!;
    expect(cjib.remainingOnRecordCents).toBe(cjib.claimCents - cjib.paidCents);
    expect(cjib.kwijting).toBeUndefined();

    const today = await world.op.today();
    await o.act('finale-kwijting', { creditorId: 'belastingdienst', date: today });
    const nazorg = await o.act('finale-kwijting', { creditorId: 'woonstad', date: today });
    expect(nazorg.phase).toBe('nazorg');

    const result = await o.handle.result();
    expect(result).toMatchObject({ outcome: 'afgerond' });
    const end = await o.status();
    expect(byKind(end.letters, 'bevestiging-finale-kwijting')).toEqual(['belastingdienst', 'woonstad']);
    expect(end.nazorgDone).toBe(2);
    const tasks = (await world.h.notifications.list({ caseId: o.caseId })).filter((n) =>
      n.message.startsWith('Nazorg'),
    );
    expect(tasks).toHaveLength(2);
    expect(
      (await world.h.notifications.list({ caseId: o.caseId })).filter(
        (n) => n.kind === 'deadline-reminder' && n.id.includes('termijn-'),
      ),
    ).toEqual([]); // paid on time: no payment reminders

    const counts = await o.eventCounts();
    console.log(`oplossing betalingsregeling: events per run ${counts.join(', ')}`);
    expect(counts.length).toBeGreaterThanOrEqual(7);
    for (const n of counts) expect(n).toBeLessThan(600);
  }, 300_000);
});
