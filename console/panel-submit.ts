import type { z } from 'zod';
import type { ApiClient, Problem } from './api-client';
import { parseRecord } from '../domain/records';
import { FormState, scopeSummary, type FieldSpec, type InvalidParam, type Values } from './forms';
import type { DerivedField } from './forms/derived';
import { amountMessage, apiParamMessage, checkBody } from './forms/messages';

/**
 * A folding form of a staff page posted (an officer action, or a creditor's answer typed in from paper): its
 * body built from the form and checked with the same schema the API uses (so the person reads B1 Dutch at the
 * field), then sent to its API route; the outcome for the page to show.
 */

export interface SubmittablePanel {
  key: string;
  /** The body schema the form is derived from: checked here first, with B1 messages. */
  schema?: z.ZodType;
  /** Without a derived schema (the schuldregeling's forms): to name the fields' errors when there is no route. */
  bodySchema?: z.ZodType;
  fields(creditors: readonly (readonly [string, string])[], today: string): (FieldSpec | DerivedField)[];
  build(values: Values, local: InvalidParam[]): unknown;
  /** The API route the body goes to; undefined when the form lacks a part of the path (the creditor). */
  apiPath(caseId: string, values: Values): string | undefined;
}

export type PanelSubmission =
  /** Done: redirect to the page. */
  | { outcome: 'done' }
  /** A problem for a problem page. */
  | { outcome: 'problem'; problem: Problem }
  /** Show the page again with the form open: its field errors, or the reason it was refused. */
  | { outcome: 'failed'; failed: { action: string; state: FormState; rejection?: string }; status: number };

/** The errors of a form before it is sent: amounts that are no amount, then the schema's check, in B1 Dutch. */
export function localProblems(
  schema: z.ZodType,
  fields: readonly (FieldSpec & { fix?: string })[],
  body: unknown,
  local: readonly InvalidParam[],
): InvalidParam[] {
  const amounts = local.map((p) => {
    const field = fields.find((f) => f.name === p.name);
    return field ? { name: p.name, reason: amountMessage(field) } : p;
  });
  const named = new Set(amounts.map((p) => p.name));
  return [...amounts, ...checkBody(schema, body, fields).filter((p) => !named.has(p.name))];
}

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
  const fields = form.fields([], today);
  const target = form.apiPath(caseId, values);
  const state = new FormState(values, fields);
  const problems = form.schema
    ? localProblems(form.schema, fields, body, local)
    : [
        ...local,
        ...(!target && form.bodySchema
          ? (() => {
              const check = parseRecord(form.bodySchema, body);
              return check.ok ? [] : check.errors.map((e) => ({ name: e.field, reason: e.message }));
            })()
          : []),
      ];
  let rejection: string | undefined;
  let status = 400;
  if (!target) state.add({ name: 'creditorId', reason: 'Kies bij ‘Schuldeiser’ van wie het antwoord komt.' });
  for (const p of problems) state.add(p);
  if (target && problems.length === 0) {
    const result = await api.post<unknown>(target, body);
    if (result.ok) return { outcome: 'done' };
    status = result.status;
    if (result.status === 409) rejection = result.problem.detail;
    else if (result.problem['invalid-params']?.length) {
      for (const p of result.problem['invalid-params']) {
        state.add(form.schema ? apiParamMessage(p, fields) : p);
      }
    } else {
      rejection = reasonForOtherProblem(result.problem, result.status);
      if (rejection === undefined) return { outcome: 'problem', problem: result.problem };
    }
  }
  // The field ids on the page are per form; the summary links to those.
  return {
    outcome: 'failed',
    failed: { action: form.key, state: scopeSummary(form.key, state), rejection },
    status,
  };
}
