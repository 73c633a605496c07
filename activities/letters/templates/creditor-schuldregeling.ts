import { z } from 'zod';
import {
  basisPointsField,
  centsField,
  civilDateField,
  debtorSchema,
  nonNegativeCents,
  text,
} from '../schemas';
import {
  ORGANISATION_SALUTATION,
  accessBlock,
  answerDeadline,
  answerFields,
  b,
  datum,
  debtorTable,
  defineLetter,
  euro,
  formField,
  formLabel,
  h,
  list,
  money,
  months,
  numeric,
  p,
  percentage,
  questions,
  row,
  table,
} from './common';

/** Creditor letters of the oplossing and looptijd phases: the proposal and what follows from it. */

const offerFields = {
  debtor: debtorSchema,
  claimCents: nonNegativeCents,
  offerCents: nonNegativeCents,
  percentageBasisPoints: basisPointsField,
};

const looptijdMonths = z.number().int().min(1).max(60).default(18);

function offerRows(data: { claimCents: number; offerCents: number; percentageBasisPoints: number }) {
  return [
    money('Uw vordering', data.claimCents),
    money('Aanbod aan u', data.offerCents),
    numeric('Percentage van uw vordering', percentage(data.percentageBasisPoints)),
  ];
}

function looptijdText(n: number): string {
  return `${months(n)} (NVVK-module Schuldregeling)`;
}

const DWANGAKKOORD = p(
  'Een schuldregeling lukt alleen als alle schuldeisers meewerken. Weigert één schuldeiser terwijl de anderen ',
  'akkoord zijn, dan kan de rechtbank worden gevraagd die schuldeiser te verplichten in te stemmen ',
  '(dwangakkoord, artikel 287a Faillissementswet).',
);

export const betaalvoorstel = defineLetter({
  title: 'Betaalvoorstel',
  recipientType: 'creditor',
  asksForAnswer: true,
  schema: z
    .object({
      ...offerFields,
      preferent: z.boolean().default(false),
      /** The preferent part of the claim when only part of it is preferent (Fw art. 349 lid 2–3). */
      preferentCents: nonNegativeCents.optional(),
      form: formField,
      kredietbank: text(100).optional(),
      looptijdMonths,
      totalDebtCents: nonNegativeCents,
      creditorCount: z.number().int().min(1),
      ...answerFields,
    })
    .refine((d) => d.offerCents <= d.claimCents, {
      path: ['offerCents'],
      message: 'mag niet hoger zijn dan de vordering',
    })
    .refine((d) => d.form !== 'saneringskrediet' || d.kredietbank, {
      path: ['kredietbank'],
      message: 'ontbreekt (verplicht bij een saneringskrediet)',
    }),
  render: (ctx, _recipient, data) => ({
    subject: 'Betaalvoorstel schuldregeling',
    salutation: ORGANISATION_SALUTATION,
    blocks: [
      p(
        `De persoon hieronder krijgt schuldhulpverlening van ${ctx.letterhead.name}. Wij hebben de inkomsten, de vaste `,
        `lasten en alle schulden in kaart gebracht. Samen zijn de schulden `,
        b(euro(data.totalDebtCents)),
        `, verdeeld over ${data.creditorCount} schuldeisers. Hieronder leest u ons voorstel voor uw vordering.`,
      ),
      debtorTable(data.debtor),
      h('Ons voorstel'),
      table(
        ...offerRows(data),
        ...(data.preferentCents !== undefined && data.preferentCents < data.claimCents
          ? [money('Waarvan preferent', data.preferentCents)]
          : []),
        row('Vorm', formLabel(data.form, data.kredietbank)),
        row('Looptijd', looptijdText(data.looptijdMonths)),
      ),
      data.form === 'betalingsregeling'
        ? p(
            `De schuldenaar betaalt ${months(data.looptijdMonths)} lang elke maand het bedrag dat hij of zij kan missen `,
            '(de afloscapaciteit). Wij verdelen dat geld naar verhouding over alle schuldeisers. Aan het einde van de ',
            'looptijd vragen wij u het restant van uw vordering kwijt te schelden (finale kwijting).',
          )
        : p(
            `${data.kredietbank ?? 'De kredietbank'} betaalt u het aangeboden bedrag in één keer, zodra alle schuldeisers `,
            'akkoord zijn. In ruil daarvoor verleent u finale kwijting voor het restant van uw vordering. De schuldenaar ',
            `lost daarna ${months(data.looptijdMonths)} af aan de kredietbank.`,
          ),
      p(
        `Het aanbod is gebaseerd op de afloscapaciteit over ${months(data.looptijdMonths)}, berekend volgens de normen `,
        'van de NVVK (vrij te laten bedrag, VTLB). Alle concurrente schuldeisers krijgen hetzelfde percentage van hun ',
        data.preferent && data.preferentCents !== undefined && data.preferentCents < data.claimCents
          ? 'vordering. Een deel van uw vordering is preferent: voor dat deel krijgt u twee keer dat percentage, met een maximum van 100%.'
          : data.preferent
            ? 'vordering. Uw vordering is preferent: u krijgt daarom twee keer dat percentage, met een maximum van 100%.'
            : 'vordering. Preferente schuldeisers krijgen twee keer dat percentage.',
      ),
      h('Uw reactie'),
      p(
        'Laat u ons weten of u akkoord gaat? Gaat u niet akkoord, geef dan aan waarom. Wij kunnen u dan vragen uw ',
        'besluit te heroverwegen.',
      ),
      answerDeadline(
        'Laat ons uiterlijk weten of u akkoord gaat op',
        data.answerBefore,
        data.answerTermWorkdays,
      ),
      accessBlock(ctx),
      DWANGAKKOORD,
      questions(ctx),
    ],
  }),
});

export const betaalvoorstelCollectief = defineLetter({
  title: 'Betaalvoorstel collectief (vooraf akkoord)',
  recipientType: 'creditor',
  asksForAnswer: false,
  schema: z
    .object({
      ...offerFields,
      preferent: z.boolean().default(false),
      kredietbank: text(100),
      looptijdMonths,
      /** Date of the "vooraf akkoord" answer to the saldoverzoek. */
      agreedOn: civilDateField,
      paymentExpectedOn: civilDateField.optional(),
    })
    .refine((d) => d.offerCents <= d.claimCents, {
      path: ['offerCents'],
      message: 'mag niet hoger zijn dan de vordering',
    }),
  render: (ctx, _recipient, data) => ({
    subject: 'Uitkomst schuldregeling: collectief schuldregelen',
    salutation: ORGANISATION_SALUTATION,
    blocks: [
      p(
        `Op ${datum(data.agreedOn)} heeft u bij uw saldo-opgave laten weten dat u vooraf akkoord gaat met een `,
        'schuldregeling via een saneringskrediet met budgetbeheer (collectief schuldregelen). Daarom krijgt u geen ',
        'apart betaalvoorstel. In deze brief leest u wat u ontvangt.',
      ),
      debtorTable(data.debtor),
      h('Wat u ontvangt'),
      table(
        ...offerRows(data),
        row('Vorm', formLabel('saneringskrediet', data.kredietbank)),
        row('Looptijd krediet', looptijdText(data.looptijdMonths)),
      ),
      p(
        `${data.kredietbank} betaalt u dit bedrag in één keer`,
        ...(data.paymentExpectedOn ? [', naar verwachting rond ', b(datum(data.paymentExpectedOn))] : []),
        '. Met die betaling verleent u finale kwijting voor het restant van uw vordering, zoals u vooraf heeft toegezegd.',
        data.preferent
          ? ' Uw vordering is preferent; daarom is uw percentage het dubbele van dat van de anderen.'
          : '',
      ),
      p('U hoeft op deze brief niet te reageren.'),
      questions(ctx),
    ],
  }),
});

export const herinneringBetaalvoorstel = defineLetter({
  title: 'Herinnering betaalvoorstel',
  recipientType: 'creditor',
  asksForAnswer: true,
  schema: z.object({ ...offerFields, originalLetterDate: civilDateField, ...answerFields }),
  render: (ctx, _recipient, data) => ({
    subject: 'Herinnering: betaalvoorstel schuldregeling',
    salutation: ORGANISATION_SALUTATION,
    blocks: [
      p(
        `Op ${datum(data.originalLetterDate)} hebben wij u een betaalvoorstel gestuurd voor uw vordering op de persoon `,
        'hieronder. Wij hebben uw reactie nog niet ontvangen.',
      ),
      debtorTable(data.debtor),
      table(...offerRows(data)),
      p(
        'Zonder een reactie van alle schuldeisers kan de schuldregeling niet beginnen. Wilt u ons alsnog laten weten ',
        'of u akkoord gaat?',
      ),
      answerDeadline('Graag uw reactie uiterlijk op', data.answerBefore, data.answerTermWorkdays),
      accessBlock(ctx),
      p('Heeft u inmiddels gereageerd? Dan hoeft u niets meer te doen.'),
      questions(ctx),
    ],
  }),
});

export const heroverweging = defineLetter({
  title: 'Heroverweging',
  recipientType: 'creditor',
  asksForAnswer: true,
  schema: z.object({
    ...offerFields,
    rejectionDate: civilDateField,
    rejectionReason: text(300).optional(),
    creditorCount: z.number().int().min(1),
    agreedCreditorCount: z.number().int().min(0),
    /** Share of the total debt held by the creditors that agreed, in basis points. */
    agreedClaimShareBasisPoints: basisPointsField,
    /** The proposal's percentages: concurrent p, preferent 2p (max. 100%); null without preferent claims. */
    concurrentPercentageBasisPoints: basisPointsField.optional(),
    preferentPercentageBasisPoints: basisPointsField.nullable().optional(),
    ...answerFields,
  }),
  render: (ctx, _recipient, data) => ({
    subject: 'Verzoek om heroverweging van uw besluit over het betaalvoorstel',
    salutation: ORGANISATION_SALUTATION,
    blocks: [
      p(
        `Op ${datum(data.rejectionDate)} heeft u laten weten dat u niet akkoord gaat met ons betaalvoorstel`,
        data.rejectionReason ? `. U noemde als reden: “${data.rejectionReason}”` : '',
        '. Wij vragen u uw besluit te heroverwegen.',
      ),
      debtorTable(data.debtor),
      table(
        ...offerRows(data),
        row(
          'Schuldeisers die akkoord zijn',
          `${data.agreedCreditorCount} van de ${data.creditorCount} (${percentage(data.agreedClaimShareBasisPoints)} van de schulden)`,
        ),
      ),
      h('Waarom wij u vragen opnieuw te kijken'),
      list(
        'Het aanbod is het hoogste bedrag dat de schuldenaar kan betalen zonder onder het vrij te laten bedrag (VTLB) te komen.',
        'Alle concurrente schuldeisers krijgen hetzelfde percentage van hun vordering' +
          (data.concurrentPercentageBasisPoints === undefined
            ? ''
            : ` (${percentage(data.concurrentPercentageBasisPoints)})`) +
          '; preferente vorderingen krijgen twee keer dat percentage, met een maximum van 100%' +
          (data.preferentPercentageBasisPoints == null
            ? ''
            : ` (${percentage(data.preferentPercentageBasisPoints)})`) +
          ' (zoals artikel 349 Faillissementswet het in de schuldsanering regelt).',
        'Zonder regeling krijgt u waarschijnlijk minder, bijvoorbeeld als de schuldenaar in de wettelijke schuldsanering (Wsnp) terechtkomt.',
      ),
      DWANGAKKOORD,
      p(
        'De rechter kijkt dan of u in redelijkheid kon weigeren, en beslist binnen acht dagen na de zitting.',
      ),
      p('Voor uw nieuwe besluit geldt een nieuwe termijn, vanaf de datum van deze brief.'),
      answerDeadline('Graag uw nieuwe besluit uiterlijk op', data.answerBefore, data.answerTermWorkdays),
      accessBlock(ctx),
      questions(ctx),
    ],
  }),
});

export const schuldregelingAkkoord = defineLetter({
  title: 'Schuldregeling akkoord',
  recipientType: 'creditor',
  asksForAnswer: false,
  schema: z.object({
    ...offerFields,
    form: formField,
    kredietbank: text(100).optional(),
    looptijdMonths,
    startDate: civilDateField,
    endDate: civilDateField,
    paymentExpectedOn: civilDateField.optional(),
  }),
  render: (ctx, _recipient, data) => ({
    subject: 'Schuldregeling tot stand gekomen',
    salutation: ORGANISATION_SALUTATION,
    blocks: [
      p(
        'Alle schuldeisers hebben ingestemd met het betaalvoorstel voor de persoon hieronder. De schuldregeling is ',
        'daarmee tot stand gekomen. Hartelijk dank voor uw medewerking.',
      ),
      debtorTable(data.debtor),
      table(
        ...offerRows(data),
        row('Vorm', formLabel(data.form, data.kredietbank)),
        row(
          'Looptijd',
          `${months(data.looptijdMonths)}: ${datum(data.startDate)} tot en met ${datum(data.endDate)}`,
        ),
      ),
      data.form === 'betalingsregeling'
        ? p(
            'U ontvangt uw deel in termijnen tijdens de looptijd. Na afloop vragen wij u finale kwijting te verlenen ',
            'voor het restant van uw vordering.',
          )
        : p(
            `${data.kredietbank ?? 'De kredietbank'} betaalt u `,
            b(euro(data.offerCents)),
            ' in één keer',
            ...(data.paymentExpectedOn ? [', naar verwachting rond ', b(datum(data.paymentExpectedOn))] : []),
            '. Met die betaling verleent u finale kwijting voor het restant van uw vordering.',
          ),
      p(
        'Wij vragen u om vanaf nu geen incassomaatregelen meer te nemen en geen rente en kosten meer te berekenen ',
        'over deze vordering, zolang de schuldregeling loopt. U hoeft op deze brief niet te reageren.',
      ),
      questions(ctx),
    ],
  }),
});

const ENDING_REASONS = {
  'niet-nagekomen': 'De schuldenaar is de afspraken uit de schuldregeling niet nagekomen.',
  'op-verzoek': 'De schuldenaar heeft zelf gevraagd de schuldregeling te stoppen.',
  wsnp:
    'De schuldenaar is toegelaten tot de wettelijke schuldsanering (Wsnp). De bewindvoerder neemt contact met u op; ' +
    'u kunt uw vordering bij de bewindvoerder indienen.',
  overlijden: 'De schuldenaar is overleden.',
  overig: 'De schuldregeling kon niet worden voortgezet.',
} as const;

export const schuldregelingBeeindigd = defineLetter({
  title: 'Schuldregeling beëindigd',
  recipientType: 'creditor',
  asksForAnswer: false,
  schema: z.object({
    debtor: debtorSchema,
    endDate: civilDateField,
    reason: z.enum(['niet-nagekomen', 'op-verzoek', 'wsnp', 'overlijden', 'overig']),
    explanation: text(400).optional(),
    claimCents: nonNegativeCents,
    paidCents: nonNegativeCents,
    remainingCents: centsField,
  }),
  render: (ctx, _recipient, data) => ({
    subject: 'Schuldregeling beëindigd',
    salutation: ORGANISATION_SALUTATION,
    blocks: [
      p('De schuldregeling voor de persoon hieronder is beëindigd per ', b(datum(data.endDate)), '.'),
      debtorTable(data.debtor),
      p(ENDING_REASONS[data.reason], data.explanation ? ` ${data.explanation}` : ''),
      table(
        money('Uw vordering bij de start', data.claimCents),
        money('Door u ontvangen tijdens de regeling', data.paidCents),
        money('Openstaand', data.remainingCents, true),
      ),
      p(
        'Omdat de regeling voortijdig is geëindigd, hoeft u geen finale kwijting te verlenen. Uw vordering blijft ',
        'bestaan voor het openstaande bedrag. De afspraken uit de schuldregeling gelden vanaf de einddatum niet meer.',
      ),
      p('U hoeft op deze brief niet te reageren.'),
      questions(ctx),
    ],
  }),
});
