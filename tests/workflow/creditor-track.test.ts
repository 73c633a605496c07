import { amsterdamDateOf, deadlineInstant } from '../../domain/amsterdam-time';
import { addMonths } from '../../domain/civil-date';
import { werkdagenBetween } from '../../domain/calendar';
import { ActionRejectedError } from '../../services/errors';
import { DAY, caseWorld } from '../support/case-driver';

/** One child workflow per creditor: letters, the answer term, the pause (time-skipping). */

const world = caseWorld('TRACK');

const kinds = (letters: { kind: string }[]) => letters.map((l) => l.kind);

describe('creditor track', () => {
  it('sends kennisgeving and saldoverzoek at stabilisatie; an answer in time records the claim', async () => {
    const c = await world.cases.start();
    await c.until(async () => (await c.track('woonstad')).phase === 'wacht-op-stabilisatie', 'track started');
    await expect(
      world.cases.service.answer(c.caseId, 'woonstad', 'saldo-opgave', { amount: 1, reference: 'x' }),
    ).rejects.toThrow(/nog geen kennisgeving/);
    await c.admit();
    const track = await c.until(async () => {
      const t = await c.track('woonstad');
      return t.letters.length >= 2 && t;
    }, 'kennisgeving + saldoverzoek');
    expect(kinds(track.letters)).toEqual(['kennisgeving', 'saldoverzoek']);
    expect(track).toMatchObject({ phase: 'wacht-op-antwoord', pauseConfirmed: false });
    // Woonstad's convenant is 8 months: the pause ends 8 months after the kennisgeving.
    expect(track.pauseEnd! > track.kennisgevingOn!).toBe(true);

    await world.env.sleep(5 * DAY);
    const answered = await world.cases.service.answer(c.caseId, 'woonstad', 'saldo-opgave', {
      amount: 315_075,
      reference: 'HUUR-2026-0042',
    });
    expect(answered).toMatchObject({ phase: 'beantwoord', answer: 'saldo-opgave', claimAmount: 315_075 });
    const caseView = await c.until(async () => {
      const s = await c.status();
      const w = s.creditors.find((x) => x.creditorId === 'woonstad')!;
      return w.answer === 'saldo-opgave' && w;
    }, 'case sees the answer');
    expect(caseView.claimAmount).toBe(315_075);
    await world.env.sleep(30 * DAY);
    expect(kinds((await c.track('woonstad')).letters)).toEqual(['kennisgeving', 'saldoverzoek']); // no reminder
  });

  it('a silent creditor gets a reminder after 10 werkdagen, and the officer is alerted after the second term', async () => {
    const c = await world.cases.start();
    await c.admit();
    const sent = await c.until(async () => {
      const t = await c.track('cjib');
      return t.phase === 'wacht-op-antwoord' && t;
    }, 'kennisgeving');
    // The answer term is 10 werkdagen (Schuldenknooppunt): around the holidays that is more than two weeks.
    expect(werkdagenBetween(sent.kennisgevingOn!, sent.answerDeadline!)).toBe(10);
    await world.env.sleep(deadlineInstant(sent.answerDeadline!) - (await world.env.currentTimeMs()) - DAY);
    expect((await c.track('cjib')).phase).toBe('wacht-op-antwoord'); // the last day still counts
    await world.env.sleep(2 * DAY);
    const reminded = await c.until(async () => {
      const t = await c.track('cjib');
      return t.phase === 'herinnerd' && t.letters.length === 3 && t;
    }, 'reminder letter');
    expect(kinds(reminded.letters)).toEqual(['kennisgeving', 'saldoverzoek', 'herinnering-saldoverzoek']);
    expect(
      (await world.h.notifications.list({ caseId: c.caseId })).filter((n) => n.kind === 'creditor-silent'),
    ).toEqual([]);

    expect(werkdagenBetween(reminded.letters[2]!.on, reminded.answerDeadline!)).toBe(10);
    await world.env.sleep(
      deadlineInstant(reminded.answerDeadline!) - (await world.env.currentTimeMs()) + DAY,
    );
    await c.until(async () => (await c.track('cjib')).phase === 'geescaleerd', 'escalation');
    const alerts = (await world.h.notifications.list({ caseId: c.caseId })).filter(
      (n) => n.kind === 'creditor-silent' && n.id.includes('/creditor/cjib/'),
    );
    expect(alerts).toEqual([expect.objectContaining({ audience: 'officer', officerId: 'medewerker-001' })]);
    expect(alerts[0]!.message).not.toMatch(/Zwartkruis|123456782/); // no personal data in alerts
    const s = await c.status();
    expect(s.creditors.find((x) => x.creditorId === 'cjib')!.phase).toBe('geescaleerd');
  });

  it('renews the pause while the case runs: a new kennisgeving when the 4 months end', async () => {
    const c = await world.cases.start();
    await c.admit();
    const first = await c.until(async () => {
      const t = await c.track('belastingdienst');
      return t.pauseEnd && t;
    }, 'pause');
    await world.cases.service.answer(c.caseId, 'belastingdienst', 'vooraf-akkoord', {});
    await world.env.sleep(125 * DAY); // past the 4-month pause
    const renewed = await c.until(async () => {
      const t = await c.track('belastingdienst');
      return t.pauseEnd! > first.pauseEnd! && t;
    }, 'renewed pause');
    expect(kinds(renewed.letters).filter((k) => k === 'kennisgeving')).toHaveLength(2);
    expect(renewed.letters.map((l) => l.letterId)).toContain(
      `${c.caseId.replace(/^case-/, '')}.kennisgeving.belastingdienst.2`,
    );
  });

  it('refuses a second answer of another kind, and bad amounts, without changing the track', async () => {
    const c = await world.cases.start();
    await c.admit();
    // Both letters out (kennisgeving, saldoverzoek): a letter still being made would change the track under us.
    await c.until(async () => {
      const t = await c.track('woonstad');
      return t.phase === 'wacht-op-antwoord' && t.letters.length >= 2;
    }, 'kennisgeving + saldoverzoek');
    await world.cases.service.answer(c.caseId, 'woonstad', 'geen-medewerking', {
      reason: 'Dossier al bij deurwaarder',
    });
    const before = await c.track('woonstad');
    await expect(world.cases.service.answer(c.caseId, 'woonstad', 'vooraf-akkoord', {})).rejects.toThrow(
      ActionRejectedError,
    );
    await expect(
      world.cases.service.answer(c.caseId, 'woonstad', 'saldo-opgave', { amount: -5, reference: 'x' }),
    ).rejects.toThrow(/groter dan nul/);
    expect(await c.track('woonstad')).toEqual(before);
  });

  it('a paper saldo-opgave with its breakdown records the officer; the second pause runs 8 months from it', async () => {
    const c = await world.cases.start();
    await c.admit();
    const sent = await c.until(async () => {
      const t = await c.track('woonstad');
      return t.phase === 'wacht-op-antwoord' && t;
    }, 'kennisgeving');
    await world.env.sleep(3 * DAY);
    const on = amsterdamDateOf(await world.env.currentTimeMs());
    const answered = await world.cases.service.answer(
      c.caseId,
      'woonstad',
      'saldo-opgave',
      { hoofdsom: 300_000, rente: 10_075, kosten: 5_000, datumOntstaan: '2025-06-01' },
      { officerId: 'medewerker-002' },
    );
    // 3.000,00 + 100,75 + 50,00 = 3.150,75; no kenmerk given, so the known claim's reference stays.
    expect(answered).toMatchObject({
      claimAmount: 315_075,
      saldoOpgave: { hoofdsom: 300_000, receivedOn: on },
    });
    expect(answered.answerEntries).toEqual([
      { answer: 'saldo-opgave', on, by: 'medewerker', officerId: 'medewerker-002' },
    ]);
    const track = await c.track('woonstad');
    // NVVK convenant (Woonstad 8 months) from the kennisgeving; NVVK Modelconvenant 2024: 8 months from the saldo-opgave.
    expect(track.pauses?.pauses.map((p) => [p.kind, p.start, p.end])).toEqual([
      ['kennisgeving', sent.kennisgevingOn, addMonths(sent.kennisgevingOn!, 8)],
      ['saldo-opgave', on, addMonths(on, 8)],
    ]);
    expect(track.pauses?.bindingKind).toBe('saldo-opgave');
  });

  it('a moratorium the court grants reaches every track and is listed there as a pause, with its article', async () => {
    const c = await world.cases.start();
    await c.admit();
    await c.until(async () => (await c.track('cjib')).phase === 'wacht-op-antwoord', 'kennisgeving');
    const today = await world.cases.today();
    const endDate = addMonths(today, 5);
    await c.act('moratorium-request', { date: today });
    await c.act('moratorium-decision', { date: today, granted: true, endDate });
    for (const creditorId of ['belastingdienst', 'woonstad', 'cjib']) {
      const pause = await c.until(async () => {
        const track = await c.track(creditorId);
        return track.pauses?.pauses.find((p) => p.kind === 'moratorium');
      }, `moratorium at ${creditorId}`);
      expect(pause).toMatchObject({ start: today, end: endDate, source: expect.stringMatching(/^Wgs art\. 5/) });
    }
  });
});
