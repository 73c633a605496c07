import { CREDITOR_ANSWERS, creditorAnswerSchemas, type CreditorAnswer } from '../workflows/case/actions';
import { datum } from './format';
import type { InvalidParam, Values } from './forms';
import { bodyOf, formFields, type DerivedField } from './forms/derived';
import { ANSWER_WORDS } from './form-titles';

/**
 * The creditor's answers in the portal, one form each, derived from the answer schemas
 * (workflows/case/actions.ts) in the words of labels.ts.
 */

export interface PortalAnswer {
  answer: CreditorAnswer;
  title: string;
  intro: (t: { pauseEnd?: string }) => string;
  submit: string;
  fields: () => DerivedField[];
  build: (values: Values, local: InvalidParam[]) => unknown;
}

export const PORTAL_ANSWERS: readonly PortalAnswer[] = CREDITOR_ANSWERS.map((answer) => {
  const words = ANSWER_WORDS[answer];
  const fields = () => formFields(answer, creditorAnswerSchemas[answer], { today: '' });
  return {
    answer,
    title: words.title,
    submit: words.submit,
    intro: (t) =>
      answer === 'pauze-bevestiging' && t.pauseEnd
        ? words.intro.replace('de incasso pauzeert', `de incasso pauzeert tot ${datum(t.pauseEnd)}`)
        : words.intro,
    fields,
    build: (values, local) => bodyOf(fields(), values, local),
  };
});
