import {
  allHandlersFinished,
  condition,
  continueAsNew,
  getExternalWorkflowHandle,
  patched,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import { amsterdamDateOf } from '../../domain/amsterdam-time';
import { addMonths, compareCivilDates, type CivilDate } from '../../domain/civil-date';
import { resolvePolicy } from '../../domain/policy';
import { termSteps, waitUntil } from '../shared/deadline-watch';
import type { WaitingOn } from '../shared/types';
import { notify } from '../shared/activities';
import { oplossingReportEvents } from '../../domain/reporting/from-oplossing';
import { reportLater } from '../reporting/report';
import { EffectQueue } from '../shared/effect-queue';
import { LetterBook } from '../shared/letter-book';
import { debtorOf } from '../shared/recipients';
import { registerActionUpdates } from '../shared/updates';
import { oplossingActionSchemas } from './actions';
import { agendaOf } from './agenda';
import { initialState } from './derived';
import { effectRunner } from './effect-runner';
import { Effects, type Effect, type OplossingContext } from './effects';
import type { OplossingInput, OplossingResult } from './input';
import {
  oplossingActionUpdates,
  oplossingRunsQuery,
  oplossingStatusQuery,
  oplossingTimelineQuery,
  oplossingWaitingOnSignal,
} from './messages';
import { advance } from './progression';
import { oplossingRules } from './rules';
import { publisher } from './search-attributes';
import type { OplossingState, OplossingStatus } from './state';
import { oplossingTransitions } from './transitions';

export type { OplossingInput, OplossingResult };

/** Start input plus, after continue-as-new, the state of the previous run. */
export type OplossingWorkflowInput = OplossingInput & { carried?: OplossingState };

/** Past this many events a run continues as new at its next quiet point. */
const HISTORY_LIMIT = 1500;
/** During the looptijd a run lasts at most this many months (a few hundred events each). */
const MONTHS_PER_RUN = 3;
/** Continue-as-new waits a minute of its own, never straight from an update: queries never straddle runs. */
const CONTINUE_DELAY_MS = 60_000;

/**
 * The oplossing of one case (domain.md §5–8), from "stabilisatie complete" to the end:
 * the betaalvoorstel under the 120-day schuldregeling term (NVVK) → answers, heroverweging, dwangakkoord
 * with the Wsnp request (Fw art. 287a) → the borgstelling by the waarborgfonds's rules (saneringskrediet) →
 * the looptijd of 18 months with payments, reminders and reviews → finale kwijting → nazorg.
 * This shell registers the handlers, waits for the next term on the agenda, runs the effects and continues as
 * new. What each action and term does lives in the pure modules beside it (rules, transitions, progression,
 * agenda, stages, letters).
 */
export async function oplossingWorkflow(input: OplossingWorkflowInput): Promise<OplossingResult> {
  const policy = resolvePolicy(input.policy);
  const oplossingId = workflowInfo().workflowId;
  const state: OplossingState = input.carried
    ? { ...input.carried, run: input.carried.run + 1 }
    : initialState(input, oplossingId);
  const { status } = state;
  const today = (): CivilDate => amsterdamDateOf(Date.now());
  const context = (): OplossingContext => ({
    input,
    policy,
    today: today(),
    debtor: debtorOf(input.resident),
    patched,
  });

  /** The one way into the timeline: every entry of the oplossing passes here. */
  function record(by: string, action: string, detail?: string): void {
    state.timeline.push({ at: new Date(Date.now()).toISOString(), by, action, detail });
    // Business events to the reporting store (DDAS, management view); oplossingen recorded before it replay without.
    if (patched('report-events')) {
      const source = { workflowId: oplossingId, status };
      reportLater(
        (effect) => effects.enqueue(effect),
        oplossingReportEvents(state.timeline.at(-1)!, state.timeline.length - 1, source),
      );
    }
  }

  // ---- effects: a timeline entry at once, everything else queued, one at a time, outside the handlers ----
  const letters = new LetterBook(
    input.caseReference,
    () => status.officerId,
    state.letterSequences,
    status.letters,
  );
  const effects = new EffectQueue();
  const perform = (list: Effect[]) =>
    list.forEach((e) =>
      e.kind === 'timeline' ? record(e.by, e.action, e.detail) : effects.enqueue(() => run(e)),
    );
  const run = effectRunner({ input, policy, status, letters, oplossingId, record });
  /** Runs one pure step (an action, a term, the phase changes) and performs its effects. */
  const step = (change: (fx: Effects, ctx: OplossingContext) => void) => {
    const fx = new Effects();
    change(fx, context());
    perform(fx.list);
  };
  const advanceAll = () => step((fx, ctx) => advance(state, ctx, fx));

  // ---- search attributes (phase, dates and flags only), and who is awaited reported to the case ----
  const publishAttributes = publisher(state, effects, today);
  let reportedWaitingOn: WaitingOn | undefined;
  /** The case shows the oplossing's waitingOn (issue §4.6); runs from before this report stay silent. */
  function reportWaitingOn(): void {
    if (effects.ending || status.waitingOn === reportedWaitingOn || !patched('report-waiting-on')) return;
    const waitingOn = (reportedWaitingOn = status.waitingOn);
    effects.enqueue(async () => {
      try {
        await getExternalWorkflowHandle(input.caseId).signal(oplossingWaitingOnSignal, { waitingOn });
      } catch {
        // No case to tell (an oplossing started on its own) or the case is gone: nothing to report to.
      }
    });
  }
  const publish = Object.assign(
    () => {
      publishAttributes();
      reportWaitingOn();
    },
    { progress: publishAttributes.progress },
  );

  // ---- handlers ----
  let version = 0; // a handler-driven change wakes the main loop
  setHandler(oplossingStatusQuery, () => status);
  setHandler(oplossingTimelineQuery, () => state.timeline);
  setHandler(oplossingRunsQuery, () => ({
    run: state.run,
    earlierRuns: state.runEvents,
    currentEvents: workflowInfo().historyLength,
  }));
  registerActionUpdates(oplossingActionSchemas, oplossingActionUpdates, {
    check: (action, a) => oplossingRules[action](a, { status, input, today: today() }),
    apply: (action, a) => step((fx, ctx) => oplossingTransitions[action](state, a, ctx, fx)),
    after: (): OplossingStatus => {
      publish.progress();
      advanceAll();
      version++;
      publish();
      return status;
    },
  });

  if (!input.carried) {
    publish.progress();
    record('system', 'oplossing begonnen', `stabilisatie afgerond op ${input.startedOn}`);
  } else record('system', `oplossing voortgezet (run ${state.run})`);
  publish();

  effects.start(async (error) => {
    record('system', 'actie mislukt', error instanceof Error ? error.message : String(error));
    await notify({
      id: `${oplossingId}/effect-failed/${state.timeline.length}`,
      audience: 'supervisor',
      kind: 'officer-task',
      caseId: input.caseId,
      gemeente: status.gemeente,
      officerId: status.officerId,
      message: 'Een actie in de schuldregeling is mislukt (zie de tijdlijn); controleer de zaak.',
    });
  }, publish);

  // ---- the process: move on as far as the state allows, then wait for an action or the next term ----
  const runStartedOn = today();
  const startPhase = status.phase;
  const historyTooLong = () =>
    workflowInfo().historyLength > HISTORY_LIMIT || workflowInfo().continueAsNewSuggested;
  const enteredNewStage = () => status.phase !== startPhase && ['looptijd', 'nazorg'].includes(status.phase);
  const runPeriodOver = () =>
    status.phase === 'looptijd' && compareCivilDates(today(), addMonths(runStartedOn, MONTHS_PER_RUN)) >= 0;
  let continueAt = Infinity;
  for (;;) {
    advanceAll();
    publish();
    if (status.phase === 'afgesloten') break;
    if ((enteredNewStage() || runPeriodOver() || historyTooLong()) && continueAt === Infinity)
      continueAt = Date.now() + CONTINUE_DELAY_MS;
    if (Date.now() >= continueAt)
      return effects.endWhenQuiet(allHandlersFinished, () => {
        state.runEvents.push(workflowInfo().historyLength);
        return continueAsNew<typeof oplossingWorkflow>({ ...input, carried: state });
      });
    const nextTerm = agendaOf(state, context(), termSteps)[0];
    const wakeAt = Math.min(nextTerm?.at ?? Infinity, continueAt);
    const seen = version;
    const anActionArrived = () => version !== seen;
    if (wakeAt === Infinity) await condition(anActionArrived);
    else if (!(await waitUntil(anActionArrived, wakeAt)) && nextTerm && nextTerm.at <= Date.now()) {
      state.done.push(nextTerm.key);
      step((fx, ctx) => nextTerm.fire(state, ctx, fx));
    }
  }

  return effects.endWhenQuiet(allHandlersFinished, async () => ({
    outcome: status.outcome!,
    closedOn: status.closedOn!,
  }));
}
