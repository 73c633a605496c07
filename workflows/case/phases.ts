import type { CaseAction } from './actions';

/**
 * The phases of a case as a table (domain.md "The case, phase by phase"): which event moves a case from which
 * phase to which, and which officer action belongs to which phase. Pure: the workflow's validators, the
 * console ("volgende stap") and the tests read the same table.
 */

export const CASE_PHASES = ['aanmelding', 'beschikking', 'stabilisatie', 'oplossing', 'afgesloten'] as const;
export type CasePhase = (typeof CASE_PHASES)[number];

/** What moves a case on: an officer action, or the end of its oplossing (the child workflow returns). */
export type PhaseEvent = CaseAction | 'oplossing-beeindigd';

export interface PhaseTransition {
  from: CasePhase;
  on: PhaseEvent;
  to: CasePhase;
}

export const PHASE_TRANSITIONS: readonly PhaseTransition[] = [
  // Wgs art. 4: the eerste gesprek opens the beschikking term; the resident may withdraw before.
  { from: 'aanmelding', on: 'eerste-gesprek', to: 'beschikking' },
  { from: 'aanmelding', on: 'withdrawal', to: 'afgesloten' },
  // Wgs art. 4a: toelating (plan van aanpak) starts the help, afwijzing ends the case.
  { from: 'beschikking', on: 'beschikking-toelating', to: 'stabilisatie' },
  { from: 'beschikking', on: 'beschikking-afwijzing', to: 'afgesloten' },
  { from: 'stabilisatie', on: 'stabilisatie-complete', to: 'oplossing' },
  { from: 'oplossing', on: 'oplossing-beeindigd', to: 'afgesloten' },
];

/** The phase after `event` in `phase`; the same phase when the event does not move the case. */
export function nextPhase(phase: CasePhase, event: PhaseEvent): CasePhase {
  return PHASE_TRANSITIONS.find((t) => t.from === phase && t.on === event)?.to ?? phase;
}

const OPEN: readonly CasePhase[] = ['aanmelding', 'beschikking', 'stabilisatie', 'oplossing'];

/**
 * Per officer action: the phases in which it may be taken, and the phases in which it is the process's next
 * step (what the console offers first). State-dependent rules (a noodstop must be active to lift it, a
 * moratorium request must be open to decide it) are in ./rules; this table holds only the phase.
 */
export const ACTION_PHASES: {
  readonly [A in CaseAction]: { allowed: readonly CasePhase[]; nextStepIn: readonly CasePhase[] };
} = {
  'plan-eerste-gesprek': { allowed: ['aanmelding'], nextStepIn: ['aanmelding'] },
  'eerste-gesprek': { allowed: ['aanmelding'], nextStepIn: ['aanmelding'] },
  withdrawal: { allowed: ['aanmelding'], nextStepIn: ['aanmelding'] },
  'beschikking-toelating': { allowed: ['beschikking'], nextStepIn: ['beschikking'] },
  'beschikking-afwijzing': { allowed: ['beschikking'], nextStepIn: ['beschikking'] },
  'creditor-add': { allowed: OPEN, nextStepIn: [] },
  'creditor-correct': { allowed: OPEN, nextStepIn: [] },
  'creditor-remove': { allowed: OPEN, nextStepIn: [] },
  'claim-record': { allowed: OPEN, nextStepIn: [] },
  'noodstop-pull': { allowed: OPEN, nextStepIn: [] },
  'noodstop-lift': { allowed: OPEN, nextStepIn: [] },
  'collection-breach': { allowed: OPEN, nextStepIn: [] },
  'moratorium-request': { allowed: OPEN, nextStepIn: [] },
  'moratorium-decision': { allowed: OPEN, nextStepIn: [] },
  'stabilisatie-complete': { allowed: ['stabilisatie'], nextStepIn: ['stabilisatie'] },
};

/** Why `action` cannot be taken in `phase` (Dutch), or undefined when the phase allows it. */
export function phaseRefusal(action: CaseAction, phase: CasePhase): string | undefined {
  const { allowed } = ACTION_PHASES[action];
  if (allowed.includes(phase)) return undefined;
  if (phase === 'afgesloten') return 'De zaak is gesloten.';
  return `Niet mogelijk in fase ${phase}; deze actie hoort bij fase ${allowed.join(' of ')}.`;
}

export interface PhaseAction {
  action: CaseAction;
  /** The phase allows it (state rules may still refuse it, with their own reason). */
  fits: boolean;
  /** It is the next step of the process in this phase. */
  nextStep: boolean;
  /** Why it does not fit, when it does not. */
  reason?: string;
}

/** Every officer action of the case with whether it fits `phase`: next steps first, then the rest in table order. */
export function actionsForPhase(phase: CasePhase): PhaseAction[] {
  const all = (Object.keys(ACTION_PHASES) as CaseAction[]).map((action): PhaseAction => {
    const reason = phaseRefusal(action, phase);
    const nextStep = ACTION_PHASES[action].nextStepIn.includes(phase);
    return reason === undefined
      ? { action, fits: true, nextStep }
      : { action, fits: false, nextStep, reason };
  });
  return [...all.filter((a) => a.nextStep), ...all.filter((a) => !a.nextStep)];
}
