import { idOf } from './html';

/**
 * Forms declared as data: the same field list renders the form, reads the posted values and places the API's
 * field errors (`invalid-params[].name`, e.g. `aanmelding.resident.bsn`) next to the field they name. Field
 * names are the API's own paths, so no mapping table can drift. The messages are the API's (the zod schemas');
 * the console adds only the label of the field it belongs to. This file holds the declarations and the form's state;
 * form-render.ts draws the fields, form-values.ts reads what was posted.
 */

export type FieldKind =
  | 'text'
  | 'date'
  | 'time'
  | 'number'
  | 'euro'
  | 'email'
  | 'select'
  | 'textarea'
  | 'lines'
  | 'checkbox'
  | 'radio';

export interface FieldSpec {
  name: string;
  label: string;
  kind?: FieldKind;
  hint?: string;
  options?: readonly (readonly [string, string])[];
  autocomplete?: string;
  /** CSS width class: s, m, l (default l for text, s for dates). */
  width?: 's' | 'm' | 'l';
  /** Shown as optional in the label. */
  optional?: boolean;
  /** Default value when the form is shown fresh. */
  initial?: string;
}

export interface FieldGroup {
  legend?: string;
  hint?: string;
  fields: FieldSpec[];
  /** Folded away (a <details>) until it holds a value or an error. */
  collapsible?: boolean;
  /** The whole group may stay empty. */
  optional?: boolean;
}

export interface InvalidParam {
  name: string;
  reason: string;
}

export type Values = Record<string, string>;

/** What a form shows after a failed submit: the values as typed, and errors per field name. */
export class FormState {
  readonly errors = new Map<string, string[]>();
  readonly unplaced: string[] = [];

  constructor(
    readonly values: Values = {},
    readonly fields: readonly FieldSpec[] = [],
  ) {}

  get hasErrors(): boolean {
    return this.errors.size > 0 || this.unplaced.length > 0;
  }

  value(spec: FieldSpec): string {
    return this.values[spec.name] ?? spec.initial ?? '';
  }

  /** Adds an error to the field its name points at (the field itself, or the deepest field under it). */
  add(param: InvalidParam): void {
    const target = fieldFor(param.name, this.fields);
    if (!target) {
      this.unplaced.push(param.reason);
      return;
    }
    const list = this.errors.get(target) ?? [];
    if (!list.includes(param.reason)) list.push(param.reason);
    this.errors.set(target, list);
  }

  /** Error summary entries in the order of the form. */
  summary(): { href?: string; text: string }[] {
    const items: { href?: string; text: string }[] = [];
    for (const spec of this.fields) {
      for (const message of this.errors.get(spec.name) ?? []) {
        // A B1 message names its field itself ("Vul ‘Achternaam’ in."); others get the label in front.
        const text = message.includes(`‘${spec.label}’`) ? message : `${spec.label}: ${message}`;
        items.push({ href: `#${idOf(spec.name)}`, text });
      }
    }
    for (const message of this.unplaced) items.push({ text: message });
    return items;
  }
}

/** The field an API error name belongs to. */
export function fieldFor(name: string, fields: readonly FieldSpec[]): string | undefined {
  const clean = name.replace(/^\(body\)$/, '');
  let best: string | undefined;
  for (const f of fields) {
    if (clean === f.name || clean.startsWith(`${f.name}.`) || clean.startsWith(`${f.name}[`)) {
      if (!best || f.name.length > best.length) best = f.name;
    }
  }
  if (best) return best;
  // An error on an object ("aanmelding.resident.address ontbreekt"): the first field inside it.
  if (clean)
    return fields.find((f) => f.name.startsWith(`${clean}.`) || f.name.startsWith(`${clean}[`))?.name;
  return undefined;
}

export const allFields = (groups: readonly FieldGroup[]): FieldSpec[] => groups.flatMap((g) => g.fields);

/** The error summary of a scoped form links to the scoped ids. */
export function scopeSummary(scope: string, state: FormState): FormState {
  const original = state.summary.bind(state);
  state.summary = () =>
    original().map((i) => (i.href ? { ...i, href: i.href.replace(/^#f-/, `#f-${scope}--`) } : i));
  return state;
}
