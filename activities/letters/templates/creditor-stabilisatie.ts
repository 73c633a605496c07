import { z } from 'zod';
import { debtorSchema, civilDateField } from '../schemas';
import {
  ORGANISATION_SALUTATION,
  accessBlock,
  answerDeadline,
  answerFields,
  b,
  datum,
  deadline,
  debtorTable,
  defineLetter,
  h,
  list,
  months,
  p,
  questions,
} from './common';

/** Creditor letters of the stabilisatie phase: kennisgeving, saldoverzoek, noodstop and the pauses. */

const COLLECTION_STOPS = list(
  'geen incassomaatregelen te nemen: geen beslag, geen deurwaarder en geen overdracht aan een incassobureau;',
  'geen rente en incassokosten meer in rekening te brengen;',
  'geen levering af te sluiten en geen huurovereenkomst of zorgverzekering te beëindigen vanwege deze schuld.',
);

export const kennisgeving = defineLetter({
  title: 'Kennisgeving',
  recipientType: 'creditor',
  asksForAnswer: true,
  schema: z.object({
    debtor: debtorSchema,
    /** The day the gemeente took the case on. */
    helpStartDate: civilDateField,
    /** NVVK convenant of this creditor: 4 or 8 months. */
    pauseMonths: z.union([z.literal(4), z.literal(8)]),
    pauseEndDate: civilDateField,
    ...answerFields,
  }),
  render: (ctx, _recipient, data) => ({
    subject: 'Kennisgeving schuldhulpverlening en verzoek om betalingspauze',
    salutation: ORGANISATION_SALUTATION,
    blocks: [
      p(
        `Wij laten u weten dat de persoon hieronder sinds ${datum(data.helpStartDate)} schuldhulpverlening krijgt van `,
        `${ctx.letterhead.name}. Volgens onze gegevens heeft u een vordering op deze persoon.`,
      ),
      debtorTable(data.debtor),
      h('Ons verzoek aan u'),
      p(
        'Wij vragen u om gedurende ',
        b(months(data.pauseMonths)),
        ', tot en met ',
        b(datum(data.pauseEndDate)),
        ':',
      ),
      COLLECTION_STOPS,
      p(
        'In deze periode brengen wij de inkomsten en uitgaven op orde en maken wij een overzicht van alle schulden. ',
        'Zo werken wij aan een oplossing voor alle schuldeisers samen. Binnenkort vragen wij u ook om een saldo-opgave.',
      ),
      deadline(
        'Betalingspauze tot en met',
        data.pauseEndDate,
        `${months(data.pauseMonths)} vanaf deze kennisgeving, volgens het NVVK-convenant dat voor uw organisatie geldt.`,
      ),
      answerDeadline(
        'Laat u ons weten of u met dit verzoek instemt? Graag uw reactie uiterlijk op',
        data.answerBefore,
        data.answerTermWorkdays,
      ),
      accessBlock(ctx),
      questions(ctx),
    ],
  }),
});

export const saldoverzoek = defineLetter({
  title: 'Saldoverzoek',
  recipientType: 'creditor',
  asksForAnswer: true,
  schema: z.object({
    debtor: debtorSchema,
    /** Offer the "vooraf akkoord" answer (collectief schuldregelen). */
    collectiefPossible: z.boolean().default(true),
    ...answerFields,
  }),
  render: (ctx, _recipient, data) => ({
    subject: 'Verzoek om saldo-opgave',
    salutation: ORGANISATION_SALUTATION,
    blocks: [
      p(
        `De persoon hieronder krijgt schuldhulpverlening van ${ctx.letterhead.name}. Om een goede regeling voor alle `,
        'schuldeisers te maken, hebben wij een actueel overzicht nodig van wat u te vorderen heeft.',
      ),
      debtorTable(data.debtor),
      h('Wat wij van u vragen'),
      list(
        'het totale bedrag van uw vordering op de datum van deze brief;',
        'een specificatie: hoofdsom, rente en kosten apart;',
        'uw dossier- of klantnummer en de datum waarop de schuld is ontstaan;',
        'of uw vordering preferent is (voorrang heeft) en of er beslag of een betalingsregeling loopt.',
      ),
      ...(data.collectiefPossible
        ? [
            h('Vooraf akkoord (collectief schuldregelen)'),
            p(
              'Doet u mee aan collectief schuldregelen? Geef dan bij uw saldo-opgave aan dat u vooraf akkoord gaat met ',
              'een schuldregeling via een saneringskrediet met budgetbeheer. U ontvangt dan geen apart betaalvoorstel; ',
              'wel laten wij u weten wat u ontvangt.',
            ),
          ]
        : []),
      answerDeadline('Stuur uw saldo-opgave uiterlijk op', data.answerBefore, data.answerTermWorkdays),
      accessBlock(ctx),
      p(
        'Krijgen wij uw saldo-opgave niet op tijd? Dan sturen wij u een herinnering. Blijft een reactie daarna uit, ',
        'dan neemt uw contactpersoon contact met u op.',
      ),
      questions(ctx),
    ],
  }),
});

export const herinneringSaldoverzoek = defineLetter({
  title: 'Herinnering saldoverzoek',
  recipientType: 'creditor',
  asksForAnswer: true,
  schema: z.object({
    debtor: debtorSchema,
    originalLetterDate: civilDateField,
    ...answerFields,
  }),
  render: (ctx, _recipient, data) => ({
    subject: 'Herinnering: verzoek om saldo-opgave',
    salutation: ORGANISATION_SALUTATION,
    blocks: [
      p(
        `Op ${datum(data.originalLetterDate)} hebben wij u gevraagd om een saldo-opgave voor de persoon hieronder. `,
        'Wij hebben uw reactie nog niet ontvangen.',
      ),
      debtorTable(data.debtor),
      p(
        'Wilt u de saldo-opgave alsnog sturen? Zonder uw gegevens kunnen wij geen regeling voorstellen. ',
        'Een regeling voor alle schuldeisers samen is ook in uw belang.',
      ),
      answerDeadline('Stuur uw saldo-opgave uiterlijk op', data.answerBefore, data.answerTermWorkdays),
      accessBlock(ctx),
      p('Heeft u de saldo-opgave inmiddels gestuurd? Dan hoeft u niets meer te doen.'),
      questions(ctx),
    ],
  }),
});

export const noodstop = defineLetter({
  title: 'Noodstop',
  recipientType: 'creditor',
  asksForAnswer: true,
  schema: z.object({
    debtor: debtorSchema,
    noodstopDate: civilDateField,
    /** Four months after the noodstop. */
    pauseEndDate: civilDateField,
    ...answerFields,
  }),
  render: (ctx, _recipient, data) => ({
    subject: 'Noodstop: verzoek om de incasso direct te stoppen',
    salutation: ORGANISATION_SALUTATION,
    blocks: [
      p(
        `De persoon hieronder zit in een acute financiële noodsituatie en staat ingeschreven bij de schuldhulpverlening `,
        `van ${ctx.letterhead.name}. Daarom hebben wij op ${datum(data.noodstopDate)} de noodstop ingezet voor alle `,
        'schuldeisers van deze persoon.',
      ),
      debtorTable(data.debtor),
      h('Wat vragen wij van u?'),
      p(
        'Wij vragen u om ',
        b('direct'),
        ' te stoppen met alle incassomaatregelen, voor ',
        b('4 maanden'),
        ', tot en met ',
        b(datum(data.pauseEndDate)),
        '. Dat betekent:',
      ),
      COLLECTION_STOPS,
      deadline(
        'Noodstop geldt tot en met',
        data.pauseEndDate,
        `4 maanden vanaf ${datum(data.noodstopDate)}, volgens de noodstopregeling (naar het voorbeeld van de CJIB-noodstop). ` +
          'Voorwaarde: de persoon staat ingeschreven bij de gemeentelijke schuldhulpverlening.',
      ),
      p(
        'Zodra de schuldhulpverlening echt van start gaat, vragen wij u de noodstop met 8 maanden te verlengen. ',
        'Daarover krijgt u dan een aparte brief.',
      ),
      answerDeadline(
        'Wilt u bevestigen dat u de incasso heeft gestopt? Graag uiterlijk op',
        data.answerBefore,
        data.answerTermWorkdays,
      ),
      accessBlock(ctx),
      questions(ctx),
    ],
  }),
});

export const verlengingNoodstop = defineLetter({
  title: 'Verlenging noodstop',
  recipientType: 'creditor',
  asksForAnswer: true,
  schema: z.object({
    debtor: debtorSchema,
    noodstopDate: civilDateField,
    previousEndDate: civilDateField,
    /** Eight months more. */
    newEndDate: civilDateField,
    ...answerFields,
  }),
  render: (ctx, _recipient, data) => ({
    subject: 'Verlenging van de noodstop',
    salutation: ORGANISATION_SALUTATION,
    blocks: [
      p(
        `Op ${datum(data.noodstopDate)} hebben wij u gevraagd de incasso te stoppen voor de persoon hieronder `,
        `(noodstop, tot en met ${datum(data.previousEndDate)}). De schuldhulpverlening is nu echt van start gegaan. `,
        'Daarom verlengen wij de noodstop met ',
        b('8 maanden'),
        ', tot en met ',
        b(datum(data.newEndDate)),
        '.',
      ),
      debtorTable(data.debtor),
      p(
        'Wij vragen u om ook in deze periode geen incassomaatregelen te nemen en geen rente en kosten in rekening te ',
        'brengen. In deze tijd werken wij aan een oplossing voor alle schuldeisers samen.',
      ),
      deadline(
        'Noodstop verlengd tot en met',
        data.newEndDate,
        `8 maanden verlenging na de eerste 4 maanden (die liepen tot en met ${datum(data.previousEndDate)}), ` +
          'volgens de noodstopregeling.',
      ),
      answerDeadline(
        'Wilt u bevestigen dat u de verlenging heeft verwerkt? Graag uiterlijk op',
        data.answerBefore,
        data.answerTermWorkdays,
      ),
      accessBlock(ctx),
      questions(ctx),
    ],
  }),
});

const PAUSE_LABEL = {
  kennisgeving: 'de betalingspauze na onze kennisgeving',
  noodstop: 'de noodstop',
} as const;

/** Why the pause ends on that day: the real reason, per reason and kind (issue 12 §4.2). */
const PAUSE_END_BECAUSE = {
  'termijn-verstreken': {
    kennisgeving: 'Einde van de termijn uit het NVVK-convenant (4 of 8 maanden vanaf de kennisgeving).',
    noodstop: 'Einde van de noodstop (noodstopregeling, 4 maanden met eventueel 8 maanden verlenging).',
  },
  opgeheven: {
    kennisgeving: 'De gemeente heeft de pauze opgeheven.',
    noodstop: 'De gemeente heeft de noodstop opgeheven: de acute noodsituatie is voorbij.',
  },
  'hulp-beeindigd': {
    kennisgeving: 'De schuldhulpverlening is op deze dag beëindigd.',
    noodstop: 'De schuldhulpverlening is op deze dag beëindigd.',
  },
  'schuldregeling-tot-stand': {
    kennisgeving: 'Op deze dag is de schuldregeling tot stand gekomen; vanaf nu gelden de afspraken daaruit.',
    noodstop: 'Op deze dag is de schuldregeling tot stand gekomen; vanaf nu gelden de afspraken daaruit.',
  },
} as const;

export const eindePauze = defineLetter({
  title: 'Einde pauze',
  recipientType: 'creditor',
  asksForAnswer: false,
  schema: z.object({
    debtor: debtorSchema,
    pauseKind: z.enum(['kennisgeving', 'noodstop']),
    pauseEndDate: civilDateField,
    reason: z.enum(['termijn-verstreken', 'opgeheven', 'hulp-beeindigd', 'schuldregeling-tot-stand']),
    /** Other pauses that end on the same day (a noodstop still running when the schuldregeling is agreed). */
    alsoEnds: z.array(z.enum(['noodstop'])).optional(),
  }),
  render: (ctx, _recipient, data) => ({
    subject: 'Einde van de betalingspauze',
    salutation: ORGANISATION_SALUTATION,
    blocks: [
      p(
        `Wij hebben u eerder gevraagd de incasso voor de persoon hieronder tijdelijk te stoppen (${PAUSE_LABEL[data.pauseKind]}${data.alsoEnds?.length ? ` en ${data.alsoEnds.map((k) => PAUSE_LABEL[k]).join(' en ')}` : ''}). `,
        'Die periode eindigt op ',
        b(datum(data.pauseEndDate)),
        '.',
      ),
      debtorTable(data.debtor),
      ...{
        'termijn-verstreken': [
          p(
            'De afgesproken termijn is voorbij, maar de schuldhulpverlening loopt nog. Wij sturen u een voorstel zodra ',
            'wij een overzicht van alle schulden hebben. Wij vragen u vriendelijk om ook na deze datum eerst contact ',
            'met ons op te nemen voordat u incassomaatregelen neemt.',
          ),
        ],
        opgeheven: [
          p(
            'De pauze is eerder opgeheven dan afgesproken, omdat de acute noodsituatie voorbij is. De ',
            'schuldhulpverlening loopt nog: wij vragen u vriendelijk om eerst contact met ons op te nemen voordat u ',
            'incassomaatregelen neemt.',
          ),
        ],
        'hulp-beeindigd': [
          p(
            'De schuldhulpverlening voor deze persoon is beëindigd. Na de datum hierboven mag u de incasso van uw ',
            'vordering weer zelf oppakken. Wij treden niet langer op namens deze persoon.',
          ),
        ],
        'schuldregeling-tot-stand': [
          p(
            'Er is een schuldregeling tot stand gekomen. Daarover ontvangt u een aparte brief. ',
            'Vanaf nu gelden de afspraken uit de schuldregeling.',
          ),
        ],
      }[data.reason],
      deadline(
        'Betalingspauze eindigt op',
        data.pauseEndDate,
        PAUSE_END_BECAUSE[data.reason][data.pauseKind],
      ),
      p('U hoeft op deze brief niet te reageren.'),
      questions(ctx),
    ],
  }),
});
