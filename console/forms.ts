import { parseEuro } from '../domain/money';
import { html, idOf, raw, type Html } from './html';

/**
 * Forms declared as data: the same field list renders the form, reads the posted values and places the API's
 * field errors (`invalid-params[].name`, e.g. `aanmelding.resident.bsn`) next to the field they name. Field
 * names are the API's own paths, so no mapping table can drift. The messages are the API's (the zod schemas');
 * the console adds only the label of the field it belongs to.
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

// ---- rendering ---------------------------------------------------------------------------------------------

function errorLines(id: string, messages: readonly string[]): Html {
  return html`${messages.map(
    (m, i) =>
      html`<p class="utrecht-form-field-error-message veldfout" id="${id}-fout${i ? `-${i}` : ''}">
        <span class="vh">Fout: </span>${m}
      </p>`,
  )}`;
}

function describedBy(id: string, spec: FieldSpec, messages: readonly string[]): string | undefined {
  const ids = [
    spec.hint ? `${id}-hint` : '',
    ...messages.map((_m, i) => `${id}-fout${i ? `-${i}` : ''}`),
  ].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function field(spec: FieldSpec, state: FormState): Html {
  const id = idOf(spec.name);
  const messages = state.errors.get(spec.name) ?? [];
  const value = state.value(spec);
  const kind = spec.kind ?? 'text';
  const invalid = messages.length > 0;
  const aria = describedBy(id, spec, messages);
  const optional = spec.optional ? html` <span class="optioneel">(niet verplicht)</span>` : '';
  const hint = spec.hint
    ? html`<p class="utrecht-form-field-description hint" id="${id}-hint">${spec.hint}</p>`
    : '';
  const cls = `utrecht-form-field veld${invalid ? ' utrecht-form-field--invalid veld--fout' : ''}`;

  if (kind === 'checkbox') {
    return html`<div class="${cls} utrecht-form-field--checkbox veld--vink">
      ${errorLines(id, messages)}
      <input
        type="checkbox"
        class="utrecht-checkbox utrecht-checkbox--html-input"
        id="${id}"
        name="${spec.name}"
        ${value === 'on' || value === 'true' ? html`checked` : ''}
        ${aria ? html`aria-describedby="${aria}"` : ''}
        ${invalid ? html`aria-invalid="true"` : ''}
      />
      <label class="utrecht-form-label utrecht-form-label--checkbox" for="${id}">${spec.label}${optional}</label>
      ${hint}
    </div>`;
  }
  if (kind === 'radio') {
    return html`<fieldset
      class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset ${cls}"
      id="${id}"
      ${aria ? html`aria-describedby="${aria}"` : ''}
    >
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        ${spec.label}${optional}
      </legend>
      ${hint} ${errorLines(id, messages)}
      ${(spec.options ?? []).map(
        ([v, l], i) =>
          html`<div class="keuze">
            <input
              type="radio"
              class="utrecht-radio-button utrecht-radio-button--html-input"
              id="${id}-${i}"
              name="${spec.name}"
              value="${v}"
              ${value === v ? html`checked` : ''}
            />
            <label class="utrecht-form-label utrecht-form-label--radio-button" for="${id}-${i}">${l}</label>
          </div>`,
      )}
    </fieldset>`;
  }

  const width = spec.width ?? (['date', 'time', 'number', 'euro'].includes(kind) ? 's' : 'l');
  const controlClass =
    kind === 'select'
      ? 'utrecht-select utrecht-select--html-select'
      : kind === 'textarea' || kind === 'lines'
        ? 'utrecht-textarea utrecht-textarea--html-textarea'
        : 'utrecht-textbox utrecht-textbox--html-input';
  const common = html`id="${id}" name="${spec.name}" class="${controlClass}${invalid ? ` ${controlClass.split(' ')[0]}--invalid` : ''} invoer invoer--${width}"
  ${aria ? html`aria-describedby="${aria}"` : ''} ${invalid ? html`aria-invalid="true"` : ''}
  ${spec.autocomplete ? html`autocomplete="${spec.autocomplete}"` : ''}`;
  let control: Html;
  if (kind === 'select') {
    control = html`<select ${common}>
      ${(spec.options ?? []).map(([v, l]) => html`<option value="${v}" ${value === v ? html`selected` : ''}>${l}</option>`)}
    </select>`;
  } else if (kind === 'textarea' || kind === 'lines') {
    control = html`<textarea ${common} rows="${kind === 'lines' ? 3 : 3}">${value}</textarea>`;
  } else if (kind === 'euro') {
    control = html`<div class="euro">
      <span class="euro__teken" aria-hidden="true">€</span
      ><input type="text" inputmode="decimal" ${common} value="${value}" />
    </div>`;
  } else {
    const type = kind === 'number' ? 'text' : kind;
    const extra = kind === 'number' ? html`inputmode="numeric"` : '';
    control = html`<input type="${type}" ${common} ${extra} value="${value}" />`;
  }
  return html`<div class="${cls}">
    <label class="utrecht-form-label" for="${id}">${spec.label}${optional}</label>
    ${hint} ${errorLines(id, messages)} ${control}
  </div>`;
}

export function groups(list: readonly FieldGroup[], state: FormState): Html {
  return html`${list.map((g) => {
    const inner = html`${g.hint ? html`<p class="hint">${g.hint}</p>` : ''}${g.fields.map((f) => field(f, state))}`;
    if (!g.legend) return inner;
    const marker = g.optional ? html` <span class="optioneel">(niet verplicht)</span>` : '';
    if (g.collapsible) {
      const open = g.fields.some(
        (f) =>
          state.errors.has(f.name) || (state.values[f.name] && state.values[f.name] !== (f.initial ?? '')),
      );
      return html`<details class="groep groep--vouw" ${open ? html`open` : ''}>
        <summary>${g.legend}${marker}</summary>
        <fieldset>
          <legend class="vh">${g.legend}</legend>
          ${inner}
        </fieldset>
      </details>`;
    }
    return html`<fieldset class="groep">
      <legend>${g.legend}${marker}</legend>
      ${inner}
    </fieldset>`;
  })}`;
}

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

/**
 * Fields of one of several forms on a page: ids become `f-<scope>--<field>` so no two forms share an id.
 */
export function scopedFields(scope: string, fields: readonly FieldSpec[], state: FormState): Html {
  const markup = fields.map((f) => field(f, state).value).join('');
  return raw(
    markup.replace(/ (id|for|aria-describedby)="([^"]*)"/g, (_m, attr: string, value: string) => {
      const ids = value
        .split(' ')
        .map((v) => (v.startsWith('f-') ? `f-${scope}--${v.slice(2)}` : v))
        .join(' ');
      return ` ${attr}="${ids}"`;
    }),
  );
}

/** The error summary of a scoped form links to the scoped ids. */
export function scopeSummary(scope: string, state: FormState): FormState {
  const original = state.summary.bind(state);
  state.summary = () =>
    original().map((i) => (i.href ? { ...i, href: i.href.replace(/^#f-/, `#f-${scope}--`) } : i));
  return state;
}
