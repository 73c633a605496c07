import type { UpdateDefinition } from '@temporalio/common';
import { defineUpdate, setHandler } from '@temporalio/workflow';
import type { z } from 'zod';
import { parseOrRefuse } from './validation';

/**
 * The one way a workflow of this project registers its action Updates: one Update per action, named after
 * it, whose argument is what the action's zod schema accepts. The validator parses the body with that schema
 * (the same one the API and CLI use at the edge) and then runs the workflow's own rule for the action, so a
 * refused action comes back with a Dutch reason and changes nothing. The handler parses again (defaults
 * applied), applies the action and returns what `after` returns (the workflow's status).
 */

/** Zod schemas by action name. */
export type ActionSchemas = { readonly [action: string]: z.ZodType };
export type ActionName<S extends ActionSchemas> = keyof S & string;

/** One Update per action: named after it, taking the schema's input, returning the workflow's status R. */
export type ActionUpdates<S extends ActionSchemas, R> = {
  readonly [A in ActionName<S>]: UpdateDefinition<R, [z.input<S[A]>], A>;
};

/** The rule of an action (throws a Refusal, see ./validation) or its change (runs only after the rule passed). */
export type ActionCallback<S extends ActionSchemas> = <A extends ActionName<S>>(
  action: A,
  input: z.output<S[A]>,
) => void;

export interface RegisterOptions<S extends ActionSchemas, R> {
  /** Checked before the body is parsed, for every action (e.g. "dit dossier is gesloten"). */
  guard?: () => void;
  /** The workflow's own rule for `action`, on the parsed input; refuses with a Dutch reason. */
  check: ActionCallback<S>;
  /** The change `action` makes. */
  apply: ActionCallback<S>;
  /** After every applied action: bookkeeping (progress, search attributes) and the Update's result. */
  after: (action: ActionName<S>) => R;
}

/** The Update definitions of `schemas` (for messages.ts; clients and the workflow share them). */
export function defineActionUpdates<R, S extends ActionSchemas>(schemas: S): ActionUpdates<S, R> {
  const updates: Partial<Record<ActionName<S>, unknown>> = {};
  for (const action of actionNames(schemas))
    updates[action] = defineUpdate<R, [z.input<S[typeof action]>]>(action);
  return updates as ActionUpdates<S, R>;
}

/** The action names of `schemas`, in declaration order. */
export function actionNames<S extends ActionSchemas>(schemas: S): ActionName<S>[] {
  return Object.keys(schemas).filter((key): key is ActionName<S> => key in schemas);
}

/** Registers every action of `schemas` as an Update with validator (see the module comment). */
export function registerActionUpdates<S extends ActionSchemas, R>(
  schemas: S,
  updates: ActionUpdates<S, R>,
  options: RegisterOptions<S, R>,
): void {
  for (const action of actionNames(schemas)) registerOne(action);

  function registerOne<A extends ActionName<S>>(action: A): void {
    const schema: S[A] = schemas[action];
    // Widening to the untyped definition is safe (its brands are covariant) and needs no cast: the body is
    // parsed by the schema before anything reads it.
    const definition: UpdateDefinition<unknown, [unknown]> = updates[action];
    setHandler(
      definition,
      (body: unknown) => {
        options.apply(action, parseOrRefuse(schema, body));
        return options.after(action);
      },
      {
        validator: (body: unknown) => {
          options.guard?.();
          options.check(action, parseOrRefuse(schema, body));
        },
      },
    );
  }
}
