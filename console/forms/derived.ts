import type { z } from 'zod';
import { wordsOf } from '../labels';
import { checked, compact, euroCents, integer, lines, text } from '../form-values';
import { type FieldSpec, type InvalidParam, type Values } from '../forms';
import { schemaLeaves, type SchemaLeaf } from './schema-fields';

/**
 * A form from a body schema: the fields are the schema's leaves (schema-fields.ts) in the words of labels.ts, and
 * the posted values turn back into the body by the same list. So a field added to a schema is in the form, or
 * the console refuses to start (`missingLabels`).
 */

export interface DerivedField extends FieldSpec {
  leaf: SchemaLeaf;
  /** What to do when the value is wrong (labels.ts). */
  fix?: string;
}

export interface FormContext {
  today: string;
  /** Options for a creditorId field: [id, name] of the case's creditors. */
  creditors?: readonly (readonly [string, string])[];
  /** Body paths the page fills itself (the creditor of a paper answer is a path part). */
  omit?: readonly string[];
}

function kindOf(leaf: SchemaLeaf, words: ReturnType<typeof wordsOf>): FieldSpec['kind'] {
  if (words?.kind) return words.kind === 'euro' && leaf.kind !== 'number' ? 'text' : words.kind;
  if (leaf.kind === 'boolean') return 'checkbox';
  if (leaf.kind === 'choice') return 'select';
  if (leaf.kind === 'lines') return 'lines';
  if (leaf.kind === 'number') return 'number';
  return 'text';
}

export function formFields(
  form: string,
  schema: z.ZodType,
  ctx: FormContext,
  prefix = '',
  /** How labels.ts keys the fields under `prefix` (a list block `creditors[2].` is keyed `creditors[].`). */
  keyPrefix = prefix,
): DerivedField[] {
  return schemaLeaves(schema)
    .filter((leaf) => !(ctx.omit ?? []).includes(leaf.key))
    .flatMap((leaf): DerivedField[] => {
      const words = wordsOf(form, `${keyPrefix}${leaf.key}`);
      if (!words) throw new Error(`console/labels.ts: no label for ${form}:${keyPrefix}${leaf.key}`);
      if (words.hidden) return [];
      const kind = kindOf(leaf, words);
      let options = words.options;
      if (leaf.key.endsWith('creditorId') && ctx.creditors) options = ctx.creditors;
      if (kind === 'select') {
        const known = options ?? (leaf.choices ?? []).map((c) => [c, c] as const);
        const allowed = leaf.choices ? known.filter(([v]) => leaf.choices!.includes(v)) : known;
        options = [['', leaf.optional ? 'Geen' : `Kies: ${words.label.toLowerCase()}`], ...allowed];
      }
      return [
        {
          name: `${prefix}${leaf.path}`,
          label: words.label,
          hint: words.hint,
          kind,
          options,
          width: words.width,
          autocomplete: words.autocomplete,
          optional: leaf.optional && kind !== 'checkbox',
          initial: words.initial === 'today' ? ctx.today : words.initial,
          leaf,
          fix: words.fix,
        },
      ];
    });
}

/** Every label the forms of these schemas need, for the start-up check and its unit test. */
export function missingLabels(forms: readonly (readonly [string, z.ZodType, string?])[]): string[] {
  return forms.flatMap(([form, schema, prefix = '']) =>
    schemaLeaves(schema)
      .map((leaf) => `${prefix}${leaf.key}`)
      .filter((key) => !wordsOf(form, key))
      .map((key) => `${form}:${key}`),
  );
}

function valueOf(field: DerivedField, values: Values, local: InvalidParam[]): unknown {
  const { leaf } = field;
  if (leaf.kind === 'boolean') {
    if (field.kind === 'radio') {
      const v = text(values, field.name);
      return v === 'true' ? true : v === 'false' ? false : undefined;
    }
    return checked(values, field.name) ? true : undefined;
  }
  if (leaf.kind === 'lines') {
    const list = lines(values, field.name);
    return list.length ? list : undefined;
  }
  if (leaf.kind === 'number') {
    return field.kind === 'euro' ? euroCents(values, field.name, local) : integer(values, field.name);
  }
  if (leaf.kind === 'choice' && leaf.numeric) return integer(values, field.name);
  return text(values, field.name);
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split(/\.|(?=\[)/).map((p) => (p.startsWith('[') ? Number(p.slice(1, -1)) : p));
  let node: Record<string | number, unknown> = target;
  parts.forEach((part, i) => {
    if (i === parts.length - 1) {
      node[part] = value;
      return;
    }
    const nextIsIndex = typeof parts[i + 1] === 'number';
    node[part] ??= nextIsIndex ? [] : {};
    node = node[part] as Record<string | number, unknown>;
  });
}

/**
 * Drops list items left empty (an untouched claim block), so an optional list stays absent. Empty objects stay:
 * the schema then names each missing field inside them, not the object.
 */
function prune(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value
      .map(prune)
      .filter(
        (v) => v !== undefined && !(typeof v === 'object' && v !== null && Object.keys(v).length === 0),
      );
    return items.length ? items : undefined;
  }
  if (value && typeof value === 'object') {
    return compact(
      Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, prune(v)])),
    );
  }
  return value;
}

/** The body of the posted form; amounts that are no amount go to `local` (parseEuro's message). */
export function bodyOf(
  fields: readonly DerivedField[],
  values: Values,
  local: InvalidParam[],
  prefix = '',
): unknown {
  const body: Record<string, unknown> = {};
  for (const field of fields) {
    const value = valueOf(field, values, local);
    const path = field.name.slice(prefix.length);
    if (value !== undefined) setPath(body, path, value);
    // The objects around an empty field still exist (not inside a list), so the schema names each missing field.
    else if (!path.includes('[') && path.includes('.')) setPath(body, path, undefined);
  }
  return prune(body) ?? {};
}
