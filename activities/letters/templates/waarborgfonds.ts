import { z } from 'zod';
import { civilDateField, debtorSchema, nonNegativeCents, text } from '../schemas';
import {
  ORGANISATION_SALUTATION,
  b,
  datum,
  deadline,
  debtorTable,
  defineLetter,
  euro,
  h,
  money,
  months,
  numeric,
  p,
  percentage,
  questions,
  row,
  table,
} from './common';

/** To the Waarborgfonds Saneringskredieten: the request to guarantee a saneringskrediet. */

export const aanvraagBorgstelling = defineLetter({
  title: 'Aanvraag borgstelling',
  recipientType: 'waarborgfonds',
  asksForAnswer: false,
  schema: z
    .object({
      debtor: debtorSchema,
      kredietbank: text(100),
      loanCents: nonNegativeCents,
      /** The categorie's premium of the loan, computed by domain/ (now 1%). */
      premiumCents: nonNegativeCents,
      premiumBasisPoints: z.number().int().min(0).max(10_000).default(100),
      /** The gemeente's schuldregeling term (policy.schuldregelingDays, NVVK: 120). */
      schuldregelingDays: z.number().int().min(1).max(365).default(120),
      /** Loans below the categorie's "maatwerk vanaf" are guaranteed automatically; others after a risk check. */
      automatic: z.boolean(),
      automaticLimitCents: nonNegativeCents.default(500_000),
      looptijdMonths: z.number().int().min(1).max(60).default(18),
      startDate: civilDateField,
      monthlyInstalmentCents: nonNegativeCents,
      creditorCount: z.number().int().min(1),
      totalDebtCents: nonNegativeCents,
      /** Asked when the loan needs a risk check. */
      decisionBefore: civilDateField.optional(),
    })
    .refine((d) => d.automatic || d.decisionBefore, {
      path: ['decisionBefore'],
      message: 'ontbreekt (verplicht als de borgstelling niet automatisch is)',
    }),
  render: (ctx, _recipient, data) => ({
    subject: 'Aanvraag borgstelling saneringskrediet',
    salutation: ORGANISATION_SALUTATION,
    blocks: [
      p(
        `Namens ${data.kredietbank} en ${ctx.letterhead.name} vragen wij borgstelling aan voor het saneringskrediet `,
        `hieronder. ${ctx.letterhead.name} is via ${data.kredietbank} aangesloten bij het Waarborgfonds Saneringskredieten.`,
      ),
      h('Kredietnemer'),
      debtorTable(data.debtor),
      h('Het krediet'),
      table(
        row('Kredietverstrekker', data.kredietbank),
        money('Hoofdsom saneringskrediet', data.loanCents),
        money(
          `Premie borgstelling (${percentage(data.premiumBasisPoints)} van de hoofdsom)`,
          data.premiumCents,
        ),
        row('Ingangsdatum', datum(data.startDate)),
        numeric('Looptijd', months(data.looptijdMonths)),
        money('Aflossing per maand', data.monthlyInstalmentCents),
        numeric('Aantal schuldeisers', String(data.creditorCount)),
        money('Totaal van de schulden', data.totalDebtCents),
      ),
      data.automatic
        ? p(
            'Het krediet is lager dan ',
            b(euro(data.automaticLimitCents)),
            '. Volgens de voorwaarden van het Waarborgfonds valt het daarom automatisch onder de borgstelling. ',
            'Wij vragen u de borgstelling te registreren en de premie in rekening te brengen bij de kredietbank.',
          )
        : p(
            'Het krediet is ',
            b(euro(data.automaticLimitCents)),
            ' of hoger',
            '. Wij vragen u daarom een risicobeoordeling te doen en ons uw besluit te laten weten. ',
            'Het dossier voor de beoordeling sturen wij u op verzoek toe.',
          ),
      ...(!data.automatic && data.decisionBefore
        ? [
            deadline(
              'Graag uw besluit uiterlijk op',
              data.decisionBefore,
              `Zodat de schuldregeling binnen de termijn van ${data.schuldregelingDays} dagen (NVVK-module Schuldregeling) kan starten.`,
            ),
          ]
        : []),
      questions(ctx),
    ],
  }),
});
