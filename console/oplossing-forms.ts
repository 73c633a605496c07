import type { z } from 'zod';
import {
  creditorOplossingAnswerBodies,
  OFFICER_OPLOSSING_ACTIONS,
  officerOplossingActionBodies,
  type CreditorOplossingAnswer,
} from '../services/request-bodies';
import type { OplossingAction } from '../workflows/oplossing/actions';
import type { OplossingPhase } from '../workflows/oplossing/state';
import { paperCreditorField } from './form-fields';
import { type InvalidParam, type Values } from './forms';
import { bodyOf, formFields, missingLabels, type DerivedField } from './forms/derived';

/**
 * The officer's forms for the schuldregeling: one per officer action of the oplossing workflow and one per
 * creditor answer typed in from paper. Fields and body come from the action's body schema
 * (services/request-bodies.ts) in the words of labels.ts, as the case page's forms do; this file says only
 * what each form is called, in which phases it fits and what its button says. Every rule is the API's and the
 * workflow's; the page shows their messages.
 */

interface FormWords {
  /** The phases in which the workflow accepts it (the others still show it, folded away). */
  phases: readonly OplossingPhase[];
  title: string;
  intro?: string;
  submit: string;
}

export interface OplossingForm extends FormWords {
  action: OplossingAction;
  schema: z.ZodType;
  fields(creditors: readonly (readonly [string, string])[], today: string): DerivedField[];
  build(values: Values, local: InvalidParam[]): unknown;
}

const ACTION_WORDS: Partial<Record<OplossingAction, FormWords>> = {
  'oplossing-start': {
    phases: ['voorbereiding'],
    title: 'Betaalvoorstel doen',
    intro:
      'Afloscapaciteit per maand (inkomen min VTLB) en de vorm. Elke schuldeiser krijgt zijn aandeel; preferente schuldeisers het dubbele percentage (NVVK).',
    submit: 'Betaalvoorstel versturen',
  },
  'dwangakkoord-verzoek': {
    phases: ['betaalvoorstel'],
    title: 'Dwangakkoord: verzoek ingediend',
    intro: 'Tegen een schuldeiser die blijft weigeren of niet reageert (Fw art. 287a).',
    submit: 'Verzoek vastleggen',
  },
  'dwangakkoord-zitting': {
    phases: ['betaalvoorstel'],
    title: 'Dwangakkoord: zitting',
    intro: 'De rechtbank beslist uiterlijk acht dagen na de zitting.',
    submit: 'Zitting vastleggen',
  },
  'dwangakkoord-uitspraak': {
    phases: ['betaalvoorstel'],
    title: 'Dwangakkoord: uitspraak',
    submit: 'Uitspraak vastleggen',
  },
  'wsnp-verklaring': {
    phases: ['betaalvoorstel', 'borgstelling'],
    title: 'Wsnp-verklaring afgeven',
    intro:
      'Geen minnelijke regeling mogelijk: de gemeente verklaart dit voor het Wsnp-verzoek (Fw art. 285).',
    submit: 'Wsnp-verklaring vastleggen',
  },
  'borgstelling-vervolg': {
    phases: ['borgstelling'],
    title: 'Verder na afwijzing borgstelling',
    intro:
      'Het waarborgfonds wijst de borgstelling af volgens zijn regels. Kies hoe het verder gaat (of geef de Wsnp-verklaring af).',
    submit: 'Keuze vastleggen',
  },
  betaling: {
    phases: ['looptijd'],
    title: 'Betaling ontvangen',
    intro: 'Een maandbedrag van de inwoner (betalingsregeling of aflossing van het krediet).',
    submit: 'Betaling vastleggen',
  },
  'regeling-beeindigen': {
    phases: ['looptijd'],
    title: 'Regeling beëindigen',
    intro: 'Beëindigingsbeschikking (Wgs art. 4a lid 6): de inwoner en de schuldeisers krijgen bericht.',
    submit: 'Regeling beëindigen',
  },
};

// Every officer action of the oplossing has a form (checked at start, so a new action cannot be forgotten).
const missing = OFFICER_OPLOSSING_ACTIONS.filter((a) => !ACTION_WORDS[a] || !officerOplossingActionBodies[a]);
if (missing.length) throw new Error(`console: no form for oplossing action(s) ${missing.join(', ')}`);

export const OPLOSSING_FORMS: readonly OplossingForm[] = OFFICER_OPLOSSING_ACTIONS.map((action) => {
  const schema = officerOplossingActionBodies[action]!;
  const fields = (creditors: readonly (readonly [string, string])[], today: string) =>
    formFields(action, schema, { today, creditors });
  return {
    ...ACTION_WORDS[action]!,
    action,
    schema,
    fields,
    build: (values: Values, local: InvalidParam[]) => bodyOf(fields([], ''), values, local),
  };
});

/** A creditor's answer that came on paper (post, mail, telephone), entered by the officer for that creditor. */
export interface PaperAnswerForm extends FormWords {
  answer: CreditorOplossingAnswer;
  schema: z.ZodType;
  /** The creditor (a part of the API path), then the answer's own fields. */
  fields(creditors: readonly (readonly [string, string])[], today: string): DerivedField[];
  build(values: Values, local: InvalidParam[]): unknown;
}

const ANSWER_WORDS: Record<CreditorOplossingAnswer, FormWords> = {
  'voorstel-akkoord': {
    phases: ['betaalvoorstel'],
    title: 'Akkoord van een schuldeiser (op papier)',
    submit: 'Akkoord vastleggen',
  },
  'voorstel-afwijzing': {
    phases: ['betaalvoorstel'],
    title: 'Afwijzing van een schuldeiser (op papier)',
    intro: 'De schuldeiser krijgt een verzoek om heroverweging; wijst hij opnieuw af, dan volgt een taak.',
    submit: 'Afwijzing vastleggen',
  },
  'finale-kwijting': {
    phases: ['finale-kwijting', 'nazorg'],
    title: 'Finale kwijting van een schuldeiser (op papier)',
    submit: 'Finale kwijting vastleggen',
  },
};

export const PAPER_ANSWER_FORMS: readonly PaperAnswerForm[] = (
  Object.keys(ANSWER_WORDS) as CreditorOplossingAnswer[]
).map((answer) => {
  const schema = creditorOplossingAnswerBodies[answer];
  const own = (today: string) => formFields(answer, schema, { today });
  return {
    ...ANSWER_WORDS[answer],
    answer,
    schema,
    fields: (creditors, today) => [paperCreditorField(creditors), ...own(today)],
    build: (values, local) => bodyOf(own(''), values, local),
  };
});

/** Every field of every schuldregeling form has its Dutch words (a schema change cannot leave a form behind). */
export const OPLOSSING_MISSING_LABELS = missingLabels([
  ...OPLOSSING_FORMS.map((f) => [f.action, f.schema] as const),
  ...PAPER_ANSWER_FORMS.map((f) => [f.answer, f.schema] as const),
]);
if (OPLOSSING_MISSING_LABELS.length)
  throw new Error(`console/labels.ts: no label for ${OPLOSSING_MISSING_LABELS.join(', ')}`);
