import type { DerivedField } from './forms/derived';

/** Fields that several forms of the staff console ask for beside their body schema. */

/** The creditor a paper answer came from: a part of the API path, not of the body. */
export const paperCreditorField = (creditors: readonly (readonly [string, string])[]): DerivedField => ({
  name: 'creditorId',
  label: 'Schuldeiser',
  kind: 'select',
  width: 'm',
  options: [['', 'Kies: schuldeiser'], ...creditors],
  leaf: { path: 'creditorId', key: 'creditorId', kind: 'text', optional: false },
});
