import { z } from 'zod';
import { addressField, civilDateField, nonNegativeCents, text } from '../schemas';
import {
  b,
  bezwaarBlocks,
  collegeOnBehalf,
  datum,
  deadline,
  defineLetter,
  euro,
  formField,
  formLabel,
  h,
  list,
  money,
  months,
  p,
  questions,
  residentSalutation,
  row,
  table,
} from './common';

/** Letters to the resident: the invitation, the beschikkingen and the confirmation of the schuldregeling. */

const DEFAULT_BRING = [
  'een geldig identiteitsbewijs (paspoort, identiteitskaart of verblijfsdocument);',
  'uw loonstroken of uitkeringsspecificaties van de laatste 3 maanden;',
  'bankafschriften van de laatste 3 maanden;',
  'alle brieven van schuldeisers, deurwaarders en incassobureaus die u heeft;',
  'uw huurcontract en uw polis van de zorgverzekering.',
];

export const uitnodigingEersteGesprek = defineLetter({
  title: 'Uitnodiging eerste gesprek',
  recipientType: 'resident',
  asksForAnswer: false,
  schema: z.object({
    requestDate: civilDateField,
    appointment: z.object({
      date: civilDateField,
      time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'tijd als 09:30'),
      location: text(100),
      address: addressField.optional(),
    }),
    /** Bedreigende situatie (Wgs art. 4(2)): the talk within 3 werkdagen instead of 4 weken. */
    urgent: z.boolean().default(false),
    /** The statutory latest date for the talk (computed by domain/ terms). */
    latestDate: civilDateField,
    bring: z.array(text(200)).min(1).optional(),
    /** The gemeente's beschikking term in weeks after the talk (policy.beschikkingVerordeningWeeks, Wgs art. 4a: max. 8). */
    beschikkingWeeks: z.number().int().min(1).max(8).default(8),
  }),
  render: (ctx, recipient, data) => ({
    subject: 'Uitnodiging voor een eerste gesprek over uw geldzaken',
    salutation: residentSalutation(recipient),
    blocks: [
      p(
        `Op ${datum(data.requestDate)} heeft u ons gevraagd om hulp bij uw geldzaken. Goed dat u die stap heeft gezet. `,
        'Wij nodigen u uit voor een eerste gesprek.',
      ),
      table(
        row('Datum', datum(data.appointment.date)),
        row('Tijd', `${data.appointment.time} uur`),
        row('Plaats', data.appointment.location),
        ...(data.appointment.address
          ? [row('Adres', `${data.appointment.address.line}, ${data.appointment.address.city}`)]
          : []),
      ),
      deadline(
        'Volgens de wet vindt het gesprek plaats uiterlijk op',
        data.latestDate,
        data.urgent
          ? 'Binnen 3 werkdagen na uw aanvraag, omdat er sprake is van een bedreigende situatie ' +
              '(artikel 4, tweede lid, Wet gemeentelijke schuldhulpverlening).'
          : 'Binnen 4 weken na uw aanvraag (artikel 4, eerste lid, Wet gemeentelijke schuldhulpverlening).',
      ),
      h('Wat neemt u mee?'),
      list(...(data.bring ?? DEFAULT_BRING)),
      h('Wat gebeurt er in het gesprek?'),
      p(
        'Wij praten over uw situatie: uw inkomen, uw vaste lasten en uw schulden. Samen kijken we welke hulp u nodig ',
        `heeft. Binnen ${data.beschikkingWeeks} weken na het gesprek krijgt u`,
        '  van ons een besluit (beschikking): een plan van aanpak, of de ',
        'reden waarom wij u geen schuldhulp kunnen bieden (artikel 4a Wet gemeentelijke schuldhulpverlening).',
      ),
      p(
        'Kunt u niet op deze datum? Bel ons dan zo snel mogelijk, dan maken we een nieuwe afspraak. U mag iemand ',
        'meenemen, bijvoorbeeld een familielid of een vriend.',
      ),
      p(
        b('Let op: '),
        'krijgt u voor het gesprek een brief over huisuitzetting, over afsluiting van gas, stroom of water, of over ',
        'het opzeggen van uw zorgverzekering? Neem dan direct contact met ons op.',
      ),
      questions(ctx),
    ],
  }),
});

export const beschikkingToelating = defineLetter({
  title: 'Beschikking toelating',
  recipientType: 'resident',
  asksForAnswer: false,
  schema: z.object({
    applicationDate: civilDateField,
    eersteGesprekDate: civilDateField,
    plan: z.object({
      goal: text(400),
      residentActions: z.array(text(300)).min(1),
      gemeenteActions: z.array(text(300)).min(1),
      services: z.array(text(200)).default([]),
      /** Monthly beslagvrije voet the plan leaves the resident, when known. */
      beslagvrijeVoetCents: nonNegativeCents.optional(),
      reviewDate: civilDateField.optional(),
    }),
    bezwaarBefore: civilDateField,
  }),
  render: (ctx, recipient, data) => ({
    subject: 'Besluit op uw aanvraag om schuldhulpverlening: u krijgt hulp',
    salutation: residentSalutation(recipient),
    onBehalfOf: collegeOnBehalf(ctx.letterhead),
    blocks: [
      p(
        `Op ${datum(data.applicationDate)} heeft u ons gevraagd om schuldhulpverlening. Op ${datum(data.eersteGesprekDate)} `,
        'hebben wij met u gesproken. In deze brief leest u ons besluit.',
      ),
      h('Ons besluit'),
      p(
        'U krijgt schuldhulpverlening van ',
        b(ctx.letterhead.name),
        '. Het plan van aanpak hieronder hoort bij dit besluit. Wij nemen dit besluit op grond van artikel 4a van de ',
        'Wet gemeentelijke schuldhulpverlening (Wgs).',
      ),
      h('Plan van aanpak'),
      p(b('Doel: '), data.plan.goal),
      p(b('Wat gaat u doen?')),
      list(...data.plan.residentActions),
      p(b('Wat doen wij?')),
      list(...data.plan.gemeenteActions),
      ...(data.plan.services.length > 0 ? [p(b('Welke hulp krijgt u?')), list(...data.plan.services)] : []),
      p(
        'U houdt altijd ten minste de beslagvrije voet over om van te leven (artikel 4a, vijfde lid, Wgs)',
        ...(data.plan.beslagvrijeVoetCents !== undefined
          ? ['. Voor u is dat nu ', b(`${euro(data.plan.beslagvrijeVoetCents)} per maand`)]
          : []),
        '.',
      ),
      ...(data.plan.reviewDate
        ? [
            p(
              `Op ${datum(data.plan.reviewDate)} bekijken wij samen met u hoe het gaat en of het plan moet worden aangepast.`,
            ),
          ]
        : []),
      ...bezwaarBlocks(ctx, data.bezwaarBefore),
      questions(ctx),
    ],
  }),
});

const GROUNDS = {
  'eerdere-schuldhulp': {
    basis: 'artikel 3, tweede lid, Wet gemeentelijke schuldhulpverlening',
    text: 'U heeft eerder schuldhulpverlening gehad.',
  },
  fraude: {
    basis: 'artikel 3, derde lid, Wet gemeentelijke schuldhulpverlening',
    text: 'U bent onherroepelijk veroordeeld of beboet voor fraude, en de schulden hangen daarmee samen.',
  },
  'geen-rechtmatig-verblijf': {
    basis: 'artikel 3, vierde lid, Wet gemeentelijke schuldhulpverlening',
    text: 'U heeft geen rechtmatig verblijf in Nederland.',
  },
  verordening: {
    basis: 'de beleidsregels schuldhulpverlening van de gemeente',
    text: 'U voldoet niet aan een voorwaarde uit de beleidsregels.',
  },
} as const;

export const beschikkingAfwijzing = defineLetter({
  title: 'Beschikking afwijzing',
  recipientType: 'resident',
  asksForAnswer: false,
  schema: z.object({
    applicationDate: civilDateField,
    eersteGesprekDate: civilDateField.optional(),
    grounds: z
      .array(
        z.object({
          ground: z.enum(['eerdere-schuldhulp', 'fraude', 'geen-rechtmatig-verblijf', 'verordening']),
          explanation: text(600),
        }),
      )
      .min(1),
    alternatives: z.array(text(300)).default([]),
    bezwaarBefore: civilDateField,
  }),
  render: (ctx, recipient, data) => ({
    subject: 'Besluit op uw aanvraag om schuldhulpverlening: afgewezen',
    salutation: residentSalutation(recipient),
    onBehalfOf: collegeOnBehalf(ctx.letterhead),
    blocks: [
      p(
        `Op ${datum(data.applicationDate)} heeft u ons gevraagd om schuldhulpverlening.`,
        data.eersteGesprekDate ? ` Op ${datum(data.eersteGesprekDate)} hebben wij met u gesproken.` : '',
        ' In deze brief leest u ons besluit.',
      ),
      h('Ons besluit'),
      p('Wij wijzen uw aanvraag om schuldhulpverlening ', b('af'), '. Hieronder leest u waarom.'),
      h('Waarom wijzen wij uw aanvraag af?'),
      ...data.grounds.flatMap((g) => [
        p(b(GROUNDS[g.ground].text), ` Dit is een weigeringsgrond volgens ${GROUNDS[g.ground].basis}.`),
        p(g.explanation),
      ]),
      ...(data.alternatives.length > 0 ? [h('Waar kunt u wel terecht?'), list(...data.alternatives)] : []),
      ...bezwaarBlocks(ctx, data.bezwaarBefore),
      questions(ctx),
    ],
  }),
});

export const beeindigingsbeschikking = defineLetter({
  title: 'Beëindigingsbeschikking',
  recipientType: 'resident',
  asksForAnswer: false,
  schema: z.object({
    /** Date of the beschikking toelating. */
    admissionDate: civilDateField,
    endDate: civilDateField,
    grounds: z.array(text(400)).min(1),
    bezwaarBefore: civilDateField,
  }),
  render: (ctx, recipient, data) => ({
    subject: 'Besluit: wij beëindigen uw schuldhulpverlening',
    salutation: residentSalutation(recipient),
    onBehalfOf: collegeOnBehalf(ctx.letterhead),
    blocks: [
      p(
        `Sinds ${datum(data.admissionDate)} krijgt u schuldhulpverlening van ${ctx.letterhead.name}. Wij hebben besloten `,
        'deze hulp te beëindigen per ',
        b(datum(data.endDate)),
        '.',
      ),
      h('Waarom?'),
      list(...data.grounds),
      p(
        'Wij hebben dit eerder met u besproken. Wij nemen dit besluit op grond van artikel 4a, zesde lid, van de ',
        'Wet gemeentelijke schuldhulpverlening.',
      ),
      h('Wat betekent dit voor u?'),
      list(
        'Wij treden niet langer op namens u bij uw schuldeisers. Wij laten hen weten dat de hulp is gestopt.',
        'Uw schuldeisers mogen daarna weer zelf betaling eisen, en bijvoorbeeld beslag leggen.',
        'Een lopende schuldregeling stopt. U krijgt geen finale kwijting voor de rest van uw schulden.',
      ),
      p('Wilt u later opnieuw hulp vragen? Dat kan. Wij kijken dan opnieuw of wij u kunnen helpen.'),
      ...bezwaarBlocks(ctx, data.bezwaarBefore),
      questions(ctx),
    ],
  }),
});

const DEFAULT_OBLIGATIONS = [
  'betaal elke maand op tijd het afgesproken bedrag;',
  'maak geen nieuwe schulden;',
  'geef veranderingen in uw inkomen, gezin of woonsituatie direct aan ons door;',
  'werk mee als wij uw inkomen en uitgaven periodiek controleren.',
];

export const bevestigingSchuldregeling = defineLetter({
  title: 'Bevestiging schuldregeling',
  recipientType: 'resident',
  asksForAnswer: false,
  schema: z
    .object({
      form: formField,
      kredietbank: text(100).optional(),
      creditorCount: z.number().int().min(1),
      totalDebtCents: nonNegativeCents,
      offerTotalCents: nonNegativeCents,
      monthlyPaymentCents: nonNegativeCents,
      looptijdMonths: z.number().int().min(1).max(60).default(18),
      startDate: civilDateField,
      endDate: civilDateField,
      firstPaymentDate: civilDateField,
      /** CJIB and DUO never grant finale kwijting: say so when the case has such claims. */
      hasClaimsWithoutKwijting: z.boolean().default(false),
      /** The claims that stay after the regeling (creditors that grant no finale kwijting), by name. */
      claimsWithoutKwijting: z
        .array(z.object({ name: text(100), remainingCents: nonNegativeCents }))
        .optional(),
      obligations: z.array(text(300)).min(1).optional(),
    })
    .refine((d) => d.form !== 'saneringskrediet' || d.kredietbank, {
      path: ['kredietbank'],
      message: 'ontbreekt (verplicht bij een saneringskrediet)',
    }),
  render: (ctx, recipient, data) => ({
    subject: 'Uw schuldregeling is rond',
    salutation: residentSalutation(recipient),
    blocks: [
      p(
        `Goed nieuws: alle ${data.creditorCount} schuldeisers zijn akkoord met de schuldregeling. `,
        'Uw schuldregeling begint op ',
        b(datum(data.startDate)),
        '.',
      ),
      table(
        money('Totaal van uw schulden', data.totalDebtCents),
        money('Samen aangeboden aan de schuldeisers', data.offerTotalCents),
        row('Vorm', formLabel(data.form, data.kredietbank)),
        row('Looptijd', `${months(data.looptijdMonths)}, tot en met ${datum(data.endDate)}`),
        money('Uw bedrag per maand', data.monthlyPaymentCents, true),
      ),
      deadline(
        'Uw eerste betaling moet binnen zijn op',
        data.firstPaymentDate,
        `Daarna elke maand, ${months(data.looptijdMonths)} lang (looptijd volgens de NVVK-module Schuldregeling).`,
      ),
      data.form === 'saneringskrediet'
        ? p(
            `${data.kredietbank ?? 'De kredietbank'} betaalt uw schuldeisers nu in één keer. Daarna heeft u nog maar één `,
            'schuldeiser: de kredietbank. Die lening lost u af met het maandbedrag hierboven.',
          )
        : p('U betaalt het maandbedrag aan ons. Wij verdelen het geld over uw schuldeisers.'),
      h('Waar moet u zich aan houden?'),
      list(...(data.obligations ?? DEFAULT_OBLIGATIONS)),
      p(
        'Houdt u zich aan de afspraken? Dan schelden de schuldeisers aan het einde de rest van uw schulden kwijt ',
        '(finale kwijting).',
        data.claimsWithoutKwijting?.length
          ? ' Let op: deze schulden worden niet kwijtgescholden en blijven bestaan: ' +
              data.claimsWithoutKwijting.map((c) => `${c.name} (${euro(c.remainingCents)})`).join(', ') +
              '.'
          : data.hasClaimsWithoutKwijting
            ? ' Let op: schulden bij het CJIB en DUO worden niet kwijtgescholden; die blijven bestaan.'
            : '',
      ),
      p(
        'Lukt het een keer niet om te betalen? Neem dan direct contact met ons op; samen zoeken we een oplossing. ',
        'Ook na de schuldregeling kunt u bij ons terecht voor nazorg.',
      ),
      questions(ctx),
    ],
  }),
});
