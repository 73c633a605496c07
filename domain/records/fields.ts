/** Reusable zod fields with Dutch messages that name the field. */
import { z } from 'zod';
import { isCivilDate, type CivilDate } from '../civil-date';

export const text = (field: string, max = 200) =>
  z
    .string({ error: `${field} ontbreekt of is geen tekst` })
    // OpenAPI: at least one character that is not white space (the text is trimmed).
    .meta({ pattern: '\\S' })
    .trim()
    .min(1, { error: `${field} mag niet leeg zijn` })
    .max(max, { error: `${field} mag hoogstens ${max} tekens lang zijn` });

export const civilDateField = (field: string) =>
  z
    .string({ error: `${field} ontbreekt of is geen datum (JJJJ-MM-DD)` })
    .refine(isCivilDate, { error: `${field} is geen geldige datum (JJJJ-MM-DD)` })
    // Declared in the OpenAPI document: what the refinement checks, as JSON Schema says it.
    .meta({ format: 'date' })
    .transform((value) => value as CivilDate);

export const centsField = (field: string) =>
  z
    .number({ error: `${field} moet een bedrag in centen zijn (geheel getal)` })
    .int({ error: `${field} moet een geheel aantal centen zijn` })
    .max(Number.MAX_SAFE_INTEGER, { error: `${field} is te groot` });

export const positiveCentsField = (field: string) =>
  centsField(field).positive({ error: `${field} moet groter dan nul zijn` });

export const idField = (field: string) =>
  z
    .string({ error: `${field} ontbreekt of is geen tekst` })
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, {
      error: `${field} mag alleen letters, cijfers en . _ - bevatten (1–100 tekens)`,
    });
