/**
 * The creditor track's pure parts without a server. Expected dates are worked out by hand:
 * - answer term: Schuldenknooppunt process agreement, 10 werkdagen after the letter; from Monday 1 March 2027
 *   the werkdagen are 2–5, 8–12 and 15 March (no feestdag), so the term ends Monday 15 March 2027;
 * - kennisgeving pause: NVVK convenant of Woonstad, 8 months from 1 March 2027 → 1 November 2027.
 */
import { TRACK_STAGES, nextStage } from '../../../workflows/creditor-track/stages';
import { answerTimer, pauseTimer } from '../../../workflows/creditor-track/agenda';
import { answerRefusal } from '../../../workflows/creditor-track/rules';
import * as t from '../../../workflows/creditor-track/transitions';
import { ctx, d, freshTrack } from './fixtures';

const started = () => t.startTrack(freshTrack(), ctx, d('2027-03-01'));

describe('stage table', () => {
  test('the answer path: wacht-op-antwoord → herinnerd → geescaleerd; an answer ends it from any of them', () => {
    expect(nextStage('wacht-op-stabilisatie', 'kennisgeving-verstuurd')).toBe('wacht-op-antwoord');
    expect(nextStage('wacht-op-antwoord', 'antwoordtermijn-verstreken')).toBe('herinnerd');
    expect(nextStage('herinnerd', 'herinneringstermijn-verstreken')).toBe('geescaleerd');
    for (const stage of ['wacht-op-antwoord', 'herinnerd', 'geescaleerd', 'beantwoord'] as const)
      expect(nextStage(stage, 'beantwoord')).toBe('beantwoord');
  });
  test('gesloten is final, and a reminder cannot come after an answer', () => {
    expect(TRACK_STAGES.gesloten).toEqual({});
    expect(() => nextStage('beantwoord', 'antwoordtermijn-verstreken')).toThrow(/kan niet/);
  });
});

describe('transitions', () => {
  test('stabilisatie: kennisgeving then saldoverzoek, answer term 15 March, pause to 1 November 2027', () => {
    const { state, effects } = started();
    expect(state.status).toMatchObject({
      phase: 'wacht-op-antwoord',
      kennisgevingOn: '2027-03-01',
      answerDeadline: '2027-03-15',
      pauseEnd: '2027-11-01',
    });
    expect(effects.map((e) => (e.type === 'letter' ? e.letter.kind : e.type))).toEqual([
      'kennisgeving',
      'saldoverzoek',
    ]);
    expect(answerTimer(state)).toEqual({ kind: 'antwoordtermijn', due: '2027-03-15' });
    expect(pauseTimer(state)).toEqual({ kind: 'pauze-einde', due: '2027-11-01' });
  });

  test('term passed on 16 March: reminder with a new term to 1 April (werkdagen 17–19, 22–25, 30, 31, 1 April; Easter 2027 is 28 March, so Goede Vrijdag 26 and tweede Paasdag 29 March are feestdagen, Atw art. 3)', () => {
    const { state, effects } = t.answerTermPassed(started().state, ctx, d('2027-03-16'));
    expect(state.status).toMatchObject({ phase: 'herinnerd', answerDeadline: '2027-04-01' });
    expect(effects).toEqual([
      expect.objectContaining({
        type: 'letter',
        letter: expect.objectContaining({ kind: 'herinnering-saldoverzoek' }),
      }),
    ]);
    const escalated = t.reminderTermPassed(state, ctx);
    expect(escalated.state.status.phase).toBe('geescaleerd');
    expect(escalated.effects[1]).toMatchObject({
      type: 'alert',
      notification: { kind: 'creditor-silent', audience: 'officer' },
    });
    expect(answerTimer(escalated.state)).toBeNull();
  });

  test('an answer that arrived just before the timer leaves no reminder', () => {
    const answered = t.applyAnswer(started().state, 'vooraf-akkoord', {}, d('2027-03-10'));
    expect(t.answerTermPassed(answered.state, ctx, d('2027-03-16')).effects).toEqual([]);
  });

  test('saldo-opgave with hoofdsom, rente and kosten: claim total 3.150,75 = 3.000,00 + 100,75 + 50,00', () => {
    const { state, effects } = t.applyAnswer(
      started().state,
      'saldo-opgave',
      {
        hoofdsom: 300_000,
        rente: 10_075,
        kosten: 5_000,
        datumOntstaan: '2025-06-01',
        kenmerkSchuldeiser: 'HUUR-2027-7',
      },
      d('2027-03-10'),
    );
    expect(state.status.claims).toEqual([
      { creditorId: 'woonstad', amount: 315_075, reference: 'HUUR-2027-7', preferent: false },
    ]);
    expect(state.status.saldoOpgave).toMatchObject({
      hoofdsom: 300_000,
      rente: 10_075,
      kosten: 5_000,
      receivedOn: '2027-03-10',
    });
    expect(effects).toEqual([{ type: 'report', event: 'saldo-opgave ontvangen' }]);
  });

  test('a paper answer records the officer who entered it, the day of entry and the day it arrived (§4.8)', () => {
    const { state, effects } = t.applyAnswer(
      started().state,
      'saldo-opgave',
      { amount: 50_000, reference: 'X' },
      d('2027-03-12'),
      {
        officerId: 'medewerker-007',
        receivedOn: d('2027-03-09'),
      },
    );
    expect(state.status.answerEntries).toEqual([
      {
        answer: 'saldo-opgave',
        on: '2027-03-12',
        by: 'medewerker',
        officerId: 'medewerker-007',
        receivedOn: '2027-03-09',
      },
    ]);
    expect(state.status.saldoOpgave?.receivedOn).toBe('2027-03-09');
    expect(effects[0]).toEqual({
      type: 'report',
      event: 'saldo-opgave ontvangen (op papier, ingevoerd door medewerker-007)',
    });
  });

  test('closing after a schuldregeling: einde-pauze with the real reason, and a running noodstop ends too (§4.1–4.2)', () => {
    let state = started().state;
    state = t.applyNoodstop(state, ctx, {
      change: 'pulled',
      on: d('2027-03-02'),
      endDate: d('2027-07-02'),
    }).state;
    const closed = { on: d('2027-06-01'), reason: 'schuldregeling-tot-stand' as const };
    const [effect] = t.closingEffects(state, ctx, closed);
    expect(effect).toMatchObject({
      type: 'letter',
      letter: {
        kind: 'einde-pauze',
        data: { pauseEndDate: '2027-06-01', reason: 'schuldregeling-tot-stand', alsoEnds: ['noodstop'] },
      },
    });
    const after = t.closeTrack(state, closed).state.status;
    expect(after.phase).toBe('gesloten');
    expect(after.noodstop).toMatchObject({ active: false, endedOn: '2027-06-01' });
  });

  test('a removed creditor gets no einde-pauze letter', () => {
    expect(t.closingEffects(started().state, ctx, { on: d('2027-04-01'), reason: 'verwijderd' })).toEqual([]);
  });
});

describe('answer refusals (Dutch reasons)', () => {
  const today = d('2027-03-10');
  test('before the kennisgeving, after the close, twice, and with a future date', () => {
    expect(answerRefusal(freshTrack(), 'vooraf-akkoord', {}, today)).toMatch(/nog geen kennisgeving/);
    const s = started().state;
    expect(
      answerRefusal({ ...s, closed: { on: today, reason: 'hulp-beeindigd' } }, 'vooraf-akkoord', {}, today),
    ).toMatch(/gesloten/);
    const answered = t.applyAnswer(s, 'geen-medewerking', { reason: 'nee' }, today).state;
    expect(answerRefusal(answered, 'vooraf-akkoord', {}, today)).toBe(
      'U heeft al geantwoord (geen medewerking); neem contact op met de gemeente om dat te wijzigen.',
    );
    expect(answerRefusal(s, 'saldo-opgave', { hoofdsom: 1, datumOntstaan: '2027-03-11' }, today)).toMatch(
      /datumOntstaan.*toekomst/,
    );
    expect(
      answerRefusal(
        s,
        'saldo-opgave',
        { amount: 1, enteredBy: { officerId: 'm-1', receivedOn: '2027-02-01' } },
        today,
      ),
    ).toMatch(/vóór de kennisgeving/);
    expect(answerRefusal(s, 'saldo-opgave', { amount: 1 }, today)).toBeNull();
  });
});
