import type { z } from 'zod';
import type { creditorTrackResponse } from '../api/schemas';
import { datum } from './format';
import { checked, compact, euroCents, text, type FieldSpec, type InvalidParam, type Values } from './forms';

/**
 * The creditor's answers (portal, or the officer typing in an answer that came on paper): one form each, turned
 * into the body of the API's answer route. The rules are the API's (workflows/case/actions.ts).
 */

export type Track = Pick<z.output<typeof creditorTrackResponse>, 'pauseEnd'>;

export interface AnswerForm {
  answer: 'saldo-opgave' | 'vooraf-akkoord' | 'geen-medewerking' | 'pauze-bevestiging';
  title: string;
  intro: (t: Track) => string;
  submit: string;
  fields: (t: Track) => FieldSpec[];
  build: (v: Values, local: InvalidParam[]) => unknown;
}

export const ANSWER_FORMS: readonly AnswerForm[] = [
  {
    answer: 'saldo-opgave',
    title: 'Saldo-opgave',
    intro: () =>
      'Geef het totale openstaande bedrag van uw vordering(en) op deze inwoner, inclusief kosten en rente.',
    submit: 'Saldo-opgave versturen',
    fields: () => [
      { name: 'amount', label: 'Openstaand saldo', hint: 'In euro’s, bijvoorbeeld 3.150,75', kind: 'euro' },
      { name: 'reference', label: 'Uw kenmerk', hint: 'Dossier- of factuurnummer', width: 'm' },
      { name: 'preferent', label: 'Deze vordering is preferent (voorrang bij wet)', kind: 'checkbox' },
    ],
    build: (v, local) =>
      compact({
        amount: euroCents(v, 'amount', local),
        reference: text(v, 'reference'),
        preferent: checked(v, 'preferent') ? true : undefined,
      }),
  },
  {
    answer: 'vooraf-akkoord',
    title: 'Vooraf akkoord',
    intro: () =>
      'U gaat vooraf akkoord met een schuldregeling via een saneringskrediet met budgetbegeleiding (collectief schuldregelen). U krijgt dan geen apart betaalvoorstel.',
    submit: 'Vooraf akkoord geven',
    fields: () => [],
    build: () => ({}),
  },
  {
    answer: 'pauze-bevestiging',
    title: 'Pauze bevestigen',
    intro: (t) =>
      `U bevestigt dat u de incasso pauzeert${t.pauseEnd ? ` tot ${datum(t.pauseEnd)}` : ''} en geen kosten toevoegt (NVVK-convenant).`,
    submit: 'Pauze bevestigen',
    fields: (t) => [
      {
        name: 'confirmed',
        label: `Wij pauzeren de incasso${t.pauseEnd ? ` tot ${datum(t.pauseEnd)}` : ''}`,
        kind: 'checkbox',
      },
    ],
    build: (v) => compact({ confirmed: checked(v, 'confirmed') ? true : undefined }),
  },
  {
    answer: 'geen-medewerking',
    title: 'Geen medewerking',
    intro: () =>
      'U werkt niet mee aan de schuldhulpverlening. Geef de reden; de medewerker van de gemeente neemt contact op.',
    submit: 'Geen medewerking melden',
    fields: () => [{ name: 'reason', label: 'Reden', kind: 'textarea' }],
    build: (v) => compact({ reason: text(v, 'reason') }),
  },
];
