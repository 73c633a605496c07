/**
 * The pause list (issue 12 §4.3, issue 16 §3) and the einde-pauze letter's reason (issue 12 §4.2).
 * Hand-worked from the sources:
 * - NVVK convenant (Woonstad: 8 months) from the kennisgeving of 1 March 2027 → 1 November 2027;
 * - NVVK Modelconvenant 2024: 8 months from the saldo-opgave of 10 March 2027 → 10 November 2027;
 * - noodstop (CJIB model) pulled 1 December 2026: 4 months → 1 April 2027, +8 at toelating → 1 December 2027
 *   (the walk-through of issue 12 §4.3: the noodstop to 2027-12-01 binds, not the convenant pause end);
 * - moratorium, Wgs art. 5: at most 6 months, ordered 15 March 2027 → 15 September 2027.
 */
import { letterRegistry } from '../../../activities/letters/registry';
import { exampleLetterInput } from '../../../activities/letters/examples';
import { pausesOn } from '../../../domain/pauses';
import { trackPauses } from '../../../workflows/creditor-track/pauses';
import * as t from '../../../workflows/creditor-track/transitions';
import { ctx, d, freshTrack } from './fixtures';

const started = () => t.startTrack(freshTrack(), ctx, d('2027-03-01')).state;

describe('pauses of one creditor', () => {
  test('kennisgeving pause and the second pause after the saldo-opgave; the later one binds', () => {
    const state = t.applyAnswer(started(), 'saldo-opgave', { hoofdsom: 50_000 }, d('2027-03-10')).state;
    const status = trackPauses(state, d('2027-03-20'), 8);
    expect(
      status.pauses.map(({ kind, start, end, state: s, binding }) => ({ kind, start, end, s, binding })),
    ).toEqual([
      { kind: 'kennisgeving', start: '2027-03-01', end: '2027-11-01', s: 'loopt', binding: false },
      { kind: 'saldo-opgave', start: '2027-03-10', end: '2027-11-10', s: 'loopt', binding: true },
    ]);
    expect(status.pauses[1]!.source).toBe('NVVK Modelconvenant 2024: 8 maanden na de saldo-opgave');
    expect(status).toMatchObject({ bindingEnd: '2027-11-10', bindingKind: 'saldo-opgave' });
  });

  test('noodstop to 1 December 2027 beside a convenant pause to 1 November 2027: the noodstop binds (§4.3)', () => {
    let state = started();
    state = t.applyNoodstop(state, ctx, {
      change: 'pulled',
      on: d('2026-12-01'),
      endDate: d('2027-04-01'),
    }).state;
    state = t.applyNoodstop(state, ctx, {
      change: 'extended',
      on: d('2027-03-01'),
      endDate: d('2027-12-01'),
      previousEndDate: d('2027-04-01'),
    }).state;
    state = {
      ...state,
      status: {
        ...state.status,
        moratorium: {
          orderedOn: d('2027-03-15'),
          endDate: d('2027-09-15'),
          source: 'Wgs art. 5: 6 maanden (max. 6)',
        },
      },
    };
    const status = trackPauses(state, d('2027-03-20'), 8);
    expect(status.pauses.map((p) => [p.kind, p.end, p.binding])).toEqual([
      ['kennisgeving', '2027-11-01', false],
      ['noodstop', '2027-12-01', true],
      ['moratorium', '2027-09-15', false],
    ]);
  });

  test('when the schuldregeling is agreed on 1 June 2027 every pause ends that day, for that reason (§4.1)', () => {
    let state = started();
    state = t.applyNoodstop(state, ctx, {
      change: 'pulled',
      on: d('2027-03-02'),
      endDate: d('2027-07-02'),
    }).state;
    const closed = { on: d('2027-06-01'), reason: 'schuldregeling-tot-stand' as const };
    state = { ...t.closeTrack(state, closed).state, closed };
    const status = trackPauses(state, d('2027-06-02'), 8);
    expect(status.pauses.map((p) => [p.kind, p.state, p.endedOn, p.endedBecause])).toEqual([
      ['kennisgeving', 'beeindigd', '2027-06-01', 'de schuldregeling is tot stand gekomen'],
      ['noodstop', 'beeindigd', '2027-06-01', 'de schuldregeling is tot stand gekomen'],
    ]);
    expect(status.bindingEnd).toBeUndefined();
  });

  test('a pause whose term passed is verlopen, not binding', () => {
    const status = pausesOn(
      [{ kind: 'noodstop', source: 'x', start: d('2027-01-01'), end: d('2027-05-01') }],
      d('2027-05-02'),
    );
    expect(status.pauses[0]).toMatchObject({ state: 'verlopen', binding: false });
    expect(
      pausesOn(
        [{ kind: 'noodstop', source: 'x', start: d('2027-01-01'), end: d('2027-05-01') }],
        d('2027-05-01'),
      ).bindingEnd,
    ).toBe('2027-05-01');
  });
});

describe('einde-pauze letter (§4.2)', () => {
  const render = (data: object) => {
    const input = exampleLetterInput('einde-pauze');
    const ctxLetter = {
      letterhead: {} as never,
      date: d('2027-06-01'),
      caseReference: 'X',
      kenmerk: 'K',
      contact: { name: 'Team' } as never,
    };
    return JSON.stringify(
      letterRegistry['einde-pauze'].render(
        ctxLetter,
        input.recipient as never,
        { ...input.data, ...data } as never,
      ),
    );
  };
  test('a schuldregeling agreed: the pause ends because of the agreement, not because a convenant term ran out', () => {
    const text = render({
      pauseEndDate: '2027-06-01',
      reason: 'schuldregeling-tot-stand',
      alsoEnds: ['noodstop'],
    });
    expect(text).toContain('Op deze dag is de schuldregeling tot stand gekomen');
    expect(text).toContain('de betalingspauze na onze kennisgeving en de noodstop');
    expect(text).not.toContain('NVVK-convenant');
  });
  test('a convenant term that ran out still says so', () => {
    expect(render({ reason: 'termijn-verstreken' })).toContain('Einde van de termijn uit het NVVK-convenant');
  });
});
