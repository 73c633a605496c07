import type { z } from 'zod';

/**
 * The fields of a form, read from the zod schema of the body it posts: every leaf of the object becomes one field
 * named by its path (`appointment.date`, `grounds[0].ground`), with what the schema says of it (optional, a list of
 * lines, a yes/no, a choice). The Dutch words come from console/labels.ts; a schema change that adds a field
 * without a label is caught at start (see labelledFields).
 */

export type LeafKind = 'text' | 'number' | 'boolean' | 'lines' | 'choice';

export interface SchemaLeaf {
  /** The body path, as the API names it in invalid-params. */
  path: string;
  /** The path with array indices as [] (how labels are keyed): `grounds[].ground`. */
  key: string;
  kind: LeafKind;
  optional: boolean;
  /** Values of an enum or literal. */
  choices?: readonly string[];
  /** Largest length of a text. */
  maxLength?: number;
  /** The choices are numbers (convenantMonths 4 | 8): the body gets a number. */
  numeric?: boolean;
}

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  entries?: Record<string, string>;
  values?: unknown[];
  options?: z.ZodType[];
  checks?: { _zod: { def: { check: string; maximum?: number } } }[];
};

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

function unwrap(schema: z.ZodType): { schema: z.ZodType; optional: boolean } {
  let current = schema;
  let optional = false;
  for (;;) {
    const def = defOf(current);
    if (def.type === 'optional' || def.type === 'default' || def.type === 'prefault') {
      optional = true;
      current = def.innerType!;
    } else if (def.type === 'pipe') current = def.in!;
    else if (def.type === 'nullable' || def.type === 'readonly' || def.type === 'catch')
      current = def.innerType!;
    else return { schema: current, optional };
  }
}

function maxLengthOf(def: Def): number | undefined {
  const max = (def.checks ?? []).find((c) => c._zod.def.check === 'max_length');
  return max?._zod.def.maximum;
}

export function schemaLeaves(schema: z.ZodType, path = '', key = '', parentOptional = false): SchemaLeaf[] {
  const { schema: inner, optional: own } = unwrap(schema);
  const optional = parentOptional || own;
  const def = defOf(inner);
  const join = (base: string, name: string) => (base ? `${base}.${name}` : name);
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape ?? {}).flatMap(([name, child]) =>
        schemaLeaves(child, join(path, name), join(key, name), optional),
      );
    case 'array': {
      const element = unwrap(def.element!).schema;
      if (defOf(element).type === 'object') return schemaLeaves(element, `${path}[0]`, `${key}[]`, optional);
      return [{ path, key, kind: 'lines', optional, maxLength: maxLengthOf(defOf(element)) }];
    }
    case 'boolean':
      return [{ path, key, kind: 'boolean', optional }];
    case 'number':
      return [{ path, key, kind: 'number', optional }];
    case 'enum':
      return [{ path, key, kind: 'choice', optional, choices: Object.values(def.entries ?? {}) }];
    case 'literal':
      return (def.values ?? []).length === 1 && def.values![0] === true
        ? [{ path, key, kind: 'boolean', optional }]
        : [{ path, key, kind: 'choice', optional, choices: (def.values ?? []).map(String) }];
    case 'union': {
      const values = (def.options ?? []).flatMap((o) => {
        const d = defOf(o);
        return d.type === 'literal' ? (d.values ?? []) : [undefined];
      });
      if (values.length && values.every((v) => v !== undefined)) {
        return [
          {
            path,
            key,
            kind: 'choice',
            optional,
            choices: values.map(String),
            numeric: values.every((v) => typeof v === 'number'),
          },
        ];
      }
      return [{ path, key, kind: 'text', optional }];
    }
    default:
      return [{ path, key, kind: 'text', optional, maxLength: maxLengthOf(def) }];
  }
}
