import {
  allHandlersFinished,
  condition,
  continueAsNew,
  patched,
  setHandler,
  startChild,
  workflowInfo,
} from '@temporalio/workflow';
import { amsterdamDateOf, deadlineInstant } from '../../domain/amsterdam-time';
import type { CivilDate } from '../../domain/civil-date';
import { DEFAULT_POLICY } from '../../domain/policy';
import { eersteGesprekDeadline } from '../../domain/terms';
import { enforceTerm, waitUntil } from '../shared/deadline-watch';
import { caseReportEvents } from '../../domain/reporting/from-case';
import { reportLater } from '../reporting/report';
import { EffectQueue } from '../shared/effect-queue';
import { peerGone } from '../shared/peer-gone';
import { settle } from '../shared/settle';
import { registerActionUpdates } from '../shared/updates';
import { oplossingIdOf, type OplossingInput, type OplossingResult } from '../oplossing/input';
import { oplossingWaitingOnSignal } from '../oplossing/messages';
import { caseActionSchemas } from './actions';
import { noodstopDue, phaseTerm } from './agenda';
import { effectRunner } from './effect-runner';
import { caseIdOf, caseReferenceOf } from './ids';
import {
  caseActionUpdates,
  caseStatusQuery,
  creditorTrackChangedSignal,
  schuldregelingAgreedSignal,
  timelineQuery,
} from './messages';
import { carriedNoodstop } from './noodstop';
import { oplossingInputOf } from './oplossing-start';
import { checkCaseAction } from './rules';
import { casePublisher } from './publisher';
import { HISTORY_LIMIT, SETTLE_MS, type CaseInput, type CaseResult } from './input';
import { initialCaseState, type CaseState } from './state';
import { residentDetailsOf, residentQuery } from './resident-query';
import { trackReported } from './track-report';
import {
  caseTransitions,
  closeCase,
  noodstopExpired,
  schuldregelingAgreed,
  type TransitionContext,
} from './transitions';
import type { TimelineEntry } from './types';

export { caseIdOf };
export type { CaseInput, CaseResult };

/**
 * One case from the aanmelding to the end of its oplossing (domain.md "The case, phase by phase"). The rules
 * live beside this shell: phases (table), rules (refusals), transitions (state + action → effects), agenda
 * (timers), letters (payloads). The shell registers handlers, runs effects and timers, and continues as new.
 */
export async function caseWorkflow(input: CaseInput): Promise<CaseResult> {
  const { aanmelding } = input;
  const policy = input.policy ?? DEFAULT_POLICY;
  const caseId = workflowInfo().workflowId;
  const caseReference = caseReferenceOf(aanmelding.gemeenteCode, input.caseNumber);
  const state: CaseState = input.carried
    ? { ...input.carried, run: input.carried.run + 1 }
    : initialCaseState(caseId, caseReference, aanmelding);
  const { status } = state;
  status.noodstop = carriedNoodstop(status.noodstop);
  const today = (): CivilDate => amsterdamDateOf(Date.now());
  const now = () => new Date(Date.now()).toISOString();
  const effects = new EffectQueue();

  // Patches of running cases' command sequences (recorded histories in tests/histories replay without them).
  const tracksStartedByActivity = patched('tracks-started-by-activity');
  const tracksProgress = patched('last-progress');
  const agreementEndsNoodstop = patched('noodstop-ends-with-agreement');
  const statusMemo = patched('status-memo'); // also publishes after every change a query sees
  const transitionContext = (): TransitionContext => ({
    aanmelding,
    policy,
    today: today(),
    lateGesprekAlert: patched('late-gesprek-alert'),
    moratoriumToTracks: patched('moratorium-to-tracks'),
  });

  /** Every timeline entry of the case passes here (reporting hooks in at this one point). */
  function record(entry: Omit<TimelineEntry, 'at'>): void {
    state.timeline.push({ at: now(), ...entry });
    // Business events to the reporting store (DDAS, management view); cases recorded before it replay without.
    if (patched('report-events')) {
      const source = { workflowId: caseId, status, claims: state.claims, resident: aanmelding.resident };
      reportLater(
        (effect) => effects.enqueue(effect),
        caseReportEvents(state.timeline.at(-1)!, state.timeline.length - 1, source),
      );
    }
  }
  const progress = () => void (state.progressAt = now());
  let news = 0; // bumped by every signal and update: the run continues as new only after a quiet moment

  const publish = casePublisher(state, effects, tracksProgress, now, statusMemo);

  const {
    runEffects: run,
    startTrack,
    notifyCase,
  } = effectRunner({
    caseId,
    caseReference,
    aanmelding,
    policy,
    state,
    queue: effects,
    record,
    tracksStartedByActivity,
  });

  // ---- the aanmelding itself, or the run carried on: state only, before any handler, so an officer action
  // that arrives in the very first workflow task finds the case's term (the same commands, in the same order) ----
  if (!input.carried) {
    progress();
    const term = eersteGesprekDeadline(aanmelding.requestDate, aanmelding.crisisSituation ?? null);
    status.deadlines.push({ kind: term.kind, deadline: term.deadline, source: term.source, state: 'open' });
    const detail = aanmelding.crisisSituation
      ? `bedreigende situatie: ${aanmelding.crisisSituation}`
      : aanmelding.source.kind;
    record({ by: 'system', action: 'aanmelding', detail, on: aanmelding.requestDate });
  } else record({ by: 'system', action: `zaak voortgezet (run ${state.run})` });

  // ---- messages ----
  setHandler(caseStatusQuery, () => status);
  setHandler(timelineQuery, () => state.timeline);
  setHandler(residentQuery, () => residentDetailsOf(aanmelding));
  registerActionUpdates(caseActionSchemas, caseActionUpdates, {
    check: (action, body) => checkCaseAction(action, { status, today: today() }, body),
    apply: (action, body) => run(caseTransitions[action](state, body, transitionContext())),
    after: () => {
      news++;
      progress();
      publish();
      return status;
    },
  });
  setHandler(creditorTrackChangedSignal, (report) => {
    news++;
    const { progressed, entry } = trackReported(status, report);
    if (progressed) progress();
    if (entry) record(entry);
    publish();
  });
  setHandler(schuldregelingAgreedSignal, ({ on }) => {
    run(schuldregelingAgreed(status, on, agreementEndsNoodstop));
    if (agreementEndsNoodstop || statusMemo) publish();
  });
  setHandler(oplossingWaitingOnSignal, ({ waitingOn }) => {
    status.oplossingWaitingOn = waitingOn;
    publish();
  });

  // ---- first run: its tracks (the aanmelding's state was set before the handlers) ----
  if (!input.carried) for (const creditor of state.creditors) startTrack(creditor);
  publish();

  // ---- background: effects, and the noodstop's own term ----
  effects.start(async (error) => {
    // A track that already ended cannot be told anything more; anything else is recorded and escalated.
    if (peerGone(error)) return;
    record({
      by: 'system',
      action: 'actie mislukt',
      detail: error instanceof Error ? error.message : String(error),
    });
    await notifyCase(`effect-failed/${state.timeline.length}`, {
      audience: 'supervisor',
      kind: 'officer-task',
      message: 'Een actie in deze zaak is mislukt (zie de tijdlijn); controleer de zaak.',
    });
  }, publish);
  void (async () => {
    for (;;) {
      await condition(() => noodstopDue(status) !== undefined);
      const [end, pulled] = [noodstopDue(status)!, status.noodstop];
      // Lifted, extended, ended, or pulled anew (a new noodstop, even with the same end): wait afresh.
      const noodstopChanged = () => noodstopDue(status) !== end || status.noodstop !== pulled;
      if (await waitUntil(noodstopChanged, deadlineInstant(end))) continue;
      run(noodstopExpired(status, today()));
      publish();
    }
  })();

  /** A statutory term as durable timers: reminder ahead, breach after; the case goes on either way. */
  const enforce = (kind: string, met: () => boolean) => {
    const d = status.deadlines.find((x) => x.kind === kind);
    if (!d) return Promise.resolve();
    return enforceTerm(
      d,
      policy.reminderLeadWerkdagen,
      met,
      today,
      async (step, { action, detail, alert }) => {
        record({ by: 'system', action, detail });
        if (step === 'overschreden' || statusMemo) publish();
        const { audience, kind: alertKind, message } = alert;
        await notifyCase(`${d.kind}/${alert.key}`, { audience, kind: alertKind, message }, d.deadline);
      },
    );
  };

  /** The oplossing: one child workflow, awaited in this run (the case is quiet meanwhile). */
  async function runOplossing(): Promise<void> {
    const child = await startChild<(input: OplossingInput) => Promise<OplossingResult>>('oplossingWorkflow', {
      workflowId: oplossingIdOf(caseId),
      args: [oplossingInputOf(state, aanmelding, policy, today())],
    });
    record({ by: 'system', action: 'oplossing gestart', detail: child.workflowId });
    const result = await child.result();
    run(closeCase(status, result.outcome, result.closedOn));
    progress();
    record({
      by: 'system',
      action: `oplossing beëindigd: ${result.outcome}`,
      detail: result.closedOn,
      on: result.closedOn,
    });
    publish();
  }

  // ---- the phases: each waits for its act under its statutory term (agenda), then moves on ----
  const historyTooLong = () =>
    workflowInfo().historyLength > HISTORY_LIMIT || workflowInfo().continueAsNewSuggested;
  const startPhase = status.phase;
  for (;;) {
    const phase = status.phase;
    const leftPhase = () => status.phase !== phase;
    const term = phaseTerm(phase);
    if (term) await enforce(term, leftPhase);
    // Cases that reached oplossing before the oplossing workflow existed replay without it (recorded histories).
    else if (phase === 'oplossing' && patched('oplossing-child')) await runOplossing();
    if (!leftPhase()) await condition(() => leftPhase() || historyTooLong());
    if (status.phase === 'afgesloten') break;
    // Continue as new on entering stabilisatie and oplossing (a clean history per phase) or when long.
    const enteredStage =
      status.phase !== startPhase && (status.phase === 'stabilisatie' || status.phase === 'oplossing');
    if (enteredStage || historyTooLong()) {
      // Runs recorded before the quiet moment continued at once (recorded histories).
      if (patched('settle-before-continue')) await settle(() => news, SETTLE_MS);
      return effects.endWhenQuiet(allHandlersFinished, () =>
        continueAsNew<typeof caseWorkflow>({ ...input, carried: state }),
      );
    }
  }
  return effects.endWhenQuiet(allHandlersFinished, async () => ({
    phase: status.phase,
    closedReason: status.closedReason,
    breaches: status.deadlines.filter((d) => d.state === 'breached').map((d) => d.kind),
  }));
}
