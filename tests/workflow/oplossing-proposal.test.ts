import { OplossingService } from '../../services/oplossing';
import { ActionRejectedError, InvalidInputError } from '../../services/errors';
import { byKind, oplossingWorld } from '../support/oplossing-driver';
import { terminateWhenQuiet } from '../support/time-skipping';

/** The betaalvoorstel: rejection and heroverweging, a dwangakkoord, refused updates (time-skipping). */

const world = oplossingWorld('OPLP');

const start = { afloscapaciteitPerMonth: 5_000, vtlbBasis: 'VTLB 2026', form: 'betalingsregeling' };

describe('oplossing: betaalvoorstel', () => {
  it('one rejects then accepts after heroverweging; another keeps refusing → dwangakkoord granted → bound', async () => {
    const o = await world.op.start([
      { id: 'a', claim: 100_000 },
      { id: 'b', claim: 200_000 },
      { id: 'c', claim: 50_000 },
    ]);
    await o.officer('oplossing-start', start);
    await o.until(async () => (await o.letters('betaalvoorstel')).length === 3, 'betaalvoorstel letters');

    const rejected = await o.act('voorstel-afwijzing', { creditorId: 'a', reason: 'Aanbod te laag' });
    expect(rejected.creditors.find((c) => c.creditorId === 'a')!.stage).toBe('heroverweging');
    await o.until(async () => (await o.letters('heroverweging')).length === 1, 'heroverweging letter a');
    await o.act('voorstel-akkoord', { creditorId: 'a' });

    await o.act('voorstel-afwijzing', { creditorId: 'b', reason: 'Wij werken niet mee' });
    await o.until(async () => (await o.letters('heroverweging')).length === 2, 'heroverweging letter b');
    const refusing = await o.act('voorstel-afwijzing', { creditorId: 'b', reason: 'Nog steeds niet' });
    expect(refusing.creditors.find((c) => c.creditorId === 'b')!.stage).toBe('blijft-weigeren');
    await o.act('voorstel-akkoord', { creditorId: 'c' });

    const today = await world.op.today();
    // Refused: a ruling before the petition and hearing; the status stays exactly as it was.
    const before = await o.status();
    await expect(
      o.officer('dwangakkoord-uitspraak', { creditorId: 'b', date: today, granted: true }),
    ).rejects.toThrow();
    await expect(o.officer('dwangakkoord-zitting', { creditorId: 'b', date: today })).rejects.toThrow();
    expect(await o.status()).toEqual(before);

    await o.officer('dwangakkoord-verzoek', { creditorId: 'b', date: today });
    await o.officer('dwangakkoord-zitting', { creditorId: 'b', date: today });
    const bound = await o.officer('dwangakkoord-uitspraak', { creditorId: 'b', date: today, granted: true });
    expect(bound.creditors.find((c) => c.creditorId === 'b')).toMatchObject({
      stage: 'gebonden',
      dwangakkoord: { requestedOn: today, hearingOn: today, ruledOn: today, granted: true },
    });
    expect(bound.phase).toBe('looptijd');
    const s = await o.until(async () => {
      const x = await o.status();
      return x.letters.filter((l) => l.kind === 'schuldregeling-akkoord').length === 3 && x;
    }, 'akkoord letters');
    expect(byKind(s.letters, 'schuldregeling-akkoord')).toEqual(['a', 'b', 'c']);
    expect(await o.actions()).toEqual(
      expect.arrayContaining([
        'betaalvoorstel afgewezen',
        'verzoek dwangakkoord ingediend samen met het Wsnp-verzoek (Fw art. 287a lid 1)',
        'dwangakkoord toegewezen: schuldeiser gebonden',
      ]),
    );
    await terminateWhenQuiet(o.handle);
  });

  it('a silent creditor gets a reminder letter, then the officer is alerted; Wsnp-verklaring ends with outcome wsnp', async () => {
    const o = await world.op.start([
      { id: 'a', claim: 100_000 },
      { id: 'stil', claim: 80_000 },
    ]);
    await o.officer('oplossing-start', start);
    await o.act('voorstel-akkoord', { creditorId: 'a' });
    const sent = await o.status();
    const deadline = sent.creditors.find((c) => c.creditorId === 'stil')!.answerDeadline!;
    await o.sleepTo(deadline);
    await world.env.sleep(86_400_000);
    await o.until(
      async () => (await o.letters('herinnering-betaalvoorstel')).length === 1,
      'reminder letter',
    );
    const reminded = (await o.status()).creditors.find((c) => c.creditorId === 'stil')!;
    expect(reminded.stage).toBe('herinnerd');
    await o.sleepTo(reminded.answerDeadline!);
    await world.env.sleep(86_400_000);
    await o.until(async () => (await o.status()).creditors[1]!.stage === 'geescaleerd', 'escalation');
    const alerts = (await world.h.notifications.list({ caseId: o.caseId })).filter(
      (n) => n.kind === 'creditor-silent',
    );
    expect(alerts).toHaveLength(1);

    await o.officer('wsnp-verklaring', {
      date: await world.op.today(),
      reason: 'Geen minnelijke regeling mogelijk',
    });
    expect(await o.handle.result()).toMatchObject({ outcome: 'wsnp' });
  });

  it('refuses invalid updates with a Dutch reason and changes nothing', async () => {
    const o = await world.op.start([{ id: 'a', claim: 100_000 }]);
    const before = await o.status();
    await expect(o.act('voorstel-akkoord', { creditorId: 'a' })).rejects.toThrow(); // no proposal yet
    await expect(o.officer('oplossing-start', { ...start, afloscapaciteitPerMonth: -1 })).rejects.toThrow();
    await expect(o.officer('oplossing-start', { ...start, form: 'saneringskrediet' })).rejects.toThrow();
    await expect(o.officer('betaling', { date: await world.op.today(), amount: 100 })).rejects.toThrow();
    expect(await o.status()).toEqual(before);
    const reasons = await Promise.all(
      [
        o.act('voorstel-akkoord', { creditorId: 'a' }),
        o.officer('oplossing-start', { ...start, afloscapaciteitPerMonth: -1 }),
        o.officer('oplossing-start', { ...start, form: 'saneringskrediet' }),
        o.officer('oplossing-start', { ...start, afloscapaciteitPerMonth: 12.5 }),
      ].map((p) =>
        p.then(
          () => 'accepted',
          (e: Error) => String((e.cause as Error | undefined)?.message ?? e.message),
        ),
      ),
    );
    expect(reasons).toEqual([
      expect.stringMatching(/fase voorbereiding/),
      expect.stringMatching(/mag niet negatief zijn/),
      expect.stringMatching(/de kredietbank verplicht/),
      expect.stringMatching(/geheel aantal centen/),
    ]);
    await o.officer('oplossing-start', start);
    await expect(o.act('voorstel-akkoord', { creditorId: 'onbekend' })).rejects.toThrow();
    const reason = await o
      .act('voorstel-afwijzing', { creditorId: 'a' })
      .catch((e: Error) => String((e.cause as Error).message));
    expect(reason).toMatch(/reason/);
    await terminateWhenQuiet(o.handle);
  });

  it("the service checks the role, names the bad field and passes on the workflow's Dutch reason", async () => {
    const o = await world.op.start([{ id: 'a', claim: 100_000 }]);
    const service = new OplossingService(world.env.client);
    const officer = { role: 'officer', officerId: 'medewerker-001' } as const;
    await expect(service.act(o.caseId, 'oplossing-start', { role: 'waarborgfonds' }, start)).rejects.toThrow(
      /rol officer/,
    );
    await expect(
      service.act(o.caseId, 'oplossing-start', officer, { ...start, vtlbBasis: '' }),
    ).rejects.toThrow(InvalidInputError);
    await expect(
      service.act(o.caseId, 'betaling', officer, { date: await world.op.today(), amount: 5 }),
    ).rejects.toThrow(ActionRejectedError);
    const s = await service.act(o.caseId, 'oplossing-start', officer, start);
    expect(s.phase).toBe('betaalvoorstel');
    const answered = await service.act(
      o.caseId,
      'voorstel-akkoord',
      { role: 'creditor', creditorId: 'a' },
      {},
    );
    expect(answered.phase).toBe('looptijd');
    expect((await service.timeline(o.caseId)).map((e) => e.action)).toContain('akkoord met betaalvoorstel');
    await terminateWhenQuiet(o.handle);
  });
});
