import { parseEuro } from '../domain/money';
import type { InvalidParam, Values } from './forms';

/** Reading a posted form: its values as a flat record, and each value as the body of the API wants it. */

/** Names of the posted form as a flat record (the last value wins; our forms never repeat a name). */
export function valuesOf(body: unknown): Values {
  if (!body || typeof body !== 'object') return {};
  const out: Values = {};
  for (const [k, v] of Object.entries(body as Record<string, unknown>)) {
    if (typeof v === 'string') out[k] = v;
    else if (Array.isArray(v) && typeof v[v.length - 1] === 'string') out[k] = v[v.length - 1] as string;
  }
  return out;
}

/** The posted value, trimmed; empty is undefined so the schema says "ontbreekt". */
export function text(values: Values, name: string): string | undefined {
  const v = values[name]?.trim();
  return v ? v : undefined;
}

/** A whole number when the text is one, else the text itself (the schema then says what is wrong). */
export function integer(values: Values, name: string): number | string | undefined {
  const v = text(values, name);
  if (v === undefined) return undefined;
  return /^-?\d+$/.test(v) ? Number(v) : v;
}

/** One entry per non-empty line. */
export function lines(values: Values, name: string): string[] {
  return (values[name] ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

export const checked = (values: Values, name: string): boolean =>
  values[name] === 'on' || values[name] === 'true';

/**
 * Euros as typed ("1.234,56", "€ 315,75") to cents with domain/money parseEuro. A text that is no amount
 * becomes an error for that field (parseEuro's own message) and the body gets the text itself.
 */
export function euroCents(values: Values, name: string, local: InvalidParam[]): number | string | undefined {
  const v = text(values, name);
  if (v === undefined) return undefined;
  try {
    return parseEuro(v);
  } catch (error) {
    local.push({ name, reason: error instanceof Error ? error.message : String(error) });
    return v;
  }
}

/** Drops undefined members so optional fields stay absent. */
export function compact<T extends Record<string, unknown>>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined)) as T;
}
