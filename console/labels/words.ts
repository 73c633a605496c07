/** The shape of a field's Dutch words, and the helpers the word lists are written with. */

export interface FieldWords {
  label: string;
  hint?: string;
  /** How it is shown when the schema alone does not say it (a date is a text to zod). */
  kind?: 'date' | 'time' | 'euro' | 'textarea' | 'email' | 'radio' | 'select' | 'checkbox';
  width?: 's' | 'm' | 'l';
  autocomplete?: string;
  /** Dutch names of the values of a choice, in the order shown. */
  options?: readonly (readonly [string, string])[];
  /** What to do when the value is not right (any error other than "empty"). */
  fix?: string;
  /** Filled in on a fresh form: 'today', or a fixed value. */
  initial?: 'today' | string;
  /** Left out of the form: comes from elsewhere (the signed-in officer, the page). */
  hidden?: boolean;
}

export const DATE_FIX = 'Vul een datum in als dag-maand-jaar, bijvoorbeeld 15-03-2026.';
export const TEXT = (label: string, extra: Partial<FieldWords> = {}): FieldWords => ({ label, ...extra });
export const DATE = (label: string, extra: Partial<FieldWords> = {}): FieldWords => ({
  label,
  kind: 'date',
  fix: DATE_FIX,
  initial: 'today',
  ...extra,
});
