import type { z } from 'zod';
import type { OplossingAction } from '../../workflows/oplossing/actions';
import {
  borgstellingDecisionBody,
  creditorOplossingAnswerBodies,
  officerOplossingActionBodies,
  OFFICER_OPLOSSING_ACTIONS,
  type CreditorOplossingAnswer,
} from '../../services/request-bodies';
import { named } from '../schemas';
import { pascal } from '../pascal-case';

/** The oplossing routes' bodies (declared in services/request-bodies.ts), named for the OpenAPI document. */

export {
  CREDITOR_OPLOSSING_ANSWERS,
  OFFICER_OPLOSSING_ACTIONS,
  withoutField,
  type CreditorOplossingAnswer,
} from '../../services/request-bodies';

export const officerOplossingBodies = Object.fromEntries(
  OFFICER_OPLOSSING_ACTIONS.map((action) => [
    action,
    named(officerOplossingActionBodies[action]!, `Oplossing${pascal(action)}Action`),
  ]),
) as Partial<Record<OplossingAction, z.ZodType>>;

const answerNames: Record<CreditorOplossingAnswer, string> = {
  'voorstel-akkoord': 'VoorstelAkkoordAnswer',
  'voorstel-afwijzing': 'VoorstelAfwijzingAnswer',
  'finale-kwijting': 'FinaleKwijtingAnswer',
};
export const creditorOplossingBodies = Object.fromEntries(
  Object.entries(creditorOplossingAnswerBodies).map(([answer, schema]) => [
    answer,
    named(schema, answerNames[answer as CreditorOplossingAnswer]),
  ]),
) as Record<CreditorOplossingAnswer, z.ZodType>;

export const borgstellingBesluitBody = named(borgstellingDecisionBody, 'BorgstellingBesluit');
