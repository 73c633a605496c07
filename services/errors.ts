import type { FieldError } from '../domain/records';

/** Input that fails the zod schema at the edge: 400/422 with the fields named. */
export class InvalidInputError extends Error {
  override name = 'InvalidInputError';
  constructor(readonly errors: FieldError[]) {
    super(errors.map((e) => `${e.field}: ${e.message}`).join('; '));
  }
}

/** The workflow refused the action (wrong phase, unknown creditor, ...): 409 with the workflow's Dutch reason. */
export class ActionRejectedError extends Error {
  override name = 'ActionRejectedError';
}

export class CaseNotFoundError extends Error {
  override name = 'CaseNotFoundError';
  constructor(readonly caseId: string) {
    super(`Zaak ${caseId} bestaat niet`);
  }
}
