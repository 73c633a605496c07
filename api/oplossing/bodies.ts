import { z } from 'zod';
import { civilDateField } from '../../domain/records/fields';
import {
  OPLOSSING_ACTION_ROLES,
  OPLOSSING_ACTIONS,
  oplossingActionSchemas,
  type OplossingAction,
} from '../../workflows/oplossing/actions';
import { named } from '../schemas';
import { pascal } from '../pascal-case';

/**
 * Request bodies of the oplossing routes: the workflow's own schemas without the field that comes from
 * authentication (officerId from the token, creditorId from the creditor session).
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

export const OFFICER_OPLOSSING_ACTIONS = OPLOSSING_ACTIONS.filter(
  (a) => OPLOSSING_ACTION_ROLES[a] === 'officer',
);
export const CREDITOR_OPLOSSING_ANSWERS = [
  'voorstel-akkoord',
  'voorstel-afwijzing',
  'finale-kwijting',
] as const;
export type CreditorOplossingAnswer = (typeof CREDITOR_OPLOSSING_ANSWERS)[number];

export const officerOplossingBodies = Object.fromEntries(
  OFFICER_OPLOSSING_ACTIONS.map((action) => [
    action,
    named(withoutField(oplossingActionSchemas[action], 'officerId'), `Oplossing${pascal(action)}Action`),
  ]),
) as Partial<Record<OplossingAction, z.ZodType>>;

/** A creditor's answer; the date of a finale kwijting defaults to today. */
export const creditorOplossingBodies: Record<CreditorOplossingAnswer, z.ZodType> = {
  'voorstel-akkoord': named(
    withoutField(oplossingActionSchemas['voorstel-akkoord'], 'creditorId').default({}),
    'VoorstelAkkoordAnswer',
  ),
  'voorstel-afwijzing': named(
    withoutField(oplossingActionSchemas['voorstel-afwijzing'], 'creditorId'),
    'VoorstelAfwijzingAnswer',
  ),
  'finale-kwijting': named(
    z.object({ date: civilDateField('date (datum)').optional() }).default({}),
    'FinaleKwijtingAnswer',
  ),
};

export const borgstellingBesluitBody = named(
  z.object({
    ...(oplossingActionSchemas['borgstelling-besluit'] as unknown as z.ZodObject).shape,
    date: civilDateField('date (datum)').optional(),
  }),
  'BorgstellingBesluit',
);
