import type { z } from 'zod';
import { parseRecord } from '../domain/records';
import type { ApiClient, Problem } from './api-client';
import { FormState, scopeSummary, type FieldSpec, type InvalidParam, type Values } from './forms';

/**
 * A folding form of a staff page posted (an officer action, or a creditor's answer typed in from paper): its
 * body built from the form, sent to its API route, and the outcome for the page to show.
 */

export interface SubmittablePanel {
  key: string;
  fields(creditors: readonly (readonly [string, string])[], today: string): FieldSpec[];
  build(values: Values, local: InvalidParam[]): unknown;
  /** The API route the body goes to; undefined when the form lacks a part of the path (the creditor). */
  apiPath(caseId: string, values: Values): string | undefined;
  /** The API's body schema, to name the other fields' errors too when there is no route to call. */
  bodySchema?: z.ZodType;
}

export type PanelSubmission =
  /** Done: redirect to the page. */
  | { outcome: 'done' }
  /** A problem for a problem page. */
  | { outcome: 'problem'; problem: Problem }
  /** Show the page again with the form open: its field errors, or the reason it was refused. */
  | { outcome: 'failed'; failed: { action: string; state: FormState; rejection?: string }; status: number };

export async function submitPanelForm(
  api: ApiClient,
  form: SubmittablePanel,
  caseId: string,
  values: Values,
  today: string,
  /** A problem that is neither a refusal (409) nor field errors: a reason to show at the form, or undefined for a problem page. */
  reasonForOtherProblem: (problem: Problem, status: number) => string | undefined = () => undefined,
): Promise<PanelSubmission> {
  const local: InvalidParam[] = [];
  const body = form.build(values, local);
  const target = form.apiPath(caseId, values);
  const state = new FormState(values, form.fields([], today));
  let rejection: string | undefined;
  let status = 400;
  if (!target) {
    // Only the paper answers have a path part in the form: the creditor.
    state.add({ name: 'creditorId', reason: 'Kies de schuldeiser van wie het antwoord komt.' });
    const check = form.bodySchema ? parseRecord(form.bodySchema, body) : undefined;
    if (check && !check.ok) for (const e of check.errors) state.add({ name: e.field, reason: e.message });
  } else {
    const result = await api.post<unknown>(target, body);
    if (result.ok && local.length === 0) return { outcome: 'done' };
    if (!result.ok) {
      status = result.status;
      if (result.status === 409) rejection = result.problem.detail;
      else if (result.problem['invalid-params']?.length) {
        const localNames = new Set(local.map((p) => p.name));
        for (const p of result.problem['invalid-params']) if (!localNames.has(p.name)) state.add(p);
      } else {
        rejection = reasonForOtherProblem(result.problem, result.status);
        if (rejection === undefined) return { outcome: 'problem', problem: result.problem };
      }
    }
  }
  for (const p of local) state.add(p);
  // The field ids on the page are per form; the summary links to those.
  return {
    outcome: 'failed',
    failed: { action: form.key, state: scopeSummary(form.key, state), rejection },
    status,
  };
}
