import type { CivilDate } from '../../domain/civil-date';
import { mustExist, notBefore, notInFuture, requirePhase } from '../shared/guards';
import { refuse } from '../shared/validation';
import type { OplossingAction, OplossingActionInput } from './actions';
import type { OplossingInput } from './input';
import { AGREED, nextStage, stagesAllowing, type CreditorEvent } from './stages';
import type { CreditorOffer, OplossingStatus } from './state';

/**
 * The validators of the oplossing's Updates: each refuses with a Dutch reason (a Refusal) and changes
 * nothing. Pure (no Temporal import): the state and today's date (workflow time) are passed in.
 */
export interface RuleContext {
  status: OplossingStatus;
  input: OplossingInput;
  today: CivilDate;
}

export type OplossingRules = {
  [A in OplossingAction]: (a: OplossingActionInput<A>, ctx: RuleContext) => void;
};

const knownCreditor = (status: OplossingStatus, id: string): CreditorOffer =>
  mustExist(
    status.creditors.find((c) => c.creditorId === id),
    `Schuldeiser ${id} is niet bekend in deze schuldregeling.`,
  );

/** The creditor's stage allows `event` (the stage table), else `what` is refused with the stage named. */
function stageAllows(offer: CreditorOffer, event: CreditorEvent, what: string): void {
  if (!nextStage(offer.stage, event))
    refuse(
      `${what} is niet mogelijk: schuldeiser ${offer.creditorId} staat op ${offer.stage} ` +
        `(kan bij ${stagesAllowing(event).join(', ')}).`,
    );
}

export const oplossingRules: OplossingRules = {
  'oplossing-start': (_a, { status, input }) => {
    requirePhase(status.phase, ['voorbereiding']);
    const empty = input.creditors.filter((c) => !(c.claimAmount > 0));
    if (empty.length) refuse(`Geen vordering bekend van: ${empty.map((c) => c.creditor.name).join(', ')}.`);
  },
  'voorstel-akkoord': ({ creditorId }, { status }) => {
    requirePhase(status.phase, ['betaalvoorstel']);
    stageAllows(knownCreditor(status, creditorId), 'akkoord', 'Akkoord');
  },
  'voorstel-afwijzing': ({ creditorId }, { status }) => {
    requirePhase(status.phase, ['betaalvoorstel']);
    stageAllows(knownCreditor(status, creditorId), 'afwijzing', 'Afwijzen');
  },
  'dwangakkoord-verzoek': ({ creditorId, date }, { status, today }) => {
    requirePhase(status.phase, ['betaalvoorstel']);
    stageAllows(knownCreditor(status, creditorId), 'dwangakkoord-verzoek', 'Een dwangakkoord vragen');
    notInFuture(date, today, 'De datum van het verzoek');
  },
  'dwangakkoord-zitting': ({ creditorId, date }, { status }) => {
    requirePhase(status.phase, ['betaalvoorstel']);
    const offer = knownCreditor(status, creditorId);
    if (offer.stage !== 'dwangakkoord')
      refuse(`Een zitting vastleggen is niet mogelijk: schuldeiser ${creditorId} staat op ${offer.stage}.`);
    const d = offer.dwangakkoord!;
    if (d.hearingOn) refuse(`De zitting is al vastgelegd (${d.hearingOn}).`);
    notBefore(date, d.requestedOn, 'De zitting');
  },
  'dwangakkoord-uitspraak': ({ creditorId, date }, { status, today }) => {
    requirePhase(status.phase, ['betaalvoorstel']);
    const offer = knownCreditor(status, creditorId);
    stageAllows(offer, 'dwangakkoord-toegewezen', 'Een uitspraak vastleggen');
    const d = offer.dwangakkoord!;
    if (!d.hearingOn) refuse('Leg eerst de zitting vast.');
    notBefore(date, d.hearingOn, 'De uitspraak');
    notInFuture(date, today, 'De uitspraak');
  },
  'wsnp-verklaring': ({ date }, { status, today }) => {
    requirePhase(status.phase, ['betaalvoorstel', 'borgstelling']);
    notInFuture(date, today, 'De datum');
    if (status.creditors.every((c) => AGREED.includes(c.stage)) && !status.awaitingOfficerChoice)
      refuse('Alle schuldeisers zijn akkoord: een Wsnp-verklaring is niet nodig.');
  },
  'borgstelling-besluit': ({ date }, { status, today }) => {
    requirePhase(status.phase, ['borgstelling']);
    const b = status.borgstelling!;
    if (b.decidedOn) refuse(`Over deze borgstelling is al besloten (${b.decidedOn}).`);
    notBefore(date, b.requestedOn, 'Het besluit');
    notInFuture(date, today, 'Het besluit');
  },
  betaling: ({ date, amount }, { status, today }) => {
    requirePhase(status.phase, ['looptijd']);
    const lt = status.looptijd!;
    notBefore(date, lt.startDate, 'De betaling');
    notInFuture(date, today, 'De betaling');
    const open = lt.totalCents - lt.paidCents;
    if (amount > open) refuse(`Het bedrag is hoger dan wat nog openstaat (${open} cent).`);
  },
  'regeling-beeindigen': ({ date }, { status, today }) => {
    requirePhase(status.phase, ['looptijd']);
    notBefore(date, status.looptijd!.startDate, 'De einddatum');
    notInFuture(date, today, 'De einddatum');
  },
  'finale-kwijting': ({ creditorId, date }, { status, today }) => {
    requirePhase(status.phase, ['finale-kwijting', 'nazorg']);
    const offer = knownCreditor(status, creditorId);
    if (!offer.kwijting) refuse(`Aan schuldeiser ${creditorId} is geen finale kwijting gevraagd.`);
    if (offer.kwijting.grantedOn) refuse(`Finale kwijting is al verleend op ${offer.kwijting.grantedOn}.`);
    notBefore(date, offer.kwijting.askedOn, 'De datum van de kwijting');
    notInFuture(date, today, 'De datum van de kwijting');
  },
  'borgstelling-vervolg': ({ date, route }, { status, today }) => {
    requirePhase(status.phase, ['borgstelling']);
    if (!status.awaitingOfficerChoice) refuse('Er is geen keuze nodig: de borgstelling is niet afgewezen.');
    // Collectief schuldregelen: a vooraf akkoord holds only with a saneringskrediet (domain.md §5).
    const vooraf = status.creditors.filter(
      (c) => c.voorafAkkoord && c.stage === 'gebonden' && !c.dwangakkoord,
    );
    if (route === 'betalingsregeling' && vooraf.length)
      refuse(
        `Een betalingsregeling kan niet zonder nieuw voorstel: ${vooraf.map((c) => c.creditorId).join(', ')} ` +
          'ging alleen vooraf akkoord met een saneringskrediet.',
      );
    notBefore(date, status.borgstelling!.requestedOn, 'De datum');
    notInFuture(date, today, 'De datum');
  },
};
