import type { UpdateDefinition } from '@temporalio/common';
import {
  allHandlersFinished,
  condition,
  continueAsNew,
  getExternalWorkflowHandle,
  ParentClosePolicy,
  patched,
  setHandler,
  startChild,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import { amsterdamDateOf, deadlineInstant } from '../../domain/amsterdam-time';
import { compareCivilDates, maxCivilDate, type CivilDate } from '../../domain/civil-date';
import { DEFAULT_POLICY, type Policy } from '../../domain/policy';
import type { Aanmelding, Creditor } from '../../domain/records';
import {
  beschikkingDeadline,
  bezwaarDeadline,
  eersteGesprekDeadline,
  moratoriumEnd,
  noodstopEnd,
} from '../../domain/terms';
import { notify, startCreditorTrack } from '../shared/activities';
import { peerGone } from '../shared/peer-gone';
import { EffectQueue } from '../shared/effect-queue';
import { settle } from '../shared/settle';
import { LetterBook } from '../shared/letter-book';
import { debtorOf, residentRecipient } from '../shared/recipients';
import { creditorTrackWorkflow, type CreditorTrackInput } from '../creditor-track/workflow';
import {
  collectionBreachSignal,
  creditorCorrectedSignal,
  noodstopChangedSignal,
  officerClaimSignal,
  stabilisatieStartedSignal,
  trackClosedSignal,
  type NoodstopChange,
  type TrackClosed,
} from '../creditor-track/messages';
import {
  caseActionSchemas,
  CASE_ACTIONS,
  firstProblem,
  type CaseAction,
  type CaseActionInput,
} from './actions';
import { termSteps, waitUntil, type TermAlert } from './deadline-watch';
import { oplossingIdOf, type OplossingInput, type OplossingResult } from '../oplossing/input';
import { caseIdOf, caseReferenceOf, creditorTrackIdOf } from './ids';
import {
  caseActionUpdates,
  caseStatusQuery,
  creditorTrackChangedSignal,
  schuldregelingAgreedSignal,
  timelineQuery,
  type CaseStatus,
} from './messages';
import {
  CasePhase,
  CreditorCount,
  Crisis,
  DeadlineBreached,
  Gemeente,
  LastProgressAt,
  NextDeadline,
  NoodstopActive,
  OfficerId,
  WaitingOn,
} from './search-attributes';
import { activeCreditors, initialCaseState, initialSummary, waitingOnOf, type CaseState } from './state';
import type { DeadlineStatus } from './types';

export { caseIdOf };

/** Start input of a case. Holds personal data: it only ever travels encrypted (payload codec). */
export interface CaseInput {
  /** The gemeente's own case number; with the gemeente it makes the workflow id. */
  caseNumber: string;
  /** Validated at the edge with aanmeldingSchema (API, CLI). */
  aanmelding: Aanmelding;
  /** The gemeente's practice norms, resolved at start so they are fixed in history. */
  policy?: Policy;
  /** Set by continue-as-new: the state of the previous run. */
  carried?: CaseState;
}

export interface CaseResult {
  phase: CaseStatus['phase'];
  closedReason?: string;
  breaches: string[];
}

/** Past this many events a run continues as new at its next quiet point (well under Temporal's limits). */
const HISTORY_LIMIT = 2000;
/**
 * A run continues as new after this long without signals or updates (see settle): long enough for a burst of
 * track reports to pass, short enough that an officer who completes stabilisatie sees the oplossing at once.
 */
const SETTLE_MS = 2_000;

/**
 * One debt-assistance case from the aanmelding to the start of the oplossing: eerste gesprek and beschikking
 * under their statutory terms (reminder ahead, supervisor alert after, the case goes on either way), one
 * creditor track per creditor, the noodstop and the court moratorium. Officers act through Updates whose
 * validators refuse wrong actions with a Dutch reason and leave the case untouched.
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
  const today = (): CivilDate => amsterdamDateOf(Date.now());
  const record = (by: string, action: string, detail?: string) =>
    state.timeline.push({ at: new Date(Date.now()).toISOString(), by, action, detail });
  const letters = new LetterBook(
    caseReference,
    () => status.officerId,
    state.letterSequences,
    status.letters,
  );
  const resident = () => residentRecipient(aanmelding.resident, caseReference);

  // Effects (letters, alerts, signals to tracks) run one at a time, in order, outside the handlers.
  const effects = new EffectQueue();
  const enqueue = (effect: () => Promise<void>) => effects.enqueue(effect);

  // Bumped by every signal and update: the run continues as new only after a quiet moment (see settle).
  let news = 0;

  // ---- progress: the last business event (officer action, creditor answer, phase change) ----
  const progress = () => {
    state.progressAt = new Date(Date.now()).toISOString();
  };
  /** Cases recorded before LastProgressAt existed replay without it (recorded histories). */
  const tracksProgress = () => patched('last-progress');

  // ---- search attributes: ids, phases, dates and flags only ----
  let published = '';
  function publish() {
    if (effects.ending) return; // the next run publishes afresh
    status.waitingOn = waitingOnOf(status);
    // The earliest deadline still waiting for its act, also when already breached: supervisors sort by it.
    const open = status.deadlines
      .filter((d) => d.state === 'open' || (d.state === 'breached' && !d.metOn))
      .map((d) => d.deadline)
      .sort();
    const attributes = {
      phase: status.phase,
      gemeente: status.gemeente,
      officer: status.officerId,
      crisis: status.crisis,
      waitingOn: status.waitingOn,
      breached: status.deadlines.some((d) => d.state === 'breached'),
      next: open[0] ?? null,
      noodstop: status.noodstop?.active ?? false,
      creditors: activeCreditors(status).length,
      // A run carried over from before the patch knows no progress yet: it starts counting now.
      progressAt: tracksProgress() ? (state.progressAt ??= new Date(Date.now()).toISOString()) : undefined,
    };
    const key = JSON.stringify(attributes);
    if (key === published) return; // an upsert is a history event: only on change
    published = key;
    upsertSearchAttributes([
      { key: CasePhase, value: attributes.phase },
      { key: Gemeente, value: attributes.gemeente },
      { key: OfficerId, value: attributes.officer },
      { key: Crisis, value: attributes.crisis },
      { key: WaitingOn, value: attributes.waitingOn },
      { key: DeadlineBreached, value: attributes.breached },
      { key: NextDeadline, value: attributes.next ? new Date(deadlineInstant(attributes.next)) : null },
      { key: NoodstopActive, value: attributes.noodstop },
      { key: CreditorCount, value: attributes.creditors },
      ...(attributes.progressAt ? [{ key: LastProgressAt, value: new Date(attributes.progressAt) }] : []),
    ]);
  }

  // ---- creditor tracks ----
  // Cases recorded when tracks were ABANDON children replay with startChild (recorded histories).
  const tracksStartedByActivity = patched('tracks-started-by-activity');
  const trackHandle = (creditorId: string) =>
    getExternalWorkflowHandle(creditorTrackIdOf(caseId, creditorId));
  function startTrack(creditor: Creditor) {
    const trackInput: CreditorTrackInput = {
      caseId,
      caseReference,
      gemeente: status.gemeente,
      officerId: status.officerId,
      creditor,
      claims: state.claims.filter((c) => c.creditorId === creditor.id),
      debtor: debtorOf(aanmelding.resident),
      policy,
      stabilisatieStartedOn: state.helpStartedOn,
    };
    const workflowId = creditorTrackIdOf(caseId, creditor.id);
    enqueue(async () => {
      // A track outlives the case run that started it (continue-as-new); the two talk by workflow id.
      if (tracksStartedByActivity) await startCreditorTrack(workflowId, trackInput);
      else
        await startChild(creditorTrackWorkflow, {
          workflowId,
          args: [trackInput],
          parentClosePolicy: ParentClosePolicy.ABANDON,
        });
    });
  }
  function signalTracks<T>(send: (creditorId: string) => Promise<T>) {
    for (const creditor of activeCreditors(status))
      enqueue(async () => void (await send(creditor.creditorId)));
  }
  const noodstopToTracks = (change: NoodstopChange) =>
    signalTracks((id) => trackHandle(id).signal(noodstopChangedSignal, change));
  const closeTracks = (closed: TrackClosed) =>
    signalTracks((id) => trackHandle(id).signal(trackClosedSignal, closed));

  setHandler(creditorTrackChangedSignal, (report) => {
    news++;
    const { event, letter, ...summary } = report;
    const index = status.creditors.findIndex((c) => c.creditorId === summary.creditorId);
    const before = status.creditors[index];
    // A creditor's answer (kennisgeving confirmed, saldo-opgave, vooraf akkoord, geen medewerking) is progress;
    // the track's own reminders and escalations are not.
    if (
      before &&
      (before.answer !== summary.answer ||
        before.pauseConfirmed !== summary.pauseConfirmed ||
        before.claimAmount !== summary.claimAmount)
    )
      progress();
    if (index >= 0)
      status.creditors[index] = { ...summary, removed: status.creditors[index]!.removed || summary.removed };
    // A report can arrive twice (the track sends it again when the answer to its signal was lost in a server or
    // database restart: tests/fault): its letter counts once. State only, no command changes.
    const repeated = letter !== undefined && status.letters.some((l) => l.letterId === letter.letterId);
    if (letter && !repeated) status.letters.push(letter);
    if (event && !repeated) record(`creditor:${summary.creditorId}`, event, letter?.letterId);
    publish();
  });

  // ---- deadlines ----
  const deadline = (kind: string) => status.deadlines.find((d) => d.kind === kind);
  function addDeadline(term: { kind: string; deadline: CivilDate; source: string }) {
    status.deadlines.push({ kind: term.kind, deadline: term.deadline, source: term.source, state: 'open' });
  }
  function meetDeadline(kind: string, on: CivilDate) {
    const d = deadline(kind);
    if (!d || d.state === 'met' || d.state === 'cancelled') return;
    d.metOn = on;
    if (d.state === 'open') d.state = compareCivilDates(on, d.deadline) <= 0 ? 'met' : 'breached';
  }
  const alert = (d: DeadlineStatus, a: TermAlert) =>
    notify({
      id: `${caseId}/${d.kind}/${a.key}`,
      audience: a.audience,
      kind: a.kind,
      caseId,
      gemeente: status.gemeente,
      officerId: status.officerId,
      deadline: d.deadline,
      message: a.message,
    });

  /**
   * A statutory term as durable timers (termSteps: the one definition, shared with the oplossing). Resumes
   * from the carried state after continue-as-new: a reminder or breach already recorded is not repeated. No
   * reminder once the deadline itself has passed. A breach never stops the case; it waits for the act.
   */
  async function enforce(kind: string, settled: () => boolean): Promise<void> {
    const d = deadline(kind);
    if (!d) return;
    const late = deadlineInstant(d.deadline) <= Date.now();
    for (const step of termSteps(d, policy.reminderLeadWerkdagen)) {
      if (step.step === 'herinnering' && late) continue;
      if (d.state !== 'open') return;
      if (await waitUntil(settled, step.at)) return;
      const { action, detail, alert: message } = step.fire(today());
      record('system', action, detail);
      if (step.step === 'overschreden') publish();
      await alert(d, message);
    }
  }

  // ---- officer actions: validation (refuse, change nothing) and the change itself ----
  const phaseIs = (...phases: CaseStatus['phase'][]) => {
    if (!phases.includes(status.phase)) {
      throw new Error(
        `Niet mogelijk in fase ${status.phase}; deze actie hoort bij fase ${phases.join(' of ')}.`,
      );
    }
  };
  const notInFuture = (date: CivilDate, what: string) => {
    if (compareCivilDates(date, today()) > 0) throw new Error(`${what} ligt in de toekomst.`);
  };
  const notBefore = (date: CivilDate, earliest: CivilDate, what: string) => {
    if (compareCivilDates(date, earliest) < 0) throw new Error(`${what} ligt vóór ${earliest}.`);
  };
  const knownCreditor = (creditorId: string) => {
    const summary = status.creditors.find((c) => c.creditorId === creditorId && !c.removed);
    if (!summary) throw new Error(`Schuldeiser ${creditorId} is niet bekend in deze zaak.`);
    return summary;
  };
  const notClosed = () => {
    if (status.phase === 'afgesloten') throw new Error('De zaak is gesloten.');
  };

  type Rules = { [A in CaseAction]: (input: CaseActionInput<A>) => void };
  const rules: Rules = {
    'plan-eerste-gesprek': ({ appointment }) => {
      phaseIs('aanmelding');
      notBefore(appointment.date, today(), 'De datum van het gesprek');
    },
    'eerste-gesprek': ({ date }) => {
      phaseIs('aanmelding');
      notBefore(date, aanmelding.requestDate, 'De datum van het gesprek');
      notInFuture(date, 'De datum van het gesprek');
    },
    withdrawal: ({ date }) => {
      phaseIs('aanmelding');
      notBefore(date, aanmelding.requestDate, 'De datum');
      notInFuture(date, 'De datum');
    },
    'beschikking-toelating': ({ date }) => {
      phaseIs('beschikking');
      notBefore(date, status.eersteGesprekOn!, 'De beschikking');
      notInFuture(date, 'De beschikking');
    },
    'beschikking-afwijzing': ({ date }) => {
      phaseIs('beschikking');
      notBefore(date, status.eersteGesprekOn!, 'De beschikking');
      notInFuture(date, 'De beschikking');
    },
    'creditor-add': ({ creditor, claims }) => {
      notClosed();
      if (status.creditors.some((c) => c.creditorId === creditor.id)) {
        throw new Error(`Schuldeiser ${creditor.id} bestaat al in deze zaak; gebruik corrigeren.`);
      }
      if (claims.some((c) => c.creditorId !== creditor.id))
        throw new Error('Elke vordering moet van deze schuldeiser zijn.');
    },
    'creditor-correct': ({ creditor }) => {
      notClosed();
      knownCreditor(creditor.id);
    },
    'creditor-remove': ({ creditorId }) => {
      notClosed();
      knownCreditor(creditorId);
    },
    'claim-record': ({ claim }) => {
      notClosed();
      knownCreditor(claim.creditorId);
    },
    'noodstop-pull': () => {
      notClosed();
      if (status.noodstop?.active)
        throw new Error(`De noodstop is al actief (tot ${status.noodstop.endDate}).`);
      if (activeCreditors(status).length === 0)
        throw new Error('Er zijn geen schuldeisers om een noodstop naar te sturen.');
    },
    'noodstop-lift': () => {
      if (!status.noodstop?.active) throw new Error('Er is geen actieve noodstop om op te heffen.');
    },
    'collection-breach': ({ creditorId, date }) => {
      notClosed();
      knownCreditor(creditorId);
      notInFuture(date, 'De datum');
    },
    'moratorium-request': ({ date }) => {
      notClosed();
      notInFuture(date, 'De datum');
      if (status.moratorium && status.moratorium.decidedOn === undefined) {
        throw new Error(
          `Er loopt al een verzoek om een moratorium (sinds ${status.moratorium.requestedOn}).`,
        );
      }
    },
    'moratorium-decision': ({ date, granted, endDate }) => {
      if (!status.moratorium || status.moratorium.decidedOn !== undefined) {
        throw new Error('Er is geen openstaand verzoek om een moratorium.');
      }
      notBefore(date, status.moratorium.requestedOn, 'De uitspraak');
      if (granted) {
        if (!endDate) throw new Error('endDate: de einddatum van het moratorium ontbreekt.');
        const max = moratoriumEnd(date, 6); // Wgs art. 5: ten hoogste zes maanden
        if (compareCivilDates(endDate, date) <= 0) throw new Error('endDate moet na de uitspraak liggen.');
        if (compareCivilDates(endDate, max.deadline) > 0) {
          throw new Error(
            `endDate: een moratorium duurt ten hoogste zes maanden, tot ${max.deadline} (${max.source}).`,
          );
        }
      }
    },
    'stabilisatie-complete': ({ date }) => {
      phaseIs('stabilisatie');
      notInFuture(date, 'De datum');
      const open = activeCreditors(status).filter(
        (c) => c.answer === undefined && c.claimAmount === undefined,
      );
      if (open.length) {
        throw new Error(`Nog geen saldo of antwoord van: ${open.map((c) => c.name).join(', ')}.`);
      }
    },
  };

  const actions: { [A in CaseAction]: (input: CaseActionInput<A>) => void } = {
    'plan-eerste-gesprek': ({ officerId, appointment }) => {
      status.eersteGesprekPlanned = appointment;
      const term = deadline('eerste-gesprek')!;
      record(officerId, 'eerste gesprek gepland', `${appointment.date} ${appointment.time}`);
      enqueue(async () => {
        await letters.send('uitnodiging-eerste-gesprek', resident(), today(), {
          requestDate: aanmelding.requestDate,
          appointment,
          urgent: status.crisis,
          latestDate: term.deadline,
        });
      });
    },
    'eerste-gesprek': ({ officerId, date }) => {
      status.eersteGesprekOn = date;
      meetDeadline('eerste-gesprek', date);
      addDeadline(beschikkingDeadline(date, policy.beschikkingVerordeningWeeks));
      status.phase = 'beschikking';
      record(officerId, 'eerste gesprek gehouden', date);
    },
    withdrawal: ({ officerId, date, reason }) => {
      const d = deadline('eerste-gesprek');
      if (d && d.state === 'open') d.state = 'cancelled';
      close('ingetrokken', date);
      record(officerId, 'hulpvraag ingetrokken', reason);
    },
    'beschikking-toelating': ({ officerId, date, plan }) => {
      meetDeadline('beschikking', date);
      status.beschikking = { decision: 'toelating', on: date };
      state.helpStartedOn = date;
      status.phase = 'stabilisatie';
      record(officerId, 'beschikking: toelating', plan.goal);
      const eersteGesprekDate = status.eersteGesprekOn!;
      enqueue(async () => {
        await letters.send('beschikking-toelating', resident(), date, {
          applicationDate: aanmelding.requestDate,
          eersteGesprekDate,
          plan: { ...plan, services: [] },
          bezwaarBefore: bezwaarDeadline(date).deadline,
        });
      });
      // The help has started: a running noodstop gets its extension.
      const noodstop = status.noodstop;
      if (noodstop?.active && !noodstop.extended) {
        const previousEndDate = noodstop.endDate;
        noodstop.endDate = noodstopEnd(
          noodstop.pulledOn,
          maxCivilDate(date, noodstop.pulledOn),
          policy.noodstopMonths,
          policy.noodstopExtensionMonths,
        ).deadline;
        noodstop.extended = true;
        record('system', 'noodstop verlengd', noodstop.endDate);
        noodstopToTracks({ change: 'extended', on: date, endDate: noodstop.endDate, previousEndDate });
      }
      signalTracks((id) => trackHandle(id).signal(stabilisatieStartedSignal, { on: date }));
    },
    'beschikking-afwijzing': ({ officerId, date, grounds }) => {
      meetDeadline('beschikking', date);
      status.beschikking = { decision: 'afwijzing', on: date };
      const eersteGesprekDate = status.eersteGesprekOn;
      record(officerId, 'beschikking: afwijzing', grounds.map((g) => g.ground).join(', '));
      enqueue(async () => {
        await letters.send('beschikking-afwijzing', resident(), date, {
          applicationDate: aanmelding.requestDate,
          eersteGesprekDate,
          grounds,
          alternatives: [],
          bezwaarBefore: bezwaarDeadline(date).deadline,
        });
      });
      close('afgewezen', date);
    },
    'creditor-add': ({ officerId, creditor, claims }) => {
      state.creditors.push(creditor);
      const withPreferent = claims.map((c) => ({ ...c, preferent: c.preferent ?? false }));
      state.claims.push(...withPreferent);
      status.creditors.push(initialSummary(creditor, withPreferent));
      record(officerId, 'schuldeiser toegevoegd', creditor.id);
      startTrack(creditor);
    },
    'creditor-correct': ({ officerId, creditor }) => {
      state.creditors = state.creditors.map((c) => (c.id === creditor.id ? creditor : c));
      knownCreditor(creditor.id).name = creditor.name;
      record(officerId, 'schuldeiser gecorrigeerd', creditor.id);
      enqueue(async () => trackHandle(creditor.id).signal(creditorCorrectedSignal, { creditor }));
    },
    'creditor-remove': ({ officerId, creditorId, reason }) => {
      knownCreditor(creditorId).removed = true;
      record(officerId, 'schuldeiser verwijderd', `${creditorId}: ${reason}`);
      enqueue(async () =>
        trackHandle(creditorId).signal(trackClosedSignal, { on: today(), reason: 'verwijderd' }),
      );
    },
    'claim-record': ({ officerId, claim }) => {
      const full = { ...claim, preferent: claim.preferent ?? false };
      const summary = knownCreditor(claim.creditorId);
      summary.claimAmount = (summary.claimAmount ?? 0) + claim.amount;
      record(officerId, 'vordering vastgelegd', claim.creditorId);
      enqueue(async () =>
        trackHandle(claim.creditorId).signal(officerClaimSignal, { claim: full, officerId }),
      );
    },
    'noodstop-pull': ({ officerId, reason }) => {
      const on = today();
      const helpStarted = state.helpStartedOn ? maxCivilDate(state.helpStartedOn, on) : null;
      const term = noodstopEnd(on, helpStarted, policy.noodstopMonths, policy.noodstopExtensionMonths);
      status.noodstop = {
        active: true,
        pulledOn: on,
        endDate: term.deadline,
        extended: helpStarted !== null,
        reason,
      };
      record(officerId, 'noodstop ingesteld', `tot ${term.deadline} (${term.source})`);
      noodstopToTracks({ change: 'pulled', on, endDate: term.deadline });
    },
    'noodstop-lift': ({ officerId, reason }) => {
      const noodstop = status.noodstop!;
      noodstop.active = false;
      noodstop.liftedOn = today();
      record(officerId, 'noodstop opgeheven', reason);
      noodstopToTracks({ change: 'lifted', on: noodstop.liftedOn, endDate: noodstop.endDate });
    },
    'collection-breach': ({ officerId, date, creditorId, note }) => {
      record(officerId, 'incasso ondanks pauze', `${creditorId}: ${note}`);
      enqueue(async () =>
        trackHandle(creditorId).signal(collectionBreachSignal, { on: date, note, officerId }),
      );
    },
    'moratorium-request': ({ officerId, date }) => {
      status.moratorium = { requestedOn: date };
      record(officerId, 'moratorium aangevraagd bij de rechter (Wgs art. 5)', date);
    },
    'moratorium-decision': ({ officerId, date, granted, endDate }) => {
      status.moratorium = {
        ...status.moratorium!,
        decidedOn: date,
        granted,
        endDate: granted ? endDate : undefined,
      };
      record(
        officerId,
        granted ? 'moratorium toegewezen' : 'moratorium afgewezen',
        granted ? `tot ${endDate}` : date,
      );
    },
    'stabilisatie-complete': ({ officerId, date }) => {
      status.phase = 'oplossing';
      record(officerId, 'stabilisatie afgerond', date);
    },
  };

  function close(reason: string, on: CivilDate) {
    status.phase = 'afgesloten';
    status.closedReason = reason;
    for (const d of status.deadlines) if (d.state === 'open') d.state = 'cancelled';
    if (status.noodstop?.active) status.noodstop.active = false;
    if (!status.schuldregelingAgreedOn) closeTracks({ on, reason: 'hulp-beeindigd' });
  }

  setHandler(caseStatusQuery, () => status);
  setHandler(timelineQuery, () => state.timeline);
  for (const action of CASE_ACTIONS) {
    const schema = caseActionSchemas[action];
    setHandler(
      caseActionUpdates[action] as unknown as UpdateDefinition<CaseStatus, [unknown]>,
      (body: unknown) => {
        (actions[action] as (input: unknown) => void)(schema.parse(body));
        news++;
        progress();
        publish();
        return status;
      },
      {
        validator: (body: unknown) => {
          const parsed = schema.safeParse(body);
          if (!parsed.success) throw new Error(firstProblem(parsed.error));
          (rules[action] as (input: unknown) => void)(parsed.data);
        },
      },
    );
  }

  // ---- first run: the aanmelding itself ----
  if (!input.carried) {
    progress();
    addDeadline(eersteGesprekDeadline(aanmelding.requestDate, aanmelding.crisisSituation ?? null));
    record(
      'system',
      'aanmelding',
      aanmelding.crisisSituation
        ? `bedreigende situatie: ${aanmelding.crisisSituation}`
        : aanmelding.source.kind,
    );
    for (const creditor of state.creditors) startTrack(creditor);
  } else {
    record('system', `zaak voortgezet (run ${state.run})`);
  }
  publish();

  // ---- background: effects, and the noodstop's own timer ----
  effects.start(async (error) => {
    // A track that already ended cannot be told anything more; anything else is a real fault, and a
    // failing workflow task would leave the case stuck: record it where officers and supervisors look.
    if (peerGone(error)) return;
    record('system', 'actie mislukt', error instanceof Error ? error.message : String(error));
    await notify({
      id: `${caseId}/effect-failed/${state.timeline.length}`,
      audience: 'supervisor',
      kind: 'officer-task',
      caseId,
      gemeente: status.gemeente,
      officerId: status.officerId,
      message: 'Een actie in deze zaak is mislukt (zie de tijdlijn); controleer de zaak.',
    });
  }, publish);
  void (async () => {
    for (;;) {
      await condition(() => status.noodstop?.active === true);
      const noodstop = status.noodstop!;
      const end = noodstop.endDate;
      const changed = () => !noodstop.active || noodstop.endDate !== end || status.noodstop !== noodstop;
      if (await waitUntil(changed, deadlineInstant(end))) continue;
      noodstop.active = false;
      record('system', 'noodstop verlopen', end);
      noodstopToTracks({ change: 'expired', on: today(), endDate: end });
      publish();
    }
  })();

  // ---- the oplossing: one child workflow, awaited in this run (the case is quiet meanwhile) ----
  setHandler(schuldregelingAgreedSignal, ({ on }) => {
    if (status.schuldregelingAgreedOn) return;
    status.schuldregelingAgreedOn = on;
    record('system', 'schuldregeling tot stand gekomen', on);
    closeTracks({ on, reason: 'schuldregeling-tot-stand' });
  });
  async function runOplossing(): Promise<void> {
    const input: OplossingInput = {
      caseId,
      caseReference,
      gemeente: status.gemeente,
      officerId: status.officerId,
      resident: aanmelding.resident,
      creditors: state.creditors
        .map((creditor) => ({
          creditor,
          summary: status.creditors.find((c) => c.creditorId === creditor.id),
        }))
        .filter(({ summary }) => summary && !summary.removed)
        .map(({ creditor, summary }) => {
          const claims = state.claims.filter((c) => c.creditorId === creditor.id);
          return {
            creditor,
            claimAmount: summary!.claimAmount ?? claims.reduce((sum, c) => sum + c.amount, 0),
            preferent: claims.some((c) => c.preferent),
            voorafAkkoord: summary!.answer === 'vooraf-akkoord',
            geenMedewerking: summary!.answer === 'geen-medewerking',
            reference: claims[0]?.reference,
          };
        }),
      policy,
      startedOn: today(),
    };
    const child = await startChild<(input: OplossingInput) => Promise<OplossingResult>>('oplossingWorkflow', {
      workflowId: oplossingIdOf(caseId),
      args: [input],
    });
    record('system', 'oplossing gestart', child.workflowId);
    const result = await child.result();
    close(result.outcome, result.closedOn);
    progress();
    record('system', `oplossing beëindigd: ${result.outcome}`, result.closedOn);
    publish();
  }

  // ---- the phases ----
  const historyTooLong = () =>
    workflowInfo().historyLength > HISTORY_LIMIT || workflowInfo().continueAsNewSuggested;
  const startPhase = status.phase;
  for (;;) {
    const phase = status.phase;
    if (phase === 'aanmelding') await enforce('eerste-gesprek', () => status.phase !== 'aanmelding');
    else if (phase === 'beschikking') await enforce('beschikking', () => status.phase !== 'beschikking');
    // Cases that reached oplossing before the oplossing workflow existed replay without it (recorded histories).
    else if (phase === 'oplossing' && patched('oplossing-child')) await runOplossing();
    if (status.phase === phase) await condition(() => status.phase !== phase || historyTooLong());
    if (status.phase === 'afgesloten') break;
    // Continue as new on entering stabilisatie and oplossing (a clean history per phase) or when long.
    const crossedIntoNewStage =
      status.phase !== startPhase && (status.phase === 'stabilisatie' || status.phase === 'oplossing');
    if (crossedIntoNewStage || historyTooLong()) {
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
