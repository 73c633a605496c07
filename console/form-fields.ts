import type { FieldSpec } from './forms';
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

/** The gemeente a supervisor of all gemeenten looks at (a filter; the API checks it). */
export const gemeenteFilterField: FieldSpec & { fix: string } = {
  name: 'gemeente',
  label: 'Gemeente',
  hint: 'Bijvoorbeeld GM0599',
  width: 's',
  fix: 'Vul een gemeentecode in zoals GM0599.',
};
