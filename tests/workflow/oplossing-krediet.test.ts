import * as path from 'node:path';
import { createPaymentActivities } from '../../activities/payments/activities';
import { devKeyRing } from '../../platform/encryption/dev-key';
import { addDays, addMonths, compareCivilDates } from '../../domain/civil-date';
import { byKind, oplossingWorld } from '../support/oplossing-driver';
import { terminateWhenQuiet } from '../support/time-skipping';

/** Saneringskrediet with the waarborgfonds, collectief schuldregelen, default, and missed betalingsregeling payments. */

const world = oplossingWorld('OPLK');

/** The payment instructions on record, opened with the worker's key ring (they are sealed at rest). */
const payments = (caseId: string) =>
  createPaymentActivities(
    path.join(world.h.dataDir, 'payments'),
    devKeyRing(world.h.dataDir),
  ).listPaymentInstructions(caseId);

const krediet = (afloscapaciteitPerMonth: number) => ({
  afloscapaciteitPerMonth,
  vtlbBasis: 'VTLB 2026',
  form: 'saneringskrediet',
  kredietbank: 'Kredietbank Rotterdam',
});

describe('oplossing: saneringskrediet', () => {
  it('collectief: vooraf-akkoord creditors get no proposal; €4,000 is guaranteed automatically and paid at once', async () => {
    const o = await world.op.start([
      { id: 'v1', claim: 400_000, voorafAkkoord: true },
      { id: 'v2', claim: 300_000, voorafAkkoord: true },
      { id: 'n1', claim: 300_000 },
    ]);
    const started = await o.officer('oplossing-start', krediet(22_222)); // 18 × € 222,22 = € 3.999,96
    expect(started.creditors.map((c) => c.stage)).toEqual(['gebonden', 'gebonden', 'voorgesteld']);
    await o.until(async () => (await o.letters('betaalvoorstel')).length === 1, 'betaalvoorstel');
    expect(byKind(await o.letters(), 'betaalvoorstel')).toEqual(['n1']);

    const agreed = await o.act('voorstel-akkoord', { creditorId: 'n1' });
    expect(agreed.borgstelling).toMatchObject({
      loanCents: 399_996,
      // Waarborgfonds (borgstelling-aanvragen.feature): 1% truncated to the cent: € 39,9996 → € 39,99.
      premiumCents: 3_999,
      automatic: true,
      granted: true,
    });
    expect(agreed.phase).toBe('looptijd');
    expect(agreed.creditors.map((c) => c.paidCents)).toEqual(agreed.creditors.map((c) => c.offerCents));
    await o.until(
      async () =>
        (await payments(o.caseId)).length === 1 && (await o.letters('aanvraag-borgstelling')).length === 1,
      'payment + aanvraag',
    );
    const [paid] = await payments(o.caseId);
    expect(paid).toMatchObject({ kind: 'saneringskrediet-uitbetaling', totalCents: 399_996 });
    expect(paid!.lines.map((l) => l.payee)).toEqual(['v1', 'v2', 'n1']);
    await terminateWhenQuiet(o.handle);
  });

  it('€9,000 waits for the waarborgfonds; default after missed instalments → early end + uitbetaling borgstelling', async () => {
    const o = await world.op.start([
      { id: 'a', claim: 1_000_000 },
      { id: 'b', claim: 1_000_000 },
    ]);
    await o.officer('oplossing-start', krediet(50_000)); // € 9.000
    await o.act('voorstel-akkoord', { creditorId: 'a' });
    const waiting = await o.act('voorstel-akkoord', { creditorId: 'b' });
    expect(waiting.phase).toBe('borgstelling');
    expect(waiting.borgstelling).toMatchObject({ loanCents: 900_000, premiumCents: 9_000, automatic: false });
    expect(waiting.borgstelling!.granted).toBeUndefined();
    await world.env.sleep(3 * 86_400_000);
    expect((await o.status()).phase).toBe('borgstelling');
    const today = await world.op.today();
    await expect(
      o.act('borgstelling-besluit', { by: 'WF-1', date: addDays(today, 2), granted: true }),
    ).rejects.toThrow();
    const granted = await o.act('borgstelling-besluit', { by: 'WF-2026-17', date: today, granted: true });
    expect(granted.phase).toBe('looptijd');

    // Instalment n falls due n - 1 months after the first (addMonths: the 31st becomes the month's last day).
    const first = (await o.status()).nextDuePayment!.dueDate;
    await o.payInstalments(1);
    const s = await o.status();
    const due = s.nextDuePayment!.dueDate;
    expect(due).toBe(addMonths(first, 1));
    const looked = addDays(due, 2 * 14 + 1); // policy.betalingsregelingGraceDays = 14: task at the end of day 28
    await o.sleepTo(looked);
    const notes = await o.until(async () => {
      const n = (await world.h.notifications.list({ caseId: o.caseId })).filter((x) =>
        x.id.includes('termijn-2/'),
      );
      return n.length === 2 && n;
    }, 'reminder and officer task');
    expect(notes.map((n) => n.kind).sort()).toEqual(['deadline-reminder', 'officer-task']);
    // Arrears are the unpaid instalments whose due date has passed: this one, and the third too once its due
    // date lies behind us (it may fall within those 29 days).
    const third = addMonths(first, 2);
    expect((await o.status()).arrearsCents).toBe((compareCivilDates(third, looked) < 0 ? 2 : 1) * 50_000);
    // The day after the third due date, before any reminder for it, the status already counts it.
    if (compareCivilDates(third, looked) >= 0) await o.sleepTo(addDays(third, 1));
    const { arrearsCents } = await o.status();
    expect(arrearsCents).toBe(100_000);

    await o.officer('regeling-beeindigen', {
      date: await world.op.today(),
      reason: 'niet-nagekomen',
      grounds: ['Twee termijnen niet betaald ondanks herinnering en gesprek'],
      admissionDate: s.startedOn,
    });
    expect(await o.handle.result()).toMatchObject({ outcome: 'beeindigd' });
    const end = await o.status();
    expect(end.borgstelling!.uitbetaling).toMatchObject({ amountCents: 850_000 });
    await o.until(
      async () => (await payments(o.caseId)).some((p) => p.kind === 'uitbetaling-borgstelling'),
      'uitbetaling',
    );
    expect(byKind(end.letters, 'beeindigingsbeschikking')).toEqual(['resident']);
  });
});

describe('oplossing: saneringskrediet repaid', () => {
  it('18 instalments to the kredietbank → borgstelling ends → nazorg → afgerond, every run bounded', async () => {
    const o = await world.op.start([
      { id: 'a', type: 'bank', claim: 300_000 },
      { id: 'cjib', type: 'cjib', claim: 100_000 },
    ]);
    await o.officer('oplossing-start', krediet(10_000));
    await o.act('voorstel-akkoord', { creditorId: 'a' });
    const s = await o.act('voorstel-akkoord', { creditorId: 'cjib' });
    expect(s.phase).toBe('looptijd');
    // CJIB is paid its offer but grants no finale kwijting: the rest of its claim stays on record.
    const cjib = s.creditors.find((c) => c.creditorId === 'cjib')!;
    expect(cjib.remainingOnRecordCents).toBe(100_000 - cjib.offerCents);
    await o.payInstalments();
    await o.sleepTo(addDays(s.looptijd!.endDate, 1));
    expect(await o.handle.result()).toMatchObject({ outcome: 'afgerond' });
    const end = await o.status();
    expect(end.borgstelling!.endedOn).toBeDefined();
    expect(end.borgstelling!.uitbetaling).toBeUndefined();
    expect(byKind(end.letters, 'verzoek-finale-kwijting')).toEqual([]);
    expect(end.nazorgDone).toBe(2);
    const counts = await o.eventCounts();
    console.log(`oplossing saneringskrediet: events per run ${counts.join(', ')}`);
    for (const n of counts) expect(n).toBeLessThan(600);
  }, 300_000);
});

describe('oplossing: betalingsregeling with missed payments', () => {
  it('missed payment → reminder → officer task → termination with beëindigingsbeschikking and letters to creditors', async () => {
    const o = await world.op.start([
      { id: 'a', claim: 100_000 },
      { id: 'b', claim: 200_000 },
    ]);
    await o.officer('oplossing-start', {
      afloscapaciteitPerMonth: 5_000,
      vtlbBasis: 'VTLB 2026',
      form: 'betalingsregeling',
    });
    await o.act('voorstel-akkoord', { creditorId: 'a' });
    await o.act('voorstel-akkoord', { creditorId: 'b' });
    await o.payInstalments(2);
    const s = await o.status();
    expect(s.creditors.map((c) => c.paidCents)).toEqual([3_334, 6_666]); // 2 × € 50 divided by what is open of each offer (largest remainder)
    await o.sleepTo(addDays(s.nextDuePayment!.dueDate, 15));
    await o.until(async () => (await o.actions()).includes('herinnering betaling'), 'reminder');
    await o.sleepTo(addDays(s.nextDuePayment!.dueDate, 29));
    await o.until(
      async () => (await o.actions()).includes('betaling blijft uit: taak voor de consulent'),
      'officer task',
    );

    await o.officer('regeling-beeindigen', {
      date: await world.op.today(),
      reason: 'niet-nagekomen',
      grounds: ['Betalingen gestopt'],
      admissionDate: s.startedOn,
    });
    expect(await o.handle.result()).toMatchObject({ outcome: 'beeindigd' });
    const end = await o.until(async () => {
      const x = await o.status();
      return x.letters.filter((l) => l.kind === 'schuldregeling-beeindigd').length === 2 && x;
    }, 'ending letters');
    expect(byKind(end.letters, 'beeindigingsbeschikking')).toEqual(['resident']);
    expect(end.creditors.map((c) => c.remainingOnRecordCents)).toEqual([100_000 - 3_334, 200_000 - 6_666]);
  });
});
