/** Turning zod errors into `{ field, message }` lists for the API and the CLI. */
import { z } from 'zod';
import { buildOnce } from '../build-once';

export interface FieldError {
  /** Dotted path with array indices: 'resident.bsn', 'claims[0].amount'. Empty for the whole record. */
  field: string;
  message: string;
}

export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** Flattens a ZodError; messages without a custom text fall back to zod's Dutch locale. */
export function fieldErrors(error: z.ZodError, prefix = ''): FieldError[] {
  return error.issues.map((issue) => {
    const field = fieldPath(issue.path);
    return { field: prefix && field ? `${prefix}.${field}` : prefix || field, message: issue.message };
  });
}

const dutch = buildOnce('domain/records/errors#dutch', () => z.locales.nl().localeError);

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/**
 * Parses with Dutch fallback messages (zod's built-in nl locale for anything a schema does not word
 * itself) without touching zod's global configuration, which other code may rely on.
 */
export function parseRecord<S extends z.ZodType>(schema: S, input: unknown): ParseResult<z.output<S>> {
  const result = schema.safeParse(input, { error: dutch });
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: fieldErrors(result.error) };
}

/** "resident.bsn: BSN voldoet niet aan de elfproef; claims[0].amount: …" */
export function describeFieldErrors(errors: readonly FieldError[]): string {
  return errors.map((e) => (e.field ? `${e.field}: ${e.message}` : e.message)).join('; ');
}
