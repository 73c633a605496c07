import type { UpdateDefinition } from '@temporalio/common';
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
import type { Policy } from '../../domain/policy';
import type { Claim, Creditor } from '../../domain/records';
import { creditorAnswerDeadline, kennisgevingPauseEnd } from '../../domain/terms';
import { creditorAnswerSchemas, CREDITOR_ANSWERS, type CreditorAnswer } from './answers';
import { firstProblem } from '../shared/validation';
import type { LetterSent } from '../shared/types';
import type { CreditorSummary } from './types';
import { waitUntil } from '../shared/deadline-watch';
import { notify } from '../shared/activities';
import { peerGone } from '../shared/peer-gone';
import { endAtQuietPoint } from '../shared/effect-queue';
import { LetterBook } from '../shared/letter-book';
import { creditorRecipient, type Debtor } from '../shared/recipients';
import {
  collectionBreachSignal,
  creditorAnswerUpdates,
  creditorTrackChangedSignal,
  type CreditorTrackReport,
  creditorCorrectedSignal,
  creditorTrackStatusQuery,
  noodstopChangedSignal,
  officerClaimSignal,
  stabilisatieStartedSignal,
  trackClosedSignal,
  type CollectionBreach,
  type CreditorTrackStatus,
  type NoodstopChange,
  type TrackClosed,
} from './messages';

/** Start input of a creditor track. Personal data (the debtor) travels encrypted, like all payloads. */
export interface CreditorTrackInput {
  caseId: string;
  caseReference: string;
  gemeente: string;
  officerId: string;
  creditor: Creditor;
  claims: Claim[];
  debtor: Debtor;
  policy: Policy;
  /** Set when the case is already in stabilisatie as the track starts (a creditor added later). */
  stabilisatieStartedOn?: CivilDate;
  carried?: CreditorTrackState;
}

interface CreditorTrackState {
  status: CreditorTrackStatus;
  stabilisatieStartedOn?: CivilDate;
  closed?: TrackClosed;
  letterSequences: Record<string, number>;
  creditor: Creditor;
}

/** Past this many events a track continues as new at its next quiet point, carrying its state. */
const HISTORY_LIMIT = 1000;

/**
 * One creditor on one case: kennisgeving and saldoverzoek, the answer term with a reminder and then an
 * escalation to the officer, the collection pause with its renewals, the noodstop letters, and the end.
 * Reports every change to the case by signal (by workflow id, so it survives the case's continue-as-new).
 */
export async function creditorTrackWorkflow(input: CreditorTrackInput): Promise<CreditorSummary> {
  const today = (): CivilDate => amsterdamDateOf(Date.now());
  const state: CreditorTrackState = input.carried ?? {
    creditor: input.creditor,
    stabilisatieStartedOn: input.stabilisatieStartedOn,
    letterSequences: {},
    status: {
      caseId: input.caseId,
      creditorId: input.creditor.id,
      name: input.creditor.name,
      phase: 'wacht-op-stabilisatie',
      claims: input.claims,
      claimAmount: input.claims.length ? input.claims.reduce((sum, c) => sum + c.amount, 0) : undefined,
      pauseConfirmed: false,
      collectionBreaches: 0,
      removed: false,
      letters: [],
    },
  };
  const { status } = state;
  const letters = new LetterBook(
    input.caseReference,
    () => input.officerId,
    state.letterSequences,
    status.letters,
  );
  const recipient = () => creditorRecipient(state.creditor, status.claims[0]?.reference);
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
  const alert = (message: Parameters<typeof notify>[0]) => effect(() => notify(message));
  const endWhenQuiet = <T>(quiet: () => boolean, end: () => Promise<T>) =>
    endAtQuietPoint(
      guardsEnd,
      () => quiet() && (!guardsEnd || busy === 0),
      () => {
        ending = true;
      },
      end,
    );

  // Signals to the case go out in order, from one loop, so a handler never awaits I/O. A report leaves the
  // queue once the case has it, so the track never ends with its last report in flight.
  const reports: CreditorTrackReport[] = [];
  function report(event?: string, letter?: LetterSent) {
    const {
      caseId: _c,
      claims: _cl,
      letters: _l,
      kennisgevingOn: _k,
      geenMedewerkingReason: _g,
      noodstop: _n,
      ...summary
    } = status;
    reports.push({ ...summary, event, letter });
  }
  async function sendLetterAndReport<K extends Parameters<LetterBook['send']>[0]>(
    kind: K,
    data: Parameters<LetterBook['send']>[3] & object,
    event: string,
  ) {
    const letter = await effect(() => letters.send(kind, recipient(), today(), data as never));
    report(event, letter);
  }

  setHandler(creditorTrackStatusQuery, () => status);

  for (const answer of CREDITOR_ANSWERS) {
    setHandler(
      creditorAnswerUpdates[answer] as unknown as UpdateDefinition<CreditorTrackStatus, [unknown]>,
      (body: unknown) => {
        applyAnswer(answer, creditorAnswerSchemas[answer].parse(body) as never);
        return status;
      },
      {
        validator: (body: unknown) => {
          if (state.closed) throw new Error('Dit dossier is gesloten: een antwoord is niet meer nodig.');
          if (!status.kennisgevingOn)
            throw new Error('Er is nog geen kennisgeving verstuurd: een antwoord kan nog niet.');
          const parsed = creditorAnswerSchemas[answer].safeParse(body ?? {});
          if (!parsed.success) throw new Error(firstProblem(parsed.error));
          if (answer !== 'pauze-bevestiging' && status.answer && status.answer !== 'saldo-opgave') {
            throw new Error(
              `U heeft al geantwoord (${status.answer}); neem contact op met de gemeente om dat te wijzigen.`,
            );
          }
        },
      },
    );
  }

  function applyAnswer(answer: CreditorAnswer, body: Record<string, unknown>) {
    if (answer === 'pauze-bevestiging') {
      status.pauseConfirmed = true;
      report('pauze bevestigd');
      return;
    }
    status.answer = answer;
    status.phase = 'beantwoord';
    if (answer === 'saldo-opgave') {
      const claim: Claim = {
        creditorId: status.creditorId,
        amount: body.amount as number,
        reference: body.reference as string,
        preferent: (body.preferent as boolean | undefined) ?? status.claims[0]?.preferent ?? false,
      };
      status.claims = [claim];
      status.claimAmount = claim.amount;
      report('saldo-opgave ontvangen');
    } else if (answer === 'geen-medewerking') {
      status.geenMedewerkingReason = body.reason as string;
      report('geen medewerking');
    } else {
      report('vooraf akkoord');
    }
  }

  setHandler(stabilisatieStartedSignal, ({ on }) => {
    state.stabilisatieStartedOn ??= on;
  });
  setHandler(trackClosedSignal, (closed) => {
    state.closed ??= closed;
  });
  setHandler(creditorCorrectedSignal, ({ creditor }) => {
    state.creditor = creditor;
    status.name = creditor.name;
    report('gegevens schuldeiser gecorrigeerd');
  });
  setHandler(officerClaimSignal, ({ claim }) => {
    status.claims = [...status.claims.filter((c) => c.reference !== claim.reference), claim];
    status.claimAmount = status.claims.reduce((sum, c) => sum + c.amount, 0);
    report('vordering vastgelegd door medewerker');
  });
  const breaches: CollectionBreach[] = [];
  setHandler(collectionBreachSignal, (breach) => {
    status.collectionBreaches += 1;
    breaches.push(breach);
  });
  const noodstopChanges: NoodstopChange[] = [];
  setHandler(noodstopChangedSignal, (change) => {
    noodstopChanges.push(change);
  });

  // Everything with effects runs here, one at a time, in the order it was asked for.
  const answered = () => status.phase === 'beantwoord' || state.closed !== undefined;
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
      if (change) await applyNoodstop(change);
      const breach = breaches.shift();
      if (breach) {
        report('incasso ondanks pauze');
        for (const audience of ['officer', 'supervisor'] as const) {
          await alert({
            id: `${input.caseId}/creditor/${status.creditorId}/breach/${status.collectionBreaches}/${audience}`,
            audience,
            kind: 'officer-task',
            caseId: input.caseId,
            gemeente: input.gemeente,
            officerId: input.officerId,
            message: `Schuldeiser ${status.creditorId} incasseert ondanks de afgesproken pauze (${breach.on}). Overweeg een moratorium bij de rechter (Wgs art. 5).`,
          });
        }
      }
    }
  }

  async function applyNoodstop(change: NoodstopChange) {
    const answerBefore = creditorAnswerDeadline(change.on, input.policy.creditorAnswerWerkdagen).deadline;
    if (change.change === 'pulled') {
      status.noodstop = { pulledOn: change.on, endDate: change.endDate, active: true };
      await sendLetterAndReport(
        'noodstop',
        { debtor: input.debtor, noodstopDate: change.on, pauseEndDate: change.endDate, answerBefore },
        'noodstop verstuurd',
      );
    } else if (change.change === 'extended' && status.noodstop) {
      status.noodstop.endDate = change.endDate;
      await sendLetterAndReport(
        'verlenging-noodstop',
        {
          debtor: input.debtor,
          noodstopDate: status.noodstop.pulledOn,
          previousEndDate: change.previousEndDate ?? change.on,
          newEndDate: change.endDate,
          answerBefore,
        },
        'noodstop verlengd',
      );
    } else if (status.noodstop?.active) {
      status.noodstop.active = false;
      await sendLetterAndReport(
        'einde-pauze',
        {
          debtor: input.debtor,
          pauseKind: 'noodstop',
          pauseEndDate: change.on,
          reason: change.change === 'lifted' ? 'opgeheven' : 'termijn-verstreken',
        },
        change.change === 'lifted' ? 'noodstop opgeheven' : 'noodstop verlopen',
      );
    }
  }

  /** The kennisgeving pause: renewed with a new kennisgeving each time it ends while the case still runs. */
  async function runPause(): Promise<void> {
    while (!state.closed && status.pauseEnd) {
      const end = status.pauseEnd;
      if (await waitUntil(() => state.closed !== undefined, deadlineInstant(end))) return;
      const on = today();
      const pause = kennisgevingPauseEnd(on, state.creditor.convenantMonths);
      status.pauseEnd = pause.deadline;
      status.pauseConfirmed = false;
      await sendLetterAndReport(
        'kennisgeving',
        {
          debtor: input.debtor,
          helpStartDate: state.stabilisatieStartedOn ?? on,
          pauseMonths: state.creditor.convenantMonths,
          pauseEndDate: pause.deadline,
          answerBefore: creditorAnswerDeadline(on, input.policy.creditorAnswerWerkdagen).deadline,
        },
        'pauze verlengd',
      );
    }
  }

  /** Answer term (10 werkdagen), a reminder letter with a new term, then escalation to the officer. */
  async function runAnswerTerm(): Promise<void> {
    if (status.phase === 'wacht-op-antwoord') {
      if (await waitUntil(answered, deadlineInstant(status.answerDeadline!))) return;
      const on = today();
      status.answerDeadline = creditorAnswerDeadline(on, input.policy.creditorAnswerWerkdagen).deadline;
      status.phase = 'herinnerd';
      await sendLetterAndReport(
        'herinnering-saldoverzoek',
        {
          debtor: input.debtor,
          originalLetterDate: status.kennisgevingOn!,
          answerBefore: status.answerDeadline,
        },
        'herinnering saldoverzoek',
      );
    }
    if (status.phase === 'herinnerd') {
      if (await waitUntil(answered, deadlineInstant(status.answerDeadline!))) return;
      status.phase = 'geescaleerd';
      report('geen antwoord: geëscaleerd naar medewerker');
      await alert({
        id: `${input.caseId}/creditor/${status.creditorId}/silent`,
        audience: 'officer',
        kind: 'creditor-silent',
        caseId: input.caseId,
        gemeente: input.gemeente,
        officerId: input.officerId,
        deadline: status.answerDeadline,
        message: `Schuldeiser ${status.creditorId} heeft na kennisgeving en herinnering niet geantwoord (termijn tot ${status.answerDeadline}).`,
      });
    }
  }

  /**
   * Background loops must never reject unhandled: that fails the workflow task again and again and leaves the
   * track stuck. A fault (a letter that cannot be rendered) is reported to the supervisor instead.
   */
  function inBackground(loop: () => Promise<unknown>, what: string) {
    void loop().catch(async (error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error);
      report(`${what} mislukt: ${reason}`);
      await alert({
        id: `${input.caseId}/creditor/${status.creditorId}/fault/${what}`,
        audience: 'supervisor',
        kind: 'officer-task',
        caseId: input.caseId,
        gemeente: input.gemeente,
        officerId: input.officerId,
        message: `Spoor van schuldeiser ${status.creditorId}: ${what} mislukt; controleer de zaak.`,
      });
    });
  }

  inBackground(runEffects, 'berichten');

  // 1. Nothing goes out before the case reaches stabilisatie (noodstop letters aside).
  await condition(() => state.stabilisatieStartedOn !== undefined || state.closed !== undefined);

  // 2. Kennisgeving with the pause request, and the saldoverzoek.
  if (!state.closed && !status.kennisgevingOn) {
    const on = today();
    const pause = kennisgevingPauseEnd(on, state.creditor.convenantMonths);
    const answerBefore = creditorAnswerDeadline(on, input.policy.creditorAnswerWerkdagen).deadline;
    status.kennisgevingOn = on;
    status.pauseEnd = pause.deadline;
    status.answerDeadline = answerBefore;
    status.phase = 'wacht-op-antwoord';
    await sendLetterAndReport(
      'kennisgeving',
      {
        debtor: input.debtor,
        helpStartDate: state.stabilisatieStartedOn ?? on,
        pauseMonths: state.creditor.convenantMonths,
        pauseEndDate: pause.deadline,
        answerBefore,
      },
      'kennisgeving verstuurd',
    );
    await sendLetterAndReport(
      'saldoverzoek',
      { debtor: input.debtor, collectiefPossible: true, answerBefore },
      'saldoverzoek verstuurd',
    );
  }

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

  // 4. The end: lift the pause we asked for, tell the case, and stop.
  const closed = state.closed;
  if (status.kennisgevingOn && closed.reason !== 'verwijderd') {
    await sendLetterAndReport(
      'einde-pauze',
      { debtor: input.debtor, pauseKind: 'kennisgeving', pauseEndDate: closed.on, reason: closed.reason },
      'einde pauze',
    );
  }
  status.phase = 'gesloten';
  status.removed = closed.reason === 'verwijderd';
  report('spoor gesloten');
  return endWhenQuiet(
    () => reports.length === 0 && allHandlersFinished(),
    async () => status,
  );
}
