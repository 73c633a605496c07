import { OFFICER_OPLOSSING_ACTIONS, type CreditorOplossingAnswer } from '../services/request-bodies';
import type { OplossingAction } from '../workflows/oplossing/actions';
import type { OplossingPhase } from '../workflows/oplossing/state';
import { compact, euroCents, lines, text } from './form-values';
import { type FieldSpec, type InvalidParam, type Values } from './forms';
import { creditorSelect, dateField } from './form-fields';

/**
 * The officer's forms for the schuldregeling: one per officer action of the oplossing workflow, each turning the
 * posted fields into the API's body. Every rule is the API's and the workflow's; the page shows their messages.
 */

export interface OplossingForm {
  action: OplossingAction;
  /** The phases in which the workflow accepts it (the others still show it, folded away). */
  phases: readonly OplossingPhase[];
  title: string;
  intro?: string;
  submit: string;
  fields(creditors: readonly (readonly [string, string])[], today: string): FieldSpec[];
  build(values: Values, local: InvalidParam[]): unknown;
}

const yesNo = (v: Values, name: string) => {
  const value = text(v, name);
  return value === 'true' ? true : value === 'false' ? false : value;
};

export const OPLOSSING_FORMS: readonly OplossingForm[] = [
  {
    action: 'oplossing-start',
    phases: ['voorbereiding'],
    title: 'Betaalvoorstel doen',
    intro:
      'Afloscapaciteit per maand (inkomen min VTLB) en de vorm. Elke schuldeiser krijgt zijn aandeel; preferente schuldeisers het dubbele percentage (NVVK).',
    submit: 'Betaalvoorstel versturen',
    fields: () => [
      { name: 'afloscapaciteitPerMonth', label: 'Afloscapaciteit per maand', kind: 'euro' },
      {
        name: 'vtlbBasis',
        label: 'Berekening VTLB',
        hint: 'Waar de afloscapaciteit op rust',
        kind: 'textarea',
      },
      {
        name: 'form',
        label: 'Vorm',
        kind: 'radio',
        options: [
          ['saneringskrediet', 'Saneringskrediet (kredietbank betaalt in één keer)'],
          ['betalingsregeling', 'Betalingsregeling (maandelijks, 18 maanden)'],
        ],
      },
      {
        name: 'kredietbank',
        label: 'Kredietbank',
        hint: 'Verplicht bij een saneringskrediet',
        width: 'm',
        optional: true,
      },
      {
        name: 'waarborgfonds',
        label: 'Borgstelling bij het Waarborgfonds Saneringskredieten?',
        hint: 'Alleen bij een saneringskrediet; tot € 5.000 automatisch',
        kind: 'radio',
        options: [
          ['true', 'Ja, borgstelling aanvragen'],
          ['false', 'Nee'],
        ],
        initial: 'true',
      },
    ],
    build: (v, local) =>
      compact({
        afloscapaciteitPerMonth: euroCents(v, 'afloscapaciteitPerMonth', local),
        vtlbBasis: text(v, 'vtlbBasis'),
        form: text(v, 'form'),
        kredietbank: text(v, 'kredietbank'),
        waarborgfonds: yesNo(v, 'waarborgfonds'),
      }),
  },
  {
    action: 'dwangakkoord-verzoek',
    phases: ['betaalvoorstel'],
    title: 'Dwangakkoord: verzoek ingediend',
    intro: 'Tegen een schuldeiser die blijft weigeren of niet reageert (Fw art. 287a).',
    submit: 'Verzoek vastleggen',
    fields: (creditors, today) => [creditorSelect(creditors), dateField(today, 'Datum verzoek')],
    build: (v) => compact({ creditorId: text(v, 'creditorId'), date: text(v, 'date') }),
  },
  {
    action: 'dwangakkoord-zitting',
    phases: ['betaalvoorstel'],
    title: 'Dwangakkoord: zitting',
    intro: 'De rechtbank beslist uiterlijk acht dagen na de zitting.',
    submit: 'Zitting vastleggen',
    fields: (creditors, today) => [creditorSelect(creditors), dateField(today, 'Datum zitting')],
    build: (v) => compact({ creditorId: text(v, 'creditorId'), date: text(v, 'date') }),
  },
  {
    action: 'dwangakkoord-uitspraak',
    phases: ['betaalvoorstel'],
    title: 'Dwangakkoord: uitspraak',
    submit: 'Uitspraak vastleggen',
    fields: (creditors, today) => [
      creditorSelect(creditors),
      dateField(today, 'Datum uitspraak'),
      {
        name: 'granted',
        label: 'Toegewezen?',
        kind: 'radio',
        options: [
          ['true', 'Ja, de schuldeiser is gebonden'],
          ['false', 'Nee, afgewezen'],
        ],
      },
    ],
    build: (v) =>
      compact({ creditorId: text(v, 'creditorId'), date: text(v, 'date'), granted: yesNo(v, 'granted') }),
  },
  {
    action: 'wsnp-verklaring',
    phases: ['betaalvoorstel', 'borgstelling'],
    title: 'Wsnp-verklaring afgeven',
    intro:
      'Geen minnelijke regeling mogelijk: de gemeente verklaart dit voor het Wsnp-verzoek (Fw art. 285).',
    submit: 'Wsnp-verklaring vastleggen',
    fields: (_c, today) => [dateField(today), { name: 'reason', label: 'Toelichting', kind: 'textarea' }],
    build: (v) => compact({ date: text(v, 'date'), reason: text(v, 'reason') }),
  },
  {
    action: 'borgstelling-vervolg',
    phases: ['borgstelling'],
    title: 'Verder na afwijzing borgstelling',
    intro:
      'Het waarborgfonds wijst de borgstelling af volgens zijn regels. Kies hoe het verder gaat (of geef de Wsnp-verklaring af).',
    submit: 'Keuze vastleggen',
    fields: (_c, today) => [
      dateField(today),
      {
        name: 'route',
        label: 'Hoe verder',
        kind: 'select',
        options: [
          ['', 'Kies hoe het verder gaat'],
          ['betalingsregeling', 'Betalingsregeling in plaats van het krediet'],
          ['zonder-borgstelling', 'Saneringskrediet zonder borgstelling'],
        ],
        width: 'm',
      },
    ],
    build: (v) => compact({ date: text(v, 'date'), route: text(v, 'route') }),
  },
  {
    action: 'betaling',
    phases: ['looptijd'],
    title: 'Betaling ontvangen',
    intro: 'Een maandbedrag van de inwoner (betalingsregeling of aflossing van het krediet).',
    submit: 'Betaling vastleggen',
    fields: (_c, today) => [
      dateField(today, 'Datum ontvangst'),
      { name: 'amount', label: 'Bedrag', kind: 'euro' },
    ],
    build: (v, local) => compact({ date: text(v, 'date'), amount: euroCents(v, 'amount', local) }),
  },
  {
    action: 'regeling-beeindigen',
    phases: ['looptijd'],
    title: 'Regeling beëindigen',
    intro: 'Beëindigingsbeschikking (Wgs art. 4a lid 6): de inwoner en de schuldeisers krijgen bericht.',
    submit: 'Regeling beëindigen',
    fields: (_c, today) => [
      dateField(today, 'Einddatum'),
      {
        name: 'reason',
        label: 'Reden',
        kind: 'select',
        options: [
          ['', 'Kies een reden'],
          ['niet-nagekomen', 'Afspraken niet nagekomen'],
          ['op-verzoek', 'Op verzoek van de inwoner'],
          ['overlijden', 'Overlijden'],
          ['overig', 'Overig'],
        ],
        width: 'm',
      },
      { name: 'grounds', label: 'Gronden', hint: 'Eén grond per regel', kind: 'lines' },
      { name: 'admissionDate', label: 'Datum beschikking toelating', kind: 'date' },
    ],
    build: (v) =>
      compact({
        date: text(v, 'date'),
        reason: text(v, 'reason'),
        grounds: lines(v, 'grounds'),
        admissionDate: text(v, 'admissionDate'),
      }),
  },
];

// Every officer action of the oplossing has a form (checked at start, so a new action cannot be forgotten).
const missing = OFFICER_OPLOSSING_ACTIONS.filter((a) => !OPLOSSING_FORMS.some((f) => f.action === a));
if (missing.length) throw new Error(`console: no form for oplossing action(s) ${missing.join(', ')}`);

/** A creditor's answer that came on paper (post, mail, telephone), entered by the officer for that creditor. */
export interface PaperAnswerForm {
  answer: CreditorOplossingAnswer;
  phases: readonly OplossingPhase[];
  title: string;
  intro?: string;
  submit: string;
  fields(creditors: readonly (readonly [string, string])[], today: string): FieldSpec[];
  build(values: Values): unknown;
}

export const PAPER_ANSWER_FORMS: readonly PaperAnswerForm[] = [
  {
    answer: 'voorstel-akkoord',
    phases: ['betaalvoorstel'],
    title: 'Akkoord van een schuldeiser (op papier)',
    submit: 'Akkoord vastleggen',
    fields: (creditors) => [creditorSelect(creditors)],
    build: () => ({}),
  },
  {
    answer: 'voorstel-afwijzing',
    phases: ['betaalvoorstel'],
    title: 'Afwijzing van een schuldeiser (op papier)',
    intro: 'De schuldeiser krijgt een verzoek om heroverweging; wijst hij opnieuw af, dan volgt een taak.',
    submit: 'Afwijzing vastleggen',
    fields: (creditors) => [creditorSelect(creditors), { name: 'reason', label: 'Reden', kind: 'textarea' }],
    build: (v) => compact({ reason: text(v, 'reason') }),
  },
  {
    answer: 'finale-kwijting',
    phases: ['finale-kwijting', 'nazorg'],
    title: 'Finale kwijting van een schuldeiser (op papier)',
    submit: 'Finale kwijting vastleggen',
    fields: (creditors, today) => [creditorSelect(creditors), dateField(today, 'Datum kwijting')],
    build: (v) => compact({ date: text(v, 'date') }),
  },
];
