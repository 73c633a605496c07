import type { UpdateDefinition } from '@temporalio/common';
import {
  allHandlersFinished,
  condition,
  continueAsNew,
  getExternalWorkflowHandle,
  patched,
  proxyActivities,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type { Activities } from '../../activities';
import { amsterdamDateOf, deadlineInstant, startOfDayInstant } from '../../domain/amsterdam-time';
import { addWerkdagen } from '../../domain/calendar';
import { addDays, addMonths, compareCivilDates, type CivilDate } from '../../domain/civil-date';
import type { Cents } from '../../domain/money';
import {
  computeProposal,
  isAutomaticBorgstelling,
  repaymentSchedule,
  saneringskredietAmount,
  waarborgfondsPremium,
} from '../../domain/proposal';
import { creditorCanGrantFinaleKwijting } from '../../domain/records';
import {
  bezwaarDeadline,
  creditorAnswerDeadline,
  looptijdEnd,
  schuldregelingDeadline,
} from '../../domain/terms';
import { termSteps, waitUntil } from '../shared/deadline-watch';
import { firstProblem } from '../shared/validation';
import type { WaitingOn } from '../shared/types';
import { notify } from '../shared/activities';
import { EffectQueue } from '../shared/effect-queue';
import { LetterBook } from '../shared/letter-book';
import { creditorRecipient, debtorOf, residentRecipient } from '../shared/recipients';
import {
  oplossingActionSchemas,
  OPLOSSING_ACTIONS,
  type OplossingAction,
  type OplossingActionInput,
} from './actions';
import type { OplossingInput, OplossingOutcome, OplossingResult } from './input';
import {
  oplossingActionUpdates,
  oplossingRunsQuery,
  oplossingStatusQuery,
  oplossingTimelineQuery,
  schuldregelingAgreedSignal,
} from './messages';
import {
  CasePhase,
  DeadlineBreached,
  Gemeente,
  LastProgressAt,
  NextDeadline,
  OfficerId,
  WaitingOn as WaitingOnKey,
} from '../shared/search-attributes';
import {
  AGREED,
  AWAITING_ANSWER,
  WAARBORGFONDS,
  type CreditorOffer,
  type OplossingState,
  type OplossingStatus,
} from './state';

export type { OplossingInput, OplossingResult };

/** Start input plus, after continue-as-new, the state of the previous run. */
export type OplossingWorkflowInput = OplossingInput & { carried?: OplossingState };

const { recordPaymentInstruction } = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: {
    initialInterval: '5 seconds',
    backoffCoefficient: 2,
    maximumInterval: '10 minutes',
    maximumAttempts: 200,
  },
});

/** Past this many events a run continues as new at its next quiet point. */
const HISTORY_LIMIT = 1500;
/** During the looptijd a run lasts at most this many months (a few hundred events each). */
const MONTHS_PER_RUN = 3;
const CONTINUE_DELAY_MS = 60_000;
/** Fw art. 287a lid 5: de rechtbank beslist uiterlijk acht dagen na de zitting. */
const DWANGAKKOORD_RULING_DAYS = 8;
/** Product choice: the waarborgfonds is asked to decide within 10 werkdagen (risk check above € 5.000). */
const BORGSTELLING_DECISION_WERKDAGEN = 10;

/** Largest-remainder division of `amount` over `weights` (exact to the cent, bigint, never a float). */
export function divide(amount: Cents, weights: readonly Cents[]): Cents[] {
  const total = weights.reduce((s, w) => s + BigInt(w), 0n);
  if (total === 0n) return weights.map(() => 0);
  const exact = weights.map((w) => BigInt(amount) * BigInt(w));
  const shares = exact.map((e) => e / total);
  let left = BigInt(amount) - shares.reduce((s, x) => s + x, 0n);
  const order = weights
    .map((_, i) => i)
    .sort((a, b) => {
      const ra = exact[a]! % total;
      const rb = exact[b]! % total;
      return ra > rb ? -1 : ra < rb ? 1 : a - b;
    });
  for (const i of order) {
    if (left === 0n) break;
    if (weights[i] === 0) continue;
    shares[i] = shares[i]! + 1n;
    left -= 1n;
  }
  return shares.map(Number);
}

function basisPoints(part: Cents, whole: Cents): number {
  return whole === 0 ? 0 : Number((BigInt(part) * 10_000n) / BigInt(whole));
}

/**
 * The oplossing of one case, from "stabilisatie complete" to the end: the betaalvoorstel under the 120-day
 * schuldregeling term (NVVK), answers, heroverweging, dwangakkoord or Wsnp; the saneringskrediet with the
 * waarborgfonds, or the betalingsregeling; the looptijd of 18 months with payments, reminders and reviews;
 * finale kwijting and nazorg. One agenda of durable timers, derived from the state, drives every reminder,
 * check and task; handlers only change state and queue effects (letters, alerts, payments, the case signal).
 */
export async function oplossingWorkflow(input: OplossingWorkflowInput): Promise<OplossingResult> {
  const { policy } = input;
  const months = policy.looptijdMonths;
  const oplossingId = workflowInfo().workflowId;
  const state: OplossingState = input.carried
    ? { ...input.carried, run: input.carried.run + 1 }
    : initialState(input, oplossingId);
  const { status } = state;
  const today = (): CivilDate => amsterdamDateOf(Date.now());
  const record = (by: string, action: string, detail?: string) =>
    state.timeline.push({ at: new Date(Date.now()).toISOString(), by, action, detail });
  const letters = new LetterBook(
    input.caseReference,
    () => status.officerId,
    state.letterSequences,
    status.letters,
  );
  const debtor = debtorOf(input.resident);
  const resident = () => residentRecipient(input.resident, input.caseReference);
  const creditorRecord = (id: string) => input.creditors.find((c) => c.creditor.id === id)!;
  const recipientOf = (offer: CreditorOffer) => {
    const c = creditorRecord(offer.creditorId);
    return creditorRecipient(c.creditor, c.reference);
  };
  const offerOf = (id: string) => status.creditors.find((c) => c.creditorId === id);

  // ---- effects: run one at a time, in order, outside the handlers ----
  const effects = new EffectQueue();
  const enqueue = (effect: () => Promise<void>) => effects.enqueue(effect);
  const alert = (
    key: string,
    kind: 'deadline-reminder' | 'deadline-breached' | 'creditor-silent' | 'officer-task',
    message: string,
    audience: 'officer' | 'supervisor' = 'officer',
    deadline?: CivilDate,
  ) =>
    enqueue(async () => {
      await notify({
        id: `${oplossingId}/${key}`,
        audience,
        kind,
        caseId: input.caseId,
        gemeente: status.gemeente,
        officerId: status.officerId,
        message,
        ...(deadline ? { deadline } : {}),
      });
    });

  // A handler-driven change wakes the agenda loop.
  let version = 0;

  // ---- derived figures ----
  function refresh() {
    status.answersOutstanding = status.creditors.filter((c) => AWAITING_ANSWER.includes(c.stage)).length;
    const lt = status.looptijd;
    if (lt) {
      const now = today();
      let dueSoFar = 0;
      let cumulative = 0;
      let next: OplossingStatus['nextDuePayment'];
      for (const i of lt.instalments) {
        cumulative += i.amount;
        if (compareCivilDates(i.dueDate!, now) < 0) dueSoFar = cumulative;
        else if (!next && cumulative > lt.paidCents)
          next = {
            number: i.number,
            dueDate: i.dueDate!,
            amountCents: Math.min(i.amount, cumulative - lt.paidCents),
          };
      }
      status.arrearsCents = Math.max(0, dueSoFar - lt.paidCents);
      status.nextDuePayment = next;
    }
    status.waitingOn = waitingOnOf(status);
  }

  // ---- progress: the last business event (officer action, creditor answer, phase change) ----
  const progress = () => {
    state.progressAt = new Date(Date.now()).toISOString();
  };
  /** Oplossingen recorded before LastProgressAt existed replay without it (recorded histories). */
  const tracksProgress = () => patched('last-progress');
  let progressPhase = status.phase;

  // ---- search attributes: phase, dates and flags only; an upsert is an event: only on change ----
  let published = '';
  function publish() {
    if (effects.ending) return; // the next run publishes afresh
    refresh();
    if (status.phase !== progressPhase) {
      progressPhase = status.phase;
      progress();
    }
    const open = status.deadlines.filter((d) => d.state === 'open').map((d) => d.deadline);
    if (status.nextDuePayment) open.push(status.nextDuePayment.dueDate);
    open.sort();
    const attributes = {
      phase: `oplossing:${status.phase}`,
      gemeente: status.gemeente,
      officer: status.officerId,
      waitingOn: status.waitingOn,
      breached: status.deadlines.some((d) => d.state === 'breached'),
      next: open[0] ?? null,
      // A run carried over from before the patch knows no progress yet: it starts counting now.
      progressAt: tracksProgress() ? (state.progressAt ??= new Date(Date.now()).toISOString()) : undefined,
    };
    const key = JSON.stringify(attributes);
    if (key === published) return;
    published = key;
    upsertSearchAttributes([
      { key: CasePhase, value: attributes.phase },
      { key: Gemeente, value: attributes.gemeente },
      { key: OfficerId, value: attributes.officer },
      { key: WaitingOnKey, value: attributes.waitingOn },
      { key: DeadlineBreached, value: attributes.breached },
      { key: NextDeadline, value: attributes.next ? new Date(deadlineInstant(attributes.next)) : null },
      ...(attributes.progressAt ? [{ key: LastProgressAt, value: new Date(attributes.progressAt) }] : []),
    ]);
  }

  // ---- validation helpers: refuse with a Dutch reason, change nothing ----
  const phaseIs = (...phases: OplossingStatus['phase'][]) => {
    if (!phases.includes(status.phase))
      throw new Error(
        `Niet mogelijk in fase ${status.phase}; deze actie hoort bij fase ${phases.join(' of ')}.`,
      );
  };
  const notInFuture = (date: CivilDate, what: string) => {
    if (compareCivilDates(date, today()) > 0) throw new Error(`${what} ligt in de toekomst.`);
  };
  const notBefore = (date: CivilDate, earliest: CivilDate, what: string) => {
    if (compareCivilDates(date, earliest) < 0) throw new Error(`${what} ligt vóór ${earliest}.`);
  };
  const knownCreditor = (id: string) => {
    const offer = offerOf(id);
    if (!offer) throw new Error(`Schuldeiser ${id} is niet bekend in deze schuldregeling.`);
    return offer;
  };
  const stageIs = (offer: CreditorOffer, stages: CreditorOffer['stage'][], what: string) => {
    if (!stages.includes(offer.stage))
      throw new Error(`${what} is niet mogelijk: schuldeiser ${offer.creditorId} staat op ${offer.stage}.`);
  };

  type Rules = { [A in OplossingAction]: (a: OplossingActionInput<A>) => void };
  const rules: Rules = {
    'oplossing-start': () => {
      phaseIs('voorbereiding');
      const empty = input.creditors.filter((c) => !(c.claimAmount > 0));
      if (empty.length)
        throw new Error(`Geen vordering bekend van: ${empty.map((c) => c.creditor.name).join(', ')}.`);
    },
    'voorstel-akkoord': ({ creditorId }) => {
      phaseIs('betaalvoorstel');
      stageIs(
        knownCreditor(creditorId),
        [...AWAITING_ANSWER, 'blijft-weigeren', 'dwangakkoord', 'dwangakkoord-afgewezen'],
        'Akkoord',
      );
    },
    'voorstel-afwijzing': ({ creditorId }) => {
      phaseIs('betaalvoorstel');
      stageIs(knownCreditor(creditorId), AWAITING_ANSWER, 'Afwijzen');
    },
    'dwangakkoord-verzoek': ({ creditorId, date }) => {
      phaseIs('betaalvoorstel');
      stageIs(knownCreditor(creditorId), ['blijft-weigeren', 'geescaleerd'], 'Een dwangakkoord vragen');
      notInFuture(date, 'De datum van het verzoek');
    },
    'dwangakkoord-zitting': ({ creditorId, date }) => {
      phaseIs('betaalvoorstel');
      const offer = knownCreditor(creditorId);
      stageIs(offer, ['dwangakkoord'], 'Een zitting vastleggen');
      if (offer.dwangakkoord!.hearingOn)
        throw new Error(`De zitting is al vastgelegd (${offer.dwangakkoord!.hearingOn}).`);
      notBefore(date, offer.dwangakkoord!.requestedOn, 'De zitting');
    },
    'dwangakkoord-uitspraak': ({ creditorId, date }) => {
      phaseIs('betaalvoorstel');
      const offer = knownCreditor(creditorId);
      stageIs(offer, ['dwangakkoord'], 'Een uitspraak vastleggen');
      if (!offer.dwangakkoord!.hearingOn) throw new Error('Leg eerst de zitting vast.');
      notBefore(date, offer.dwangakkoord!.hearingOn, 'De uitspraak');
      notInFuture(date, 'De uitspraak');
    },
    'wsnp-verklaring': ({ date }) => {
      phaseIs('betaalvoorstel', 'borgstelling');
      notInFuture(date, 'De datum');
      if (status.creditors.every((c) => AGREED.includes(c.stage)))
        throw new Error('Alle schuldeisers zijn akkoord: een Wsnp-verklaring is niet nodig.');
    },
    'borgstelling-besluit': ({ date }) => {
      phaseIs('borgstelling');
      const b = status.borgstelling!;
      if (b.decidedOn) throw new Error(`Over deze borgstelling is al besloten (${b.decidedOn}).`);
      notBefore(date, b.requestedOn, 'Het besluit');
      notInFuture(date, 'Het besluit');
    },
    betaling: ({ date, amount }) => {
      phaseIs('looptijd');
      const lt = status.looptijd!;
      notBefore(date, lt.startDate, 'De betaling');
      notInFuture(date, 'De betaling');
      const open = lt.totalCents - lt.paidCents;
      if (amount > open) throw new Error(`Het bedrag is hoger dan wat nog openstaat (${open} cent).`);
    },
    'regeling-beeindigen': ({ date }) => {
      phaseIs('looptijd');
      notBefore(date, status.looptijd!.startDate, 'De einddatum');
      notInFuture(date, 'De einddatum');
    },
    'finale-kwijting': ({ creditorId, date }) => {
      phaseIs('finale-kwijting', 'nazorg');
      const offer = knownCreditor(creditorId);
      if (!offer.kwijting) throw new Error(`Aan schuldeiser ${creditorId} is geen finale kwijting gevraagd.`);
      if (offer.kwijting.grantedOn)
        throw new Error(`Finale kwijting is al verleend op ${offer.kwijting.grantedOn}.`);
      notBefore(date, offer.kwijting.askedOn, 'De datum van de kwijting');
      notInFuture(date, 'De datum van de kwijting');
    },
  };

  // ---- the changes themselves ----
  function sendProposal(offer: CreditorOffer, on: CivilDate) {
    const term = creditorAnswerDeadline(on, policy.creditorAnswerWerkdagen);
    offer.stage = 'voorgesteld';
    offer.proposalSentOn = on;
    offer.answerDeadline = term.deadline;
    const data = {
      debtor,
      claimCents: offer.claimCents,
      offerCents: offer.offerCents,
      percentageBasisPoints: offer.percentageBasisPoints,
      preferent: offer.preferent,
      form: status.form!,
      kredietbank: status.kredietbank,
      looptijdMonths: months,
      totalDebtCents: status.proposal!.totalClaimsCents,
      creditorCount: status.creditors.length,
      answerBefore: term.deadline,
      answerTermWorkdays: policy.creditorAnswerWerkdagen,
    };
    enqueue(async () => void (await letters.send('betaalvoorstel', recipientOf(offer), on, data)));
  }

  const actions: Rules = {
    'oplossing-start': ({
      officerId,
      afloscapaciteitPerMonth,
      vtlbBasis,
      form,
      kredietbank,
      waarborgfonds,
    }) => {
      const proposal = computeProposal({
        afloscapaciteitPerMonth,
        months,
        claims: input.creditors.map((c) => ({
          creditorId: c.creditor.id,
          amount: c.claimAmount,
          preferent: c.preferent,
        })),
      });
      Object.assign(status, {
        phase: 'betaalvoorstel',
        form,
        kredietbank,
        waarborgfonds: form === 'saneringskrediet' && waarborgfonds,
        afloscapaciteitPerMonth,
        vtlbBasis,
        proposal: {
          kind: proposal.kind,
          availableCents: proposal.available,
          totalClaimsCents: proposal.totalClaims,
          totalOfferedCents: proposal.totalOffered,
          concurrentPercentage: proposal.concurrentPercentage,
          preferentPercentage: proposal.preferentPercentage,
          months,
        },
      });
      record(
        officerId,
        'oplossing gestart',
        `${form}, ${proposal.kind}, afloscapaciteit ${afloscapaciteitPerMonth} cent/maand`,
      );
      const on = today();
      proposal.offers.forEach((o, i) => {
        const offer = status.creditors[i]!;
        offer.offerCents = o.amount;
        offer.percentageBasisPoints = basisPoints(o.amount, o.claim);
        // Collectief schuldregelen: vooraf akkoord holds only with a saneringskrediet (and budgetbeheer).
        if (form === 'saneringskrediet' && offer.voorafAkkoord) {
          offer.stage = 'gebonden';
          record('system', 'vooraf akkoord: geen betaalvoorstel, gebonden', offer.creditorId);
        } else sendProposal(offer, on);
      });
    },
    'voorstel-akkoord': ({ creditorId }) => {
      const offer = offerOf(creditorId)!;
      offer.stage = 'akkoord';
      offer.answeredOn = today();
      record(`creditor:${creditorId}`, 'akkoord met betaalvoorstel');
    },
    'voorstel-afwijzing': ({ creditorId, reason }) => {
      const offer = offerOf(creditorId)!;
      const on = today();
      offer.rejections.push({ on, reason });
      offer.answeredOn = on;
      record(`creditor:${creditorId}`, 'betaalvoorstel afgewezen', reason);
      if (offer.stage === 'heroverweging') {
        offer.stage = 'blijft-weigeren';
        offer.answerDeadline = undefined;
        alert(
          `${creditorId}/blijft-weigeren`,
          'officer-task',
          `Schuldeiser ${creditorId} blijft weigeren na heroverweging: kies dwangakkoord (Fw art. 287a) of Wsnp-verklaring.`,
        );
        return;
      }
      const term = creditorAnswerDeadline(on, policy.creditorAnswerWerkdagen);
      offer.stage = 'heroverweging';
      offer.answerDeadline = term.deadline;
      const agreed = status.creditors.filter((c) => AGREED.includes(c.stage));
      const data = {
        debtor,
        claimCents: offer.claimCents,
        offerCents: offer.offerCents,
        percentageBasisPoints: offer.percentageBasisPoints,
        rejectionDate: on,
        rejectionReason: reason,
        creditorCount: status.creditors.length,
        agreedCreditorCount: agreed.length,
        agreedClaimShareBasisPoints: basisPoints(
          agreed.reduce((s, c) => s + c.claimCents, 0),
          status.proposal!.totalClaimsCents,
        ),
        answerBefore: term.deadline,
        answerTermWorkdays: policy.creditorAnswerWerkdagen,
      };
      enqueue(async () => void (await letters.send('heroverweging', recipientOf(offer), on, data)));
    },
    'dwangakkoord-verzoek': ({ officerId, creditorId, date }) => {
      const offer = offerOf(creditorId)!;
      offer.stage = 'dwangakkoord';
      offer.answerDeadline = undefined;
      offer.dwangakkoord = { requestedOn: date };
      record(officerId, 'verzoek dwangakkoord ingediend (Fw art. 287a)', creditorId);
    },
    'dwangakkoord-zitting': ({ officerId, creditorId, date }) => {
      const d = offerOf(creditorId)!.dwangakkoord!;
      d.hearingOn = date;
      d.rulingDueBy = addDays(date, DWANGAKKOORD_RULING_DAYS);
      record(
        officerId,
        'zitting dwangakkoord',
        `${creditorId}: ${date}, uitspraak uiterlijk ${d.rulingDueBy}`,
      );
    },
    'dwangakkoord-uitspraak': ({ officerId, creditorId, date, granted }) => {
      const offer = offerOf(creditorId)!;
      Object.assign(offer.dwangakkoord!, { ruledOn: date, granted });
      if (granted) {
        offer.stage = 'gebonden';
        record(officerId, 'dwangakkoord toegewezen: schuldeiser gebonden', creditorId);
      } else {
        offer.stage = 'dwangakkoord-afgewezen';
        record(officerId, 'dwangakkoord afgewezen', creditorId);
        alert(
          `${creditorId}/dwangakkoord-afgewezen`,
          'officer-task',
          `Dwangakkoord tegen ${creditorId} afgewezen: overweeg de Wsnp-verklaring.`,
        );
      }
    },
    'wsnp-verklaring': ({ officerId, date, reason }) => {
      record(officerId, 'Wsnp-verklaring afgegeven; minnelijk traject beëindigd (Fw art. 285)', reason);
      close('wsnp', date);
    },
    'borgstelling-besluit': ({ by, date, granted }) => {
      Object.assign(status.borgstelling!, { decidedOn: date, granted, by });
      record('waarborgfonds', granted ? 'borgstelling verleend' : 'borgstelling geweigerd', by);
      if (!granted)
        alert(
          'borgstelling-geweigerd',
          'officer-task',
          'Het waarborgfonds weigert de borgstelling; het krediet gaat zonder borg verder.',
        );
    },
    betaling: ({ officerId, date, amount }) => {
      const lt = status.looptijd!;
      lt.paidCents += amount;
      lt.payments.push({ date, amountCents: amount });
      record(officerId, 'betaling ontvangen', `${amount} cent op ${date}`);
      if (status.form !== 'betalingsregeling') return; // a credit instalment goes to the kredietbank
      // Each payment is divided over the creditors by what is still open of their offer.
      const open = status.creditors.map((c) => Math.max(0, c.offerCents - c.paidCents));
      const shares = divide(amount, open);
      shares.forEach((share, i) => (status.creditors[i]!.paidCents += share));
      const seq = ++state.paymentSequence;
      const lines = status.creditors.map((c, i) => ({ payee: c.creditorId, amountCents: shares[i]! }));
      enqueue(async () => {
        await recordPaymentInstruction({
          id: `${oplossingId}/verdeling/${seq}`,
          caseId: input.caseId,
          kind: 'betalingsregeling-verdeling',
          date,
          lines,
        });
      });
    },
    'regeling-beeindigen': ({ officerId, date, reason, grounds, admissionDate }) => {
      record(officerId, 'regeling beëindigd (Wgs art. 4a lid 6)', reason);
      enqueue(async () => {
        await letters.send('beeindigingsbeschikking', resident(), date, {
          admissionDate,
          endDate: date,
          grounds,
          bezwaarBefore: bezwaarDeadline(date).deadline,
        });
      });
      if (status.form === 'betalingsregeling') {
        for (const offer of status.creditors) {
          offer.remainingOnRecordCents = offer.claimCents - offer.paidCents;
          const data = {
            debtor,
            endDate: date,
            reason,
            claimCents: offer.claimCents,
            paidCents: offer.paidCents,
            remainingCents: offer.remainingOnRecordCents,
          };
          enqueue(
            async () => void (await letters.send('schuldregeling-beeindigd', recipientOf(offer), date, data)),
          );
        }
      } else {
        // Saneringskrediet: the creditors were paid; the kredietbank's loss falls on the borgstelling.
        const lt = status.looptijd!;
        const loss = lt.totalCents - lt.paidCents;
        const b = status.borgstelling;
        if (b?.granted) {
          b.uitbetaling = { on: date, amountCents: loss };
          record('system', 'uitbetaling borgstelling aangevraagd', `${loss} cent`);
          enqueue(async () => {
            await recordPaymentInstruction({
              id: `${oplossingId}/uitbetaling-borgstelling`,
              caseId: input.caseId,
              kind: 'uitbetaling-borgstelling',
              date,
              lines: [{ payee: 'kredietbank', amountCents: loss }],
            });
          });
        } else record('system', 'geen borgstelling: verlies blijft bij de kredietbank', `${loss} cent`);
      }
      status.ended = { on: date, reason };
      close('beeindigd', date);
    },
    'finale-kwijting': ({ creditorId, date }) => {
      const offer = offerOf(creditorId)!;
      offer.kwijting!.grantedOn = date;
      offer.remainingOnRecordCents = 0;
      record(`creditor:${creditorId}`, 'finale kwijting verleend', date);
      const data = {
        debtor,
        kwijtingDate: date,
        claimCents: offer.claimCents,
        paidCents: offer.paidCents,
        writtenOffCents: offer.claimCents - offer.paidCents,
      };
      enqueue(
        async () =>
          void (await letters.send('bevestiging-finale-kwijting', recipientOf(offer), today(), data)),
      );
    },
  };

  function close(outcome: OplossingOutcome, on: CivilDate) {
    status.outcome = outcome;
    status.closedOn = on;
    status.phase = 'afgesloten';
    for (const d of status.deadlines) if (d.state === 'open') d.state = 'cancelled';
  }

  // ---- phase transitions that follow from the state ----
  function allAgreed() {
    const on = today();
    status.agreedOn = on;
    const term = status.deadlines.find((d) => d.kind === 'schuldregeling')!;
    if (term.state === 'open' || term.state === 'breached') {
      term.metOn = on;
      if (term.state === 'open') term.state = compareCivilDates(on, term.deadline) <= 0 ? 'met' : 'breached';
    }
    record('system', 'alle schuldeisers akkoord', on);
    if (status.form === 'saneringskrediet' && status.waarborgfonds) {
      const loan = saneringskredietAmount(status.creditors.map((c) => ({ amount: c.offerCents })));
      const automatic = isAutomaticBorgstelling(loan, policy.waarborgfonds.automaticThresholdCents);
      const b: OplossingStatus['borgstelling'] = {
        requestedOn: on,
        loanCents: loan,
        premiumCents: waarborgfondsPremium(loan, policy.waarborgfonds.premiumBasisPoints),
        automatic,
        ...(automatic
          ? { decidedOn: on, granted: true, by: 'automatisch' }
          : { decisionBefore: addWerkdagen(on, BORGSTELLING_DECISION_WERKDAGEN) }),
      };
      status.borgstelling = b;
      status.phase = 'borgstelling';
      record(
        'system',
        automatic ? 'borgstelling automatisch (≤ € 5.000)' : 'borgstelling aangevraagd, wacht op het fonds',
        `${loan} cent`,
      );
      const data = {
        debtor,
        kredietbank: status.kredietbank!,
        loanCents: loan,
        premiumCents: b.premiumCents,
        automatic,
        automaticLimitCents: policy.waarborgfonds.automaticThresholdCents,
        looptijdMonths: months,
        startDate: on,
        monthlyInstalmentCents: repaymentSchedule(loan, months)[0]!.amount,
        creditorCount: status.creditors.length,
        totalDebtCents: status.proposal!.totalClaimsCents,
        decisionBefore: b.decisionBefore,
      };
      enqueue(async () => void (await letters.send('aanvraag-borgstelling', WAARBORGFONDS, on, data)));
    } else startRegeling();
  }

  function startRegeling() {
    const start = today();
    const total = saneringskredietAmount(status.creditors.map((c) => ({ amount: c.offerCents })));
    const end = looptijdEnd(start, months);
    const instalments = repaymentSchedule(total, months, addMonths(start, 1));
    status.looptijd = {
      startDate: start,
      endDate: end.deadline,
      instalments,
      totalCents: total,
      paidCents: 0,
      payments: [],
      endReached: false,
    };
    status.phase = 'looptijd';
    record(
      'system',
      'schuldregeling tot stand; looptijd begint',
      `${start} t/m ${end.deadline} (${end.source})`,
    );
    const form = status.form!;
    const saneringskrediet = form === 'saneringskrediet';
    if (saneringskrediet) {
      // The kredietbank pays every offer at once, against finale kwijting, and becomes the only creditor.
      for (const offer of status.creditors) {
        offer.paidCents = offer.offerCents;
        if (!offer.grantsFinaleKwijting) offer.remainingOnRecordCents = offer.claimCents - offer.offerCents;
        else offer.remainingOnRecordCents = 0;
      }
      const lines = status.creditors.map((c) => ({ payee: c.creditorId, amountCents: c.offerCents }));
      record('system', 'saneringskrediet uitbetaald aan alle schuldeisers', `${total} cent`);
      enqueue(async () => {
        await recordPaymentInstruction({
          id: `${oplossingId}/saneringskrediet`,
          caseId: input.caseId,
          kind: 'saneringskrediet-uitbetaling',
          date: start,
          lines,
        });
      });
    }
    for (const offer of status.creditors) {
      const data = {
        debtor,
        claimCents: offer.claimCents,
        offerCents: offer.offerCents,
        percentageBasisPoints: offer.percentageBasisPoints,
        form,
        kredietbank: status.kredietbank,
        looptijdMonths: months,
        startDate: start,
        endDate: end.deadline,
        ...(saneringskrediet ? { paymentExpectedOn: start } : {}),
      };
      enqueue(
        async () => void (await letters.send('schuldregeling-akkoord', recipientOf(offer), start, data)),
      );
    }
    const residentData = {
      form,
      kredietbank: status.kredietbank,
      creditorCount: status.creditors.length,
      totalDebtCents: status.proposal!.totalClaimsCents,
      offerTotalCents: total,
      monthlyPaymentCents: instalments[0]!.amount,
      looptijdMonths: months,
      startDate: start,
      endDate: end.deadline,
      firstPaymentDate: instalments[0]!.dueDate!,
      hasClaimsWithoutKwijting: status.creditors.some((c) => !c.grantsFinaleKwijting),
    };
    enqueue(
      async () => void (await letters.send('bevestiging-schuldregeling', resident(), start, residentData)),
    );
    // The case's creditor tracks end their pauses: schuldregeling tot stand.
    enqueue(async () => {
      try {
        await getExternalWorkflowHandle(input.caseId).signal(schuldregelingAgreedSignal, { on: start });
        status.caseSignalled = true;
      } catch (error) {
        status.caseSignalled = false;
        record(
          'system',
          'zaak niet bereikt met "schuldregeling akkoord"',
          error instanceof Error ? error.message : String(error),
        );
      }
    });
  }

  function startFinaleKwijting() {
    const on = today();
    status.phase = 'finale-kwijting';
    const lt = status.looptijd!;
    record('system', 'looptijd voltooid', lt.endDate);
    if (status.borgstelling?.granted) {
      status.borgstelling.endedOn = on;
      record('system', 'borgstelling beëindigd: krediet afgelost');
    }
    if (status.form === 'saneringskrediet') return; // kwijting was granted against the kredietbank's payment
    const term = creditorAnswerDeadline(on, policy.creditorAnswerWerkdagen);
    for (const offer of status.creditors) {
      const remaining = offer.claimCents - offer.paidCents;
      if (!offer.grantsFinaleKwijting) {
        // CJIB and DUO never grant finale kwijting: their remaining claims stay on record.
        offer.remainingOnRecordCents = remaining;
        record(
          'system',
          'geen finale kwijting (CJIB/DUO): restant blijft',
          `${offer.creditorId}: ${remaining} cent`,
        );
        continue;
      }
      offer.kwijting = { askedOn: on, answerBefore: term.deadline };
      const data = {
        debtor,
        form: status.form!,
        startDate: lt.startDate,
        endDate: lt.endDate,
        claimCents: offer.claimCents,
        paidCents: offer.paidCents,
        remainingCents: remaining,
        answerBefore: term.deadline,
        answerTermWorkdays: policy.creditorAnswerWerkdagen,
      };
      enqueue(async () => void (await letters.send('verzoek-finale-kwijting', recipientOf(offer), on, data)));
    }
  }

  function advance() {
    for (;;) {
      const before = status.phase;
      if (status.phase === 'betaalvoorstel' && status.creditors.every((c) => AGREED.includes(c.stage)))
        allAgreed();
      else if (status.phase === 'borgstelling' && status.borgstelling?.decidedOn) startRegeling();
      else if (
        status.phase === 'looptijd' &&
        status.looptijd!.endReached &&
        status.looptijd!.paidCents >= status.looptijd!.totalCents
      )
        startFinaleKwijting();
      else if (
        status.phase === 'finale-kwijting' &&
        (state.done.includes('kwijting/termijn') ||
          status.creditors.every((c) => !c.kwijting || c.kwijting.grantedOn))
      ) {
        status.phase = 'nazorg';
        record('system', 'nazorg begint', policy.nazorgCheckInMonths.map((m) => `${m} mnd`).join(', '));
      } else if (
        status.phase === 'nazorg' &&
        policy.nazorgCheckInMonths.every((_, i) => state.done.includes(`nazorg/${i}`))
      ) {
        record('system', 'nazorg afgerond; schuldregeling afgesloten');
        close('afgerond', today());
      }
      if (status.phase === before) return;
    }
  }

  // ---- the agenda: every durable timer, derived from the state ----
  interface AgendaItem {
    key: string;
    at: number;
    run: () => void;
  }
  function agenda(): AgendaItem[] {
    const items: AgendaItem[] = [];
    const term = status.deadlines.find((d) => d.kind === 'schuldregeling');
    if (
      term &&
      term.state === 'open' &&
      (status.phase === 'voorbereiding' ||
        status.phase === 'betaalvoorstel' ||
        status.phase === 'borgstelling')
    ) {
      // The 120-day term (NVVK module Schuldregeling), enforced like the statutory terms (termSteps).
      for (const step of termSteps(term, policy.reminderLeadWerkdagen)) {
        items.push({
          key: `schuldregeling/${step.step}`,
          at: step.at,
          run: () => {
            const { action, detail, alert: a } = step.fire(today());
            record('system', action, detail);
            alert(`schuldregeling/${a.key}`, a.kind, a.message, a.audience, term.deadline);
          },
        });
      }
    }
    if (status.phase === 'betaalvoorstel') {
      for (const offer of status.creditors) {
        if (offer.answerDeadline && AWAITING_ANSWER.includes(offer.stage) && offer.stage !== 'geescaleerd') {
          items.push({
            key: `${offer.creditorId}/antwoord/${offer.stage}/${offer.answerDeadline}`,
            at: deadlineInstant(offer.answerDeadline),
            run: () => answerTermPassed(offer),
          });
        }
        const d = offer.dwangakkoord;
        if (offer.stage === 'dwangakkoord' && d?.rulingDueBy && !d.ruledOn) {
          items.push({
            key: `${offer.creditorId}/uitspraak`,
            at: deadlineInstant(d.rulingDueBy),
            run: () =>
              alert(
                `${offer.creditorId}/uitspraak`,
                'officer-task',
                `Uitspraak dwangakkoord ${offer.creditorId} verwacht uiterlijk ${d.rulingDueBy} (Fw art. 287a): leg de uitspraak vast.`,
              ),
          });
        }
      }
    }
    const b = status.borgstelling;
    if (status.phase === 'borgstelling' && b && !b.decidedOn && b.decisionBefore) {
      items.push({
        key: 'borgstelling/termijn',
        at: deadlineInstant(b.decisionBefore),
        run: () =>
          alert(
            'borgstelling/termijn',
            'officer-task',
            `Het waarborgfonds heeft niet besloten vóór ${b.decisionBefore}: neem contact op.`,
          ),
      });
    }
    const lt = status.looptijd;
    if (status.phase === 'looptijd' && lt) {
      const grace = policy.betalingsregelingGraceDays;
      let cumulative = 0;
      for (const i of lt.instalments) {
        cumulative += i.amount;
        const through = cumulative;
        const behind = () => lt.paidCents < through;
        // Product choice (policy.betalingsregelingGraceDays): reminder after the grace period, officer task after twice it.
        items.push({
          key: `termijn-${i.number}/herinnering`,
          at: deadlineInstant(addDays(i.dueDate!, grace)),
          run: () => {
            if (!behind()) return;
            record(
              'system',
              'herinnering betaling',
              `termijn ${i.number} (${i.dueDate}), achterstand ${through - lt.paidCents} cent`,
            );
            alert(
              `termijn-${i.number}/herinnering`,
              'deadline-reminder',
              `Betaling termijn ${i.number} (vervallen ${i.dueDate}) niet ontvangen: herinner de inwoner.`,
              'officer',
              i.dueDate,
            );
          },
        });
        items.push({
          key: `termijn-${i.number}/taak`,
          at: deadlineInstant(addDays(i.dueDate!, 2 * grace)),
          run: () => {
            if (!behind()) return;
            record('system', 'betaling blijft uit: taak voor de consulent', `termijn ${i.number}`);
            alert(
              `termijn-${i.number}/taak`,
              'officer-task',
              `Termijn ${i.number} blijft onbetaald: spreek de inwoner; beëindig zo nodig de regeling.`,
              'officer',
              i.dueDate,
            );
          },
        });
      }
      // Periodic review of income and costs (policy.reviewIntervalMonths, NVVK module Schuldregeling: monitoring).
      for (
        let n = 1;
        compareCivilDates(addMonths(lt.startDate, n * policy.reviewIntervalMonths), lt.endDate) < 0;
        n++
      ) {
        const on = addMonths(lt.startDate, n * policy.reviewIntervalMonths);
        items.push({
          key: `review-${n}`,
          at: startOfDayInstant(on),
          run: () => {
            status.reviewsDone++;
            record('system', 'periodieke controle', on);
            alert(
              `review-${n}`,
              'officer-task',
              `Periodieke controle schuldregeling (${on}): is het inkomen of zijn de lasten veranderd?`,
            );
          },
        });
      }
      items.push({
        key: 'looptijd/einde',
        at: deadlineInstant(lt.endDate),
        run: () => {
          lt.endReached = true;
          if (lt.paidCents < lt.totalCents)
            alert(
              'looptijd/einde',
              'officer-task',
              `Looptijd voorbij (${lt.endDate}) maar nog ${lt.totalCents - lt.paidCents} cent open.`,
            );
        },
      });
    }
    if (status.phase === 'finale-kwijting') {
      const asked = status.creditors.filter((c) => c.kwijting);
      const last = asked
        .map((c) => c.kwijting!.answerBefore)
        .sort()
        .pop();
      if (last) {
        items.push({
          key: 'kwijting/termijn',
          at: deadlineInstant(last),
          run: () => {
            const silent = asked.filter((c) => !c.kwijting!.grantedOn).map((c) => c.creditorId);
            if (silent.length)
              alert(
                'kwijting/termijn',
                'creditor-silent',
                `Geen finale kwijting ontvangen van: ${silent.join(', ')}.`,
              );
          },
        });
      }
    }
    if (status.phase === 'nazorg') {
      const end = status.looptijd!.endDate;
      // Nazorg is part of debt assistance (Wgs art. 1); check-ins per policy.nazorgCheckInMonths (NVVK module Nazorg).
      policy.nazorgCheckInMonths.forEach((m, i) => {
        const on = addMonths(end, m);
        items.push({
          key: `nazorg/${i}`,
          at: startOfDayInstant(on),
          run: () => {
            status.nazorgDone++;
            record('system', 'nazorg contactmoment', `${m} maanden na de looptijd`);
            alert(
              `nazorg/${i}`,
              'officer-task',
              `Nazorg: contactmoment ${m} maanden na de schuldregeling (${on}).`,
            );
          },
        });
      });
    }
    return items
      .filter((item) => !state.done.includes(item.key))
      .sort((a, b) => a.at - b.at || (a.key < b.key ? -1 : 1));
  }

  function answerTermPassed(offer: CreditorOffer) {
    const on = today();
    if (offer.stage === 'voorgesteld') {
      const term = creditorAnswerDeadline(on, policy.creditorAnswerWerkdagen);
      offer.stage = 'herinnerd';
      const originalLetterDate = offer.proposalSentOn!;
      offer.answerDeadline = term.deadline;
      record('system', 'herinnering betaalvoorstel', offer.creditorId);
      const data = {
        debtor,
        claimCents: offer.claimCents,
        offerCents: offer.offerCents,
        percentageBasisPoints: offer.percentageBasisPoints,
        originalLetterDate,
        answerBefore: term.deadline,
        answerTermWorkdays: policy.creditorAnswerWerkdagen,
      };
      enqueue(
        async () => void (await letters.send('herinnering-betaalvoorstel', recipientOf(offer), on, data)),
      );
    } else if (offer.stage === 'herinnerd') {
      offer.stage = 'geescaleerd';
      record('system', 'geen antwoord op betaalvoorstel: geëscaleerd', offer.creditorId);
      alert(
        `${offer.creditorId}/stil`,
        'creditor-silent',
        `Schuldeiser ${offer.creditorId} reageert niet op het betaalvoorstel: neem contact op of vraag een dwangakkoord.`,
      );
    } else if (offer.stage === 'heroverweging') {
      record('system', 'geen antwoord op heroverweging', offer.creditorId);
      alert(
        `${offer.creditorId}/heroverweging-stil`,
        'creditor-silent',
        `Schuldeiser ${offer.creditorId} reageert niet op de heroverweging.`,
      );
    }
  }

  // ---- handlers ----
  setHandler(oplossingStatusQuery, () => status);
  setHandler(oplossingTimelineQuery, () => state.timeline);
  setHandler(oplossingRunsQuery, () => ({
    run: state.run,
    earlierRuns: state.runEvents,
    currentEvents: workflowInfo().historyLength,
  }));
  for (const action of OPLOSSING_ACTIONS) {
    const schema = oplossingActionSchemas[action];
    setHandler(
      oplossingActionUpdates[action] as unknown as UpdateDefinition<OplossingStatus, [unknown]>,
      (body: unknown) => {
        (actions[action] as (a: unknown) => void)(schema.parse(body));
        progress();
        advance();
        version++;
        publish();
        return status;
      },
      {
        validator: (body: unknown) => {
          const parsed = schema.safeParse(body);
          if (!parsed.success) throw new Error(firstProblem(parsed.error));
          (rules[action] as (a: unknown) => void)(parsed.data);
        },
      },
    );
  }

  if (!input.carried) {
    progress();
    record('system', 'oplossing begonnen', `stabilisatie afgerond op ${input.startedOn}`);
  } else record('system', `oplossing voortgezet (run ${state.run})`);
  publish();

  // ---- background: effects in order ----
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

  // ---- main loop: transitions, the agenda, continue-as-new per period ----
  const runStartedOn = today();
  const startPhase = status.phase;
  const historyTooLong = () =>
    workflowInfo().historyLength > HISTORY_LIMIT || workflowInfo().continueAsNewSuggested;
  // Continue-as-new happens on a timer of its own, a minute after it is due, never straight from an update:
  // queries then never straddle the switch of runs.
  let continueAt = Infinity;
  for (;;) {
    advance();
    publish();
    if (status.phase === 'afgesloten') break;
    const newStage = status.phase !== startPhase && ['looptijd', 'nazorg'].includes(status.phase);
    const periodOver =
      status.phase === 'looptijd' && compareCivilDates(today(), addMonths(runStartedOn, MONTHS_PER_RUN)) >= 0;
    if ((newStage || periodOver || historyTooLong()) && continueAt === Infinity)
      continueAt = Date.now() + CONTINUE_DELAY_MS;
    if (Date.now() >= continueAt) {
      return effects.endWhenQuiet(allHandlersFinished, () => {
        state.runEvents.push(workflowInfo().historyLength);
        return continueAsNew<typeof oplossingWorkflow>({ ...input, carried: state });
      });
    }
    const next = agenda()[0];
    const at = Math.min(next?.at ?? Infinity, continueAt);
    const seen = version;
    const changed = () => version !== seen;
    if (at === Infinity) {
      await condition(changed);
      continue;
    }
    if (await waitUntil(changed, at)) continue;
    if (next && next.at <= Date.now()) {
      state.done.push(next.key);
      next.run();
    }
  }

  return effects.endWhenQuiet(allHandlersFinished, async () => ({
    outcome: status.outcome!,
    closedOn: status.closedOn!,
  }));
}

function waitingOnOf(status: OplossingStatus): WaitingOn {
  switch (status.phase) {
    case 'betaalvoorstel':
      return status.creditors.some((c) => AWAITING_ANSWER.includes(c.stage) && c.stage !== 'geescaleerd')
        ? 'creditor'
        : 'officer';
    case 'borgstelling':
      return 'none';
    case 'looptijd':
      return status.arrearsCents > 0 ? 'officer' : 'resident';
    case 'finale-kwijting':
      return 'creditor';
    case 'afgesloten':
      return 'none';
    default:
      return 'officer';
  }
}

function initialState(input: OplossingInput, oplossingId: string): OplossingState {
  const term = schuldregelingDeadline(input.startedOn, input.policy.schuldregelingDays);
  return {
    run: 1,
    runEvents: [],
    timeline: [],
    letterSequences: {},
    done: [],
    paymentSequence: 0,
    status: {
      caseId: input.caseId,
      oplossingId,
      caseReference: input.caseReference,
      gemeente: input.gemeente,
      officerId: input.officerId,
      phase: 'voorbereiding',
      waitingOn: 'officer',
      startedOn: input.startedOn,
      deadlines: [{ kind: 'schuldregeling', deadline: term.deadline, source: term.source, state: 'open' }],
      creditors: input.creditors.map((c) => ({
        creditorId: c.creditor.id,
        name: c.creditor.name,
        type: c.creditor.type,
        claimCents: c.claimAmount,
        preferent: c.preferent,
        voorafAkkoord: c.voorafAkkoord,
        geenMedewerking: c.geenMedewerking,
        offerCents: 0,
        percentageBasisPoints: 0,
        stage: 'wacht-op-voorstel',
        rejections: [],
        paidCents: 0,
        grantsFinaleKwijting: creditorCanGrantFinaleKwijting(c.creditor.type),
      })),
      answersOutstanding: 0,
      arrearsCents: 0,
      reviewsDone: 0,
      nazorgDone: 0,
      letters: [],
    },
  };
}
