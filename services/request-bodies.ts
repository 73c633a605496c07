import { z } from 'zod';
import { civilDateField } from '../domain/records/fields';
import { CASE_ACTIONS, caseActionSchemas, type CaseAction } from '../workflows/case/actions';
import {
  OPLOSSING_ACTION_ROLES,
  OPLOSSING_ACTIONS,
  oplossingActionSchemas,
  type OplossingAction,
} from '../workflows/oplossing/actions';

/**
 * Request bodies of the front doors (API routes, console forms): the workflows' own schemas without the field
 * that comes from authentication (officerId from the token, creditorId from the creditor session). Declared
 * once here; the API names them for its OpenAPI document, the console derives its forms from them.
 */

/** `schema` without `key`, keeping its refinements (zod refuses `.omit` on a refined object). */
export function withoutField(schema: z.ZodType, key: string): z.ZodObject {
  const object = schema as unknown as z.ZodObject;
  const { [key]: _dropped, ...rest } = object.shape;
  const copy = z
    .object(rest)
    .check(...((object._zod.def.checks ?? []) as z.core.$ZodCheck<Record<string, unknown>>[]));
  // And what the OpenAPI document declares of them (if/then for a rule across fields).
  const meta = object.meta();
  return meta ? copy.meta(meta) : copy;
}

/** The body of an officer action on a case. */
export const caseActionBodies = Object.fromEntries(
  CASE_ACTIONS.map((action) => [action, (caseActionSchemas[action] as z.ZodObject).omit({ officerId: true })]),
) as unknown as { [A in CaseAction]: z.ZodObject };

export const OFFICER_OPLOSSING_ACTIONS = OPLOSSING_ACTIONS.filter(
  (a) => OPLOSSING_ACTION_ROLES[a] === 'officer',
);
export const CREDITOR_OPLOSSING_ANSWERS = [
  'voorstel-akkoord',
  'voorstel-afwijzing',
  'finale-kwijting',
] as const;
export type CreditorOplossingAnswer = (typeof CREDITOR_OPLOSSING_ANSWERS)[number];

export const officerOplossingActionBodies = Object.fromEntries(
  OFFICER_OPLOSSING_ACTIONS.map((action) => [action, withoutField(oplossingActionSchemas[action], 'officerId')]),
) as Partial<Record<OplossingAction, z.ZodObject>>;

/** A creditor's answer; the date of a finale kwijting defaults to today. */
export const creditorOplossingAnswerBodies: Record<CreditorOplossingAnswer, z.ZodType> = {
  'voorstel-akkoord': withoutField(oplossingActionSchemas['voorstel-akkoord'], 'creditorId').default({}),
  'voorstel-afwijzing': withoutField(oplossingActionSchemas['voorstel-afwijzing'], 'creditorId'),
  'finale-kwijting': z.object({ date: civilDateField('date (datum)').optional() }).default({}),
};

export const borgstellingDecisionBody = z.object({
  ...(oplossingActionSchemas['borgstelling-besluit'] as unknown as z.ZodObject).shape,
  date: civilDateField('date (datum)').optional(),
});
