import type { z } from 'zod';
import { caseActionBodies } from '../services/request-bodies';
import {
  CASE_ACTIONS,
  CREDITOR_ANSWERS,
  creditorAnswerSchemas,
  type CaseAction,
} from '../workflows/case/actions';
import { paperCreditorField } from './form-fields';
import { bodyOf, formFields, missingLabels, type DerivedField } from './forms/derived';
import { ACTION_GROUP_TITLES, ACTION_WORDS, ANSWER_WORDS, type ActionGroup } from './form-titles';
import type { InvalidParam, Values } from './forms';

/**
 * The folding forms of the case page: one per officer action (its body schema, services/request-bodies.ts) and
 * one per creditor answer typed in from paper. Fields, body and checks all come from the schema and labels.ts.
 */

const API = '/api/v1';

export interface Panel {
  key: string;
  /** The officer action, for the phase table; paper answers have none. */
  action?: CaseAction;
  title: string;
  intro?: string;
  submit: string;
  /** Under /console/zaken/{caseId}/ */
  path: string;
  group: ActionGroup | 'papier';
  schema: z.ZodType;
  fields(creditors: readonly (readonly [string, string])[], today: string): DerivedField[];
  build(values: Values, local: InvalidParam[]): unknown;
  /** The API route; undefined when the form lacks a part of the path (the creditor of a paper answer). */
  apiPath(caseId: string, values: Values): string | undefined;
}

const actionPanel = (action: CaseAction): Panel => {
  const schema = caseActionBodies[action];
  const words = ACTION_WORDS[action];
  const fields = (creditors: readonly (readonly [string, string])[], today: string) =>
    formFields(action, schema, { today, creditors });
  return {
    key: action,
    action,
    ...words,
    path: `acties/${action}`,
    schema,
    fields,
    build: (values, local) => {
      const body = bodyOf(fields([], ''), values, local) as Record<string, unknown>;
      // A new creditor's claims are its own: the form does not ask whose they are.
      const creditor = body.creditor as { id?: string } | undefined;
      if (action === 'creditor-add' && Array.isArray(body.claims)) {
        body.claims = body.claims.map((c: object) => ({ ...c, creditorId: creditor?.id }));
      }
      return body;
    },
    apiPath: (caseId) => `${API}/cases/${caseId}/actions/${action}`,
  };
};

const paperPanel = (answer: (typeof CREDITOR_ANSWERS)[number]): Panel => {
  const schema = creditorAnswerSchemas[answer];
  const words = ANSWER_WORDS[answer];
  const own = (today: string) => formFields(`papier`, schema, { today });
  return {
    key: `papier-${answer}`,
    title: `${words.title} (op papier)`,
    intro: 'Een antwoord dat per post, mail of telefoon binnenkwam, voor de schuldeiser ingevoerd.',
    submit: `${words.title} vastleggen`,
    path: `antwoorden/${answer}`,
    group: 'papier',
    schema,
    fields: (creditors, today) => [paperCreditorField(creditors), ...own(today)],
    build: (values, local) => bodyOf(own(''), values, local),
    apiPath: (caseId, values) => {
      const creditorId = values.creditorId?.trim();
      return creditorId
        ? `${API}/cases/${caseId}/creditors/${encodeURIComponent(creditorId)}/answers/${answer}`
        : undefined;
    },
  };
};

export const PANELS: readonly Panel[] = [
  ...CASE_ACTIONS.map(actionPanel),
  ...CREDITOR_ANSWERS.map(paperPanel),
];

export const PANEL_GROUPS: readonly { key: Panel['group']; title: string }[] = [
  ...(Object.entries(ACTION_GROUP_TITLES) as [ActionGroup, string][]).map(([key, title]) => ({ key, title })),
  { key: 'papier', title: 'Antwoorden van schuldeisers op papier' },
];

/** Every field of every form has its Dutch words (a schema change cannot leave a form behind). */
export const MISSING_LABELS = missingLabels([
  ...CASE_ACTIONS.map((a) => [a, caseActionBodies[a]] as const),
  ...CREDITOR_ANSWERS.map((a) => ['papier', creditorAnswerSchemas[a]] as const),
  ...CREDITOR_ANSWERS.map((a) => [a, creditorAnswerSchemas[a]] as const),
]);
if (MISSING_LABELS.length) throw new Error(`console/labels.ts: no label for ${MISSING_LABELS.join(', ')}`);
