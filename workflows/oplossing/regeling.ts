import { bezwaarDeadline } from '../../domain/terms';
import { minCivilDate } from '../../domain/civil-date';
import { offerOf, toCreditor, type OplossingTransitions } from './effects';
import { bevestigingFinaleKwijtingData, schuldregelingBeeindigdData } from './letters';
import { divide } from './offers';
import { close, startRegeling } from './progression';

/**
 * The actions once all creditors agreed: the borgstelling decision (or the officer's choice after a refusal),
 * payments and an early end in the looptijd, finale kwijting. Pure: state + action → state + effects.
 */
export const regelingTransitions: Pick<
  OplossingTransitions,
  'borgstelling-besluit' | 'borgstelling-vervolg' | 'betaling' | 'regeling-beeindigen' | 'finale-kwijting'
> = {
  'borgstelling-besluit': (state, { by, date, granted }, _ctx, fx) => {
    Object.assign(state.status.borgstelling!, { decidedOn: date, granted, by });
    fx.record('waarborgfonds', granted ? 'borgstelling verleend' : 'borgstelling geweigerd', by);
    if (!granted)
      fx.alert(
        'borgstelling-geweigerd',
        'officer-task',
        'Het waarborgfonds weigert de borgstelling; het krediet gaat zonder borg verder.',
      );
  },
  'borgstelling-vervolg': (state, { officerId, date, route }, ctx, fx) => {
    const { status } = state;
    status.awaitingOfficerChoice = false;
    if (route === 'betalingsregeling') status.form = 'betalingsregeling';
    fx.record(
      officerId,
      route === 'betalingsregeling' ? 'verder als betalingsregeling' : 'saneringskrediet zonder borgstelling',
      date,
    );
    startRegeling(state, ctx, fx);
  },
  betaling: (state, { officerId, date, amount }, _ctx, fx) => {
    const { status } = state;
    const lt = status.looptijd!;
    lt.paidCents += amount;
    lt.payments.push({ date, amountCents: amount });
    status.firstAflossingOn = status.firstAflossingOn ? minCivilDate(status.firstAflossingOn, date) : date;
    fx.record(officerId, 'betaling ontvangen', `${amount} cent op ${date}`);
    if (status.form !== 'betalingsregeling') return; // a credit instalment goes to the kredietbank
    // Each payment is divided over the creditors by what is still open of their offer.
    const shares = divide(
      amount,
      status.creditors.map((c) => Math.max(0, c.offerCents - c.paidCents)),
    );
    shares.forEach((share, i) => (status.creditors[i]!.paidCents += share));
    const seq = ++state.paymentSequence;
    fx.payment(
      `verdeling/${seq}`,
      'betalingsregeling-verdeling',
      date,
      status.creditors.map((c, i) => ({ payee: c.creditorId, amountCents: shares[i]! })),
    );
  },
  'regeling-beeindigen': (state, { officerId, date, reason, grounds, admissionDate }, ctx, fx) => {
    const { status } = state;
    fx.record(officerId, 'regeling beëindigd (Wgs art. 4a lid 6)', reason);
    fx.letter('beeindigingsbeschikking', { to: 'resident' }, date, {
      admissionDate,
      endDate: date,
      grounds,
      bezwaarBefore: bezwaarDeadline(date).deadline,
    });
    if (status.form === 'betalingsregeling') {
      for (const offer of status.creditors) {
        offer.remainingOnRecordCents = offer.claimCents - offer.paidCents;
        fx.letter(
          'schuldregeling-beeindigd',
          toCreditor(offer.creditorId),
          date,
          schuldregelingBeeindigdData(offer, ctx, date, reason),
        );
      }
    } else {
      // Saneringskrediet: the creditors were paid; the kredietbank's loss falls on the borgstelling.
      const lt = status.looptijd!;
      const loss = lt.totalCents - lt.paidCents;
      const b = status.borgstelling;
      if (b?.granted) {
        b.uitbetaling = { on: date, amountCents: loss };
        fx.record('system', 'uitbetaling borgstelling aangevraagd', `${loss} cent`);
        fx.payment('uitbetaling-borgstelling', 'uitbetaling-borgstelling', date, [
          { payee: 'kredietbank', amountCents: loss },
        ]);
      } else fx.record('system', 'geen borgstelling: verlies blijft bij de kredietbank', `${loss} cent`);
    }
    status.ended = { on: date, reason };
    close(state, 'beeindigd', date);
  },
  'finale-kwijting': (state, { creditorId, date }, ctx, fx) => {
    const offer = offerOf(state, creditorId);
    offer.kwijting!.grantedOn = date;
    offer.remainingOnRecordCents = 0;
    fx.record(`creditor:${creditorId}`, 'finale kwijting verleend', date);
    fx.letter(
      'bevestiging-finale-kwijting',
      toCreditor(creditorId),
      ctx.today,
      bevestigingFinaleKwijtingData(offer, ctx, date),
    );
  },
};
