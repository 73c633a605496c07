import { parseCivilDate, type CivilDate } from '../../../domain/civil-date';
import { DEFAULT_POLICY } from '../../../domain/policy';
import { aanmeldingDateProblems, type Aanmelding } from '../../../domain/records';
import { eersteGesprekDeadline } from '../../../domain/terms';
import { nextDeadline, noodstopDue, phaseTerm } from '../../../workflows/case/agenda';
import { caseAttributesOf } from '../../../workflows/case/attributes';
import { deriveCaseStatus } from '../../../workflows/case/derive';
import type { CaseEffect } from '../../../workflows/case/effects';
import { checkCaseAction, type RuleContext } from '../../../workflows/case/rules';
import { initialCaseState, type CaseState } from '../../../workflows/case/state';
import {
  caseTransitions,
  closeCase,
  noodstopExpired,
  schuldregelingAgreed,
  type TransitionContext,
} from '../../../workflows/case/transitions';
import { exampleAanmelding } from '../../support/aanmelding';

/**
 * The case's transitions and rules without a server. Dates are this test's own: the example aanmelding is of
 * Monday 23 November 2026; the officer works on Tuesday 1 December 2026.
 */
const d = (s: string): CivilDate => parseCivilDate(s);
const today = d('2026-12-01');
const officerId = 'medewerker-007';

function fresh(): { state: CaseState; aanmelding: Aanmelding; ctx: TransitionContext; rules: RuleContext } {
  const aanmelding = exampleAanmelding();
  const state = initialCaseState('case-GM0599-T-1', 'GM0599-T-1', aanmelding);
  const term = eersteGesprekDeadline(aanmelding.requestDate);
  state.status.deadlines.push({
    kind: term.kind,
    deadline: term.deadline,
    source: term.source,
    state: 'open',
  });
  return {
    state,
    aanmelding,
    ctx: { aanmelding, policy: DEFAULT_POLICY, today, lateGesprekAlert: true, moratoriumToTracks: true },
    rules: { status: state.status, today },
  };
}
const records = (effects: CaseEffect[]) => effects.filter((e) => e.kind === 'record');

describe('eerste gesprek planned after the statutory term (Wgs art. 4 lid 1; issue 12 §3.7)', () => {
  // 23 November 2026 + 4 weeks = Monday 21 December 2026: no weekend, no feestdag (Atw art. 1).
  it('the term of the example ends on 21 December 2026', () => {
    expect(fresh().state.status.deadlines[0]!.deadline).toBe('2026-12-21');
  });

  it('a gesprek on 22 December warns the officer and alerts the supervisor', () => {
    const { state, ctx } = fresh();
    const appointment = { date: d('2026-12-22'), time: '10:00', location: 'Stadhuis' };
    const effects = caseTransitions['plan-eerste-gesprek'](state, { officerId, appointment }, ctx);
    const warning =
      'Het gesprek op 2026-12-22 valt na de wettelijke termijn: uiterlijk 2026-12-21 (Wgs art. 4 lid 1; Atw).';
    expect(state.status.eersteGesprekPlanned?.warning).toBe(warning);
    expect(records(effects)[0]).toMatchObject({ by: officerId, on: today, warning });
    expect(effects.find((e) => e.kind === 'alert')).toMatchObject({
      audience: 'supervisor',
      message: warning,
    });
  });

  it('a gesprek on the last day, 21 December, is in time: no warning, no alert', () => {
    const { state, ctx } = fresh();
    const appointment = { date: d('2026-12-21'), time: '10:00', location: 'Stadhuis' };
    const effects = caseTransitions['plan-eerste-gesprek'](state, { officerId, appointment }, ctx);
    expect(state.status.eersteGesprekPlanned?.warning).toBeUndefined();
    expect(effects.some((e) => e.kind === 'alert')).toBe(false);
  });
});

describe('the aanmelding refuses dates in the future (issue 12 §3.7)', () => {
  const aanmelding = exampleAanmelding();
  it('a request dated tomorrow and a birth tomorrow are refused, each with its field', () => {
    const problems = aanmeldingDateProblems(
      { requestDate: d('2026-12-02'), resident: { ...aanmelding.resident, dateOfBirth: d('2026-12-02') } },
      today,
    );
    expect(problems.map((p) => p.field)).toEqual(['requestDate', 'resident.dateOfBirth']);
    expect(problems[0]!.message).toMatch(/ligt in de toekomst/);
  });
  it('today is allowed', () => {
    expect(aanmeldingDateProblems({ requestDate: today, resident: aanmelding.resident }, today)).toEqual([]);
  });
});

describe('noodstop: dated by the officer, derived in one place (issue 12 §4.1, §4.8)', () => {
  it('pulled with its own date: the term counts from that day, the timeline names officer and day', () => {
    const { state, ctx } = fresh();
    // CJIB model (domain.md): 4 months from Wednesday 25 November 2026 = 25 March 2027 (no Atw: not statutory).
    const effects = caseTransitions['noodstop-pull'](
      state,
      { officerId, reason: 'crisis', date: d('2026-11-25') },
      ctx,
    );
    expect(state.status.noodstop).toMatchObject({
      pulledOn: '2026-11-25',
      endDate: '2027-03-25',
      active: true,
    });
    expect(records(effects)[0]).toMatchObject({ by: officerId, on: '2026-11-25' });
    expect(effects[1]).toMatchObject({
      kind: 'to-tracks',
      message: { signal: 'noodstop', change: { change: 'pulled' } },
    });
    expect(noodstopDue(state.status)).toBe('2027-03-25');
  });

  it('without a date it is the day it was recorded', () => {
    const { state, ctx } = fresh();
    caseTransitions['noodstop-pull'](state, { officerId, reason: 'crisis' }, ctx);
    expect(state.status.noodstop?.pulledOn).toBe(today);
  });

  it('a noodstop date in the future or before the aanmelding is refused', () => {
    const { rules } = fresh();
    expect(() =>
      checkCaseAction('noodstop-pull', rules, { officerId, reason: 'x', date: d('2026-12-02') }),
    ).toThrow('De datum van de noodstop ligt in de toekomst.');
    expect(() =>
      checkCaseAction('noodstop-pull', rules, { officerId, reason: 'x', date: d('2026-11-22') }),
    ).toThrow('De datum van de noodstop ligt vóór 2026-11-23.');
  });

  it('ends with the agreed schuldregeling: status and search attribute say inactive', () => {
    const { state, ctx } = fresh();
    caseTransitions['noodstop-pull'](state, { officerId, reason: 'crisis' }, ctx);
    state.status.phase = 'oplossing';
    const effects = schuldregelingAgreed(state.status, today, true);
    deriveCaseStatus(state.status);
    expect(state.status.noodstop).toMatchObject({ active: false, endedBy: 'schuldregeling', endedOn: today });
    expect(caseAttributesOf(state.status, undefined).noodstop).toBe(false);
    expect(noodstopDue(state.status)).toBeUndefined();
    expect(effects.at(-1)).toMatchObject({ message: { closed: { reason: 'schuldregeling-tot-stand' } } });
  });

  it('a case recorded before that patch keeps its noodstop until its own end (replay)', () => {
    const { state, ctx } = fresh();
    caseTransitions['noodstop-pull'](state, { officerId, reason: 'crisis' }, ctx);
    schuldregelingAgreed(state.status, today, false);
    deriveCaseStatus(state.status);
    expect(state.status.noodstop?.active).toBe(true);
    expect(noodstopExpired(state.status, d('2027-04-01'))[0]).toMatchObject({ action: 'noodstop verlopen' });
    deriveCaseStatus(state.status);
    expect(state.status.noodstop?.active).toBe(false);
  });

  it('lifting it twice is refused; a closed case ends it', () => {
    const { state, ctx, rules } = fresh();
    caseTransitions['noodstop-pull'](state, { officerId, reason: 'crisis' }, ctx);
    caseTransitions['noodstop-lift'](state, { officerId, reason: 'klaar' }, ctx);
    expect(() => checkCaseAction('noodstop-lift', rules, { officerId, reason: 'x' })).toThrow(
      'geen actieve noodstop',
    );
    caseTransitions['noodstop-pull'](state, { officerId, reason: 'opnieuw' }, ctx);
    closeCase(state.status, 'ingetrokken', today);
    deriveCaseStatus(state.status);
    expect(state.status.noodstop).toMatchObject({ active: false, endedBy: 'zaak-gesloten' });
  });
});

describe('waitingOn: one derivation (issue 12 §4.6)', () => {
  it('in the oplossing the case waits on whom the oplossing reports', () => {
    const { state } = fresh();
    state.status.phase = 'oplossing';
    deriveCaseStatus(state.status);
    expect(state.status.waitingOn).toBe('officer');
    state.status.oplossingWaitingOn = 'resident';
    deriveCaseStatus(state.status);
    expect(state.status.waitingOn).toBe('resident');
  });
});

describe('phases through the transitions, and the agenda', () => {
  it('eerste gesprek → beschikking term (Wgs art. 4a: 8 weeks, 1 December 2026 → 26 January 2027)', () => {
    const { state, ctx } = fresh();
    caseTransitions['eerste-gesprek'](state, { officerId, date: today }, ctx);
    expect(state.status.phase).toBe('beschikking');
    expect(phaseTerm(state.status.phase)).toBe('beschikking');
    // 1 December 2026 + 56 days = Tuesday 26 January 2027; the eerste-gesprek term was met on 1 December.
    expect(state.status.deadlines.map((x) => [x.kind, x.state, x.deadline])).toEqual([
      ['eerste-gesprek', 'met', '2026-12-21'],
      ['beschikking', 'open', '2027-01-26'],
    ]);
    expect(nextDeadline(state.status)).toBe('2027-01-26');
  });

  it('toelating starts the help: letter, tracks told, bezwaar from the day sent', () => {
    const { state, ctx } = fresh();
    caseTransitions['eerste-gesprek'](state, { officerId, date: d('2026-11-24') }, ctx);
    const plan = {
      goal: 'schuldenvrij',
      residentActions: ['post openen'],
      gemeenteActions: ['budgetbeheer'],
    };
    const effects = caseTransitions['beschikking-toelating'](
      state,
      { officerId, date: d('2026-11-30'), plan },
      ctx,
    );
    expect(state.status.phase).toBe('stabilisatie');
    expect(state.status.beschikking).toEqual({ decision: 'toelating', on: '2026-11-30', sentOn: today });
    const letter = effects.find((e) => e.kind === 'letter');
    // Sent Tuesday 1 December 2026 + 42 days = Tuesday 12 January 2027 (no feestdag).
    expect(letter?.kind === 'letter' && letter.letter.data).toMatchObject({ bezwaarBefore: '2027-01-12' });
    expect(effects.at(-1)).toMatchObject({ kind: 'to-tracks', message: { signal: 'stabilisatie-started' } });
  });

  it('a beschikking in the aanmelding is refused by the phase table', () => {
    const { rules } = fresh();
    const plan = { goal: 'x', residentActions: ['a'], gemeenteActions: ['b'] };
    expect(() => checkCaseAction('beschikking-toelating', rules, { officerId, date: today, plan })).toThrow(
      'Niet mogelijk in fase aanmelding; deze actie hoort bij fase beschikking.',
    );
  });
});

describe('the court moratorium (Wgs art. 5)', () => {
  it('granted until 1 May 2027: every track is told, with the end date and the article', () => {
    const { state, ctx } = fresh();
    caseTransitions['moratorium-request'](state, { officerId, date: today }, ctx);
    const effects = caseTransitions['moratorium-decision'](
      state,
      { officerId, date: d('2026-12-03'), granted: true, endDate: d('2027-05-01') },
      ctx,
    );
    expect(records(effects)[0]).toMatchObject({ action: 'moratorium toegewezen', detail: 'tot 2027-05-01' });
    expect(effects.filter((e) => e.kind === 'to-tracks')).toEqual([
      {
        kind: 'to-tracks',
        message: {
          signal: 'moratorium',
          ordered: {
            orderedOn: '2026-12-03',
            endDate: '2027-05-01',
            source: 'Wgs art. 5: afkoelingsperiode door de rechter',
          },
        },
      },
    ]);
  });

  it('refused: the tracks hear nothing; a case recorded before the patch tells them nothing either (replay)', () => {
    const refused = fresh();
    caseTransitions['moratorium-request'](refused.state, { officerId, date: today }, refused.ctx);
    const none = caseTransitions['moratorium-decision'](
      refused.state,
      { officerId, date: today, granted: false },
      refused.ctx,
    );
    expect(none.some((e) => e.kind === 'to-tracks')).toBe(false);

    const old = fresh();
    const oldCtx = { ...old.ctx, moratoriumToTracks: false };
    caseTransitions['moratorium-request'](old.state, { officerId, date: today }, oldCtx);
    const before = caseTransitions['moratorium-decision'](
      old.state,
      { officerId, date: today, granted: true, endDate: d('2027-05-01') },
      oldCtx,
    );
    expect(before.some((e) => e.kind === 'to-tracks')).toBe(false);
  });
});
