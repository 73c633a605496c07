import {
  actionsForPhase,
  CASE_PHASES,
  nextPhase,
  phaseRefusal,
  PHASE_TRANSITIONS,
} from '../../../workflows/case/phases';

/** The phase table against domain.md "The case, phase by phase" (Wgs art. 3, 4, 4a). */
describe('case phases', () => {
  it('walks the process: aanmelding → beschikking → stabilisatie → oplossing → afgesloten', () => {
    let phase = nextPhase('aanmelding', 'eerste-gesprek');
    expect(phase).toBe('beschikking');
    phase = nextPhase(phase, 'beschikking-toelating');
    expect(phase).toBe('stabilisatie');
    phase = nextPhase(phase, 'stabilisatie-complete');
    expect(phase).toBe('oplossing');
    expect(nextPhase(phase, 'oplossing-beeindigd')).toBe('afgesloten');
  });

  it('closes on withdrawal (during the aanmelding) and on afwijzing; other actions keep the phase', () => {
    expect(nextPhase('aanmelding', 'withdrawal')).toBe('afgesloten');
    expect(nextPhase('beschikking', 'beschikking-afwijzing')).toBe('afgesloten');
    expect(nextPhase('stabilisatie', 'claim-record')).toBe('stabilisatie');
    expect(nextPhase('aanmelding', 'stabilisatie-complete')).toBe('aanmelding');
  });

  it('has no transition out of afgesloten and one target per (phase, event)', () => {
    expect(PHASE_TRANSITIONS.filter((t) => t.from === 'afgesloten')).toEqual([]);
    const keys = PHASE_TRANSITIONS.map((t) => `${t.from}/${t.on}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const t of PHASE_TRANSITIONS) expect(CASE_PHASES).toContain(t.to);
  });

  it('offers the eerste gesprek as the next step of the aanmelding, not the beschikking', () => {
    const actions = actionsForPhase('aanmelding');
    expect(actions.filter((a) => a.nextStep).map((a) => a.action)).toEqual([
      'plan-eerste-gesprek',
      'eerste-gesprek',
      'withdrawal',
    ]);
    expect(actions.find((a) => a.action === 'beschikking-toelating')).toEqual({
      action: 'beschikking-toelating',
      fits: false,
      nextStep: false,
      reason: 'Niet mogelijk in fase aanmelding; deze actie hoort bij fase beschikking.',
    });
    expect(actions.find((a) => a.action === 'noodstop-pull')).toMatchObject({ fits: true, nextStep: false });
  });

  it('in stabilisatie the next step is stabilisatie-complete; a closed case fits nothing', () => {
    expect(
      actionsForPhase('stabilisatie')
        .filter((a) => a.nextStep)
        .map((a) => a.action),
    ).toEqual(['stabilisatie-complete']);
    const closed = actionsForPhase('afgesloten');
    expect(closed.every((a) => !a.fits && a.reason === 'De zaak is gesloten.')).toBe(true);
    expect(closed).toHaveLength(15);
  });

  it('phaseRefusal is undefined where the table allows the action', () => {
    expect(phaseRefusal('creditor-add', 'oplossing')).toBeUndefined();
    expect(phaseRefusal('eerste-gesprek', 'beschikking')).toMatch(/hoort bij fase aanmelding/);
  });
});
