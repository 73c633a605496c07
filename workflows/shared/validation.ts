import type { z } from 'zod';

/**
 * How a workflow refuses: a validator throws a Refusal with one Dutch sentence, the Update is rejected with
 * that sentence and nothing changes. Pure (no Temporal import): rule modules use it and are unit-tested.
 */
export class Refusal extends Error {
  override readonly name = 'Refusal';
}

/** Refuses with a Dutch reason. */
export function refuse(reason: string): never {
  throw new Refusal(reason);
}

/** First zod problem as one Dutch sentence: what an update validator throws. */
export function firstProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? issue.message : 'ongeldige invoer';
}

/** The parsed body, or a Refusal naming the first problem (the schemas' messages are Dutch). */
export function parseOrRefuse<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const parsed = schema.safeParse(body ?? {});
  if (!parsed.success) refuse(firstProblem(parsed.error));
  return parsed.data;
}
