import { scopedFields } from './form-render';
import { FormState, type FieldSpec } from './forms';
import { html, type Html } from './html';
import { csrfField } from './layout';

/**
 * One folding form on a staff page (an officer action, or a creditor's answer typed in from paper): open, with
 * its errors or the reason it was refused, after a failed post.
 */
export function panelForm(o: {
  panel: { key: string; title: string; intro?: string; submit: string };
  /** Where the form posts. */
  action: string;
  fields: FieldSpec[];
  failed: { state: FormState; rejection?: string } | undefined;
  csrf: string;
  /** Shown unfolded (the next step). */
  open?: boolean;
}): Html {
  const { panel, failed } = o;
  const state = failed?.state ?? new FormState({}, o.fields);
  return html`<details class="actie" id="actie-${panel.key}" ${failed || o.open ? html`open` : ''}>
    <summary>${panel.title}</summary>
    <div class="actie__inhoud">
      ${panel.intro ? html`<p class="hint">${panel.intro}</p>` : ''}
      ${
        failed?.rejection
          ? html`<div class="weigering" role="alert">
              <p><strong>Geweigerd:</strong> ${failed.rejection}</p>
            </div>`
          : ''
      }
      <form method="post" action="${o.action}" novalidate>
        ${csrfField(o.csrf)} ${scopedFields(panel.key, o.fields, state)}
        <button type="submit" class="utrecht-button utrecht-button--primary-action knop">
          ${panel.submit}
        </button>
      </form>
    </div>
  </details>`;
}
