import type { FieldSpec } from './forms';

/** Fields that several forms of the staff console ask for. */

/** A date, today unless the officer picks another. */
export const dateField = (today: string, label = 'Datum'): FieldSpec => ({
  name: 'date',
  label,
  kind: 'date',
  initial: today,
});

/** Which creditor of the case: id and name of each. */
export const creditorSelect = (creditors: readonly (readonly [string, string])[]): FieldSpec => ({
  name: 'creditorId',
  label: 'Schuldeiser',
  kind: 'select',
  options: [['', 'Kies een schuldeiser'], ...creditors],
  width: 'm',
});
