import { html, idOf, raw, type Html } from './html';
import type { FieldGroup, FieldSpec, FormState } from './forms';

/**
 * Rendering the fields of a form declared as data (console/forms.ts): label, hint, errors linked by
 * aria-describedby, the control; groups as fieldsets (folded when optional); fields of one of several forms on a page.
 */

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
      <label class="utrecht-form-label utrecht-form-label--checkbox" for="${id}"
        >${spec.label}${optional}</label
      >
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
  const common = html`id="${id}" name="${spec.name}"
  class="${controlClass}${invalid ? ` ${controlClass.split(' ')[0]}--invalid` : ''} invoer invoer--${width}"
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
