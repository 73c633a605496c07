import type { z } from 'zod';
import type { OplossingPhase } from '../workflows/oplossing/state';
import { text } from './form-values';
import { type FieldSpec, type InvalidParam, type Values } from './forms';
import { OPLOSSING_FORMS, PAPER_ANSWER_FORMS } from './oplossing-forms';

/**
 * Every folding form on the schuldregeling page, with the API route its body goes to: the officer's actions
 * and the creditors' answers that came on paper.
 */

const API = '/api/v1';

export interface OplossingPanel {
  key: string;
  phases: readonly OplossingPhase[];
  title: string;
  intro?: string;
  submit: string;
  /** Under /console/zaken/{caseId}/schuldregeling/ */
  path: string;
  fields(creditors: readonly (readonly [string, string])[], today: string): FieldSpec[];
  build(values: Values, local: InvalidParam[]): unknown;
  /** Undefined when the form lacks a part of the path (the creditor of a paper answer). */
  apiPath(caseId: string, values: Values): string | undefined;
  /** The body schema: checked before the post, with B1 messages that name the field (console/forms/messages.ts). */
  schema?: z.ZodType;
}

export const OPLOSSING_PANELS: readonly OplossingPanel[] = [
  ...OPLOSSING_FORMS.map((f) => ({
    ...f,
    key: f.action,
    path: `acties/${f.action}`,
    apiPath: (caseId: string) => `${API}/cases/${caseId}/oplossing/actions/${f.action}`,
  })),
  ...PAPER_ANSWER_FORMS.map((f) => ({
    ...f,
    key: `papier-${f.answer}`,
    path: `antwoorden/${f.answer}`,
    apiPath: (caseId: string, values: Values) => {
      const creditorId = text(values, 'creditorId');
      return creditorId
        ? `${API}/cases/${caseId}/oplossing/creditors/${encodeURIComponent(creditorId)}/answers/${f.answer}`
        : undefined;
    },
  })),
];
