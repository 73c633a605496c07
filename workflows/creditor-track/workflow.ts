import {
  allHandlersFinished,
  condition,
  continueAsNew,
  getExternalWorkflowHandle,
  patched,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import { amsterdamDateOf, deadlineInstant } from '../../domain/amsterdam-time';
import type { CivilDate } from '../../domain/civil-date';
import { waitUntil } from '../shared/deadline-watch';
import type { LetterSent } from '../shared/types';
import { registerActionUpdates } from '../shared/updates';
import { refuse } from '../shared/validation';
import { trackAnswerSchemas } from './answers';
import type { CreditorSummary } from './types';
import { notify } from '../shared/activities';
import { peerGone } from '../shared/peer-gone';
import { endAtQuietPoint } from '../shared/effect-queue';
import { LetterBook } from '../shared/letter-book';
import { creditorRecipient } from '../shared/recipients';
import { answerTimer, pauseTimer } from './agenda';
import {
  collectionBreachSignal,
  creditorAnswerUpdates,
  creditorTrackChangedSignal,
  type CreditorTrackReport,
  creditorCorrectedSignal,
  creditorTrackStatusQuery,
  moratoriumOrderedSignal,
  noodstopChangedSignal,
  officerClaimSignal,
  stabilisatieStartedSignal,
  trackClosedSignal,
  type CollectionBreach,
  type NoodstopChange,
} from './messages';
import { trackPauses } from './pauses';
import { answerRefusal, trackRefusal } from './rules';
import { initialTrackState, summaryOf, type CreditorTrackInput, type CreditorTrackState } from './state';
import * as t from './transitions';

export type { CreditorTrackInput } from './state';

/** Past this many events a track continues as new at its next quiet point, carrying its state. */
const HISTORY_LIMIT = 1000;

/**
 * One creditor on one case: kennisgeving and saldoverzoek, the answer term with a reminder and then an
 * escalation to the officer, the collection pause with its renewals, the noodstop letters, and the end.
 * Reports every change to the case by signal (by workflow id, so it survives the case's continue-as-new).
 * The rules live beside it: rules.ts (refusals), transitions.ts (state + action → state + effects),
 * stages.ts (the stage table), agenda.ts (timers), letters.ts (payloads), pauses.ts (the pause list).
 */
export async function creditorTrackWorkflow(input: CreditorTrackInput): Promise<CreditorSummary> {
  const today = (): CivilDate => amsterdamDateOf(Date.now());
  let state: CreditorTrackState = initialTrackState(input);
  const ctx: t.TrackContext = {
    caseId: input.caseId,
    gemeente: input.gemeente,
    officerId: input.officerId,
    debtor: input.debtor,
    creditorAnswerWerkdagen: input.policy.creditorAnswerWerkdagen,
  };
  const letters = new LetterBook(
    input.caseReference,
    () => input.officerId,
    state.letterSequences,
    state.status.letters,
  );
  const recipient = () => creditorRecipient(state.creditor, state.status.claims[0]?.reference);
  const caseHandle = getExternalWorkflowHandle(input.caseId);

  // The run ends only at a quiet point: no report, letter or alert in flight, and nothing new starts after it
  // (see EffectQueue). Tracks recorded before this guard replay without it.
  const guardsEnd = patched('end-when-quiet');
  let ending = false;
  let busy = 0;
  function effect<T>(run: () => Promise<T>): Promise<T> {
    if (ending) return new Promise<T>(() => undefined); // the next run, if any, starts it again
    busy++;
    return run().finally(() => busy--);
  }
  const endWhenQuiet = <T>(quiet: () => boolean, end: () => Promise<T>) =>
    endAtQuietPoint(
      guardsEnd,
      () => quiet() && (!guardsEnd || busy === 0),
      () => void (ending = true),
      end,
    );

  // Every timeline/track event passes through record(): reports go to the case in order, from one loop, so
  // a handler never awaits I/O; a report leaves the queue once the case has it.
  const reports: CreditorTrackReport[] = [];
  function record(event: string, letter?: LetterSent) {
    reports.push({ ...summaryOf(state.status), event, letter });
  }
  /** Performs effects in order; runs synchronously up to the first letter or alert. */
  async function perform(transition: t.Transition | t.TrackEffect[]) {
    if (!Array.isArray(transition)) state = transition.state;
    const effects = Array.isArray(transition) ? transition : transition.effects;
    for (const e of effects) {
      if (e.type === 'report') record(e.event);
      else if (e.type === 'alert') await effect(() => notify(e.notification));
      else
        record(
          e.letter.event,
          await effect(() => letters.send(e.letter.kind, recipient(), today(), e.letter.data as never)),
        );
    }
  }

  setHandler(creditorTrackStatusQuery, () => ({
    ...state.status,
    pauses: trackPauses(state, today(), input.policy.saldoOpgavePauseMonths ?? 8),
  }));
  registerActionUpdates(trackAnswerSchemas, creditorAnswerUpdates, {
    guard: () => {
      const refusal = trackRefusal(state);
      if (refusal !== null) refuse(refusal);
    },
    check: (answer, body) => {
      const refusal = answerRefusal(state, answer, body, today());
      if (refusal !== null) refuse(refusal);
    },
    apply: (answer, body) => void perform(t.applyAnswer(state, answer, body, today(), body.enteredBy)),
    after: () => state.status,
  });
  setHandler(stabilisatieStartedSignal, ({ on }) => void (state.stabilisatieStartedOn ??= on));
  setHandler(trackClosedSignal, (closed) => void (state.closed ??= closed));
  setHandler(creditorCorrectedSignal, ({ creditor }) => void perform(t.correctCreditor(state, creditor)));
  setHandler(officerClaimSignal, ({ claim }) => void perform(t.recordOfficerClaim(state, claim)));
  setHandler(
    moratoriumOrderedSignal,
    (m) => void (state = { ...state, status: { ...state.status, moratorium: m } }),
  );
  const breaches: CollectionBreach[] = [];
  setHandler(collectionBreachSignal, (breach) => {
    state.status.collectionBreaches += 1;
    breaches.push(breach);
  });
  const noodstopChanges: NoodstopChange[] = [];
  setHandler(noodstopChangedSignal, (change) => void noodstopChanges.push(change));

  // Everything with effects runs here, one at a time, in the order it was asked for.
  const answered = () => state.status.phase === 'beantwoord' || state.closed !== undefined;
  async function runEffects(): Promise<never> {
    for (;;) {
      await condition(
        () => !ending && (reports.length > 0 || noodstopChanges.length > 0 || breaches.length > 0),
      );
      while (reports.length && !ending) {
        const next = guardsEnd ? reports[0]! : reports.shift()!;
        await caseHandle.signal(creditorTrackChangedSignal, next).catch((error: unknown) => {
          if (!peerGone(error)) throw error;
        });
        if (guardsEnd) reports.shift();
      }
      const change = noodstopChanges.shift();
      if (change) await perform(t.applyNoodstop(state, ctx, change));
      const breach = breaches.shift();
      if (breach) await perform(t.breachEffects(state, ctx, breach));
    }
  }

  /** The kennisgeving pause: renewed with a new kennisgeving each time it ends while the case still runs. */
  async function runPause(): Promise<void> {
    for (let timer = pauseTimer(state); timer; timer = pauseTimer(state)) {
      const pauseEnded = !(await waitUntil(() => state.closed !== undefined, deadlineInstant(timer.due)));
      if (!pauseEnded) return;
      await perform(t.renewPause(state, ctx, today()));
    }
  }

  /** Answer term (10 werkdagen, Schuldenknooppunt), a reminder with a new term, then escalation to the officer. */
  async function runAnswerTerm(): Promise<void> {
    for (let timer = answerTimer(state); timer; timer = answerTimer(state)) {
      const termPassed = !(await waitUntil(answered, deadlineInstant(timer.due)));
      if (!termPassed) return;
      if (timer.kind === 'antwoordtermijn') await perform(t.answerTermPassed(state, ctx, today()));
      else return perform(t.reminderTermPassed(state, ctx));
    }
  }

  /**
   * Background loops must never reject unhandled: that fails the workflow task again and again and leaves the
   * track stuck. A fault (a letter that cannot be rendered) is reported to the supervisor instead.
   */
  function inBackground(loop: () => Promise<unknown>, what: string) {
    void loop().catch((error: unknown) =>
      perform(t.faultEffects(state, ctx, what, error instanceof Error ? error.message : String(error))),
    );
  }

  inBackground(runEffects, 'berichten');

  // 1. Nothing goes out before the case reaches stabilisatie (noodstop letters aside).
  await condition(() => state.stabilisatieStartedOn !== undefined || state.closed !== undefined);

  // 2. Kennisgeving with the pause request, and the saldoverzoek.
  if (!state.closed && !state.status.kennisgevingOn) await perform(t.startTrack(state, ctx, today()));

  // 3. Answer term and pause run side by side until the track closes.
  inBackground(runAnswerTerm, 'antwoordtermijn');
  inBackground(runPause, 'pauze');
  const historyTooLong = () =>
    workflowInfo().historyLength > HISTORY_LIMIT || workflowInfo().continueAsNewSuggested;
  await condition(() => state.closed !== undefined || historyTooLong());

  if (!state.closed) {
    return endWhenQuiet(
      () =>
        reports.length === 0 &&
        noodstopChanges.length === 0 &&
        breaches.length === 0 &&
        allHandlersFinished(),
      () => continueAsNew<typeof creditorTrackWorkflow>({ ...input, carried: state }),
    );
  }

  // 4. The end: lift the pauses we asked for (for the real reason), tell the case, and stop.
  const closed = state.closed;
  await perform(t.closingEffects(state, ctx, closed));
  await perform(t.closeTrack(state, closed));
  return endWhenQuiet(
    () => reports.length === 0 && allHandlersFinished(),
    async () => state.status,
  );
}
