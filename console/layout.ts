import { html, type Html } from './html';

/** The page shell, shared by the officer console, the supervisor view and the creditor portal. */

export interface NavItem {
  href: string;
  label: string;
  current?: boolean;
}

export interface PageOptions {
  title: string;
  /** The audience line in the header: "Medewerker medewerker-001 · GM0599". */
  who?: string;
  nav?: NavItem[];
  /** Where the sign-out form posts, with its CSRF token. */
  signOut?: { action: string; csrf: string };
  body: Html;
  /** Title prefix "Fout: " when the page shows errors (screen readers hear it first). */
  hasErrors?: boolean;
  portal?: 'console' | 'schuldeisers';
}

export const ASSET_BASE = '/console/assets';

export function page(options: PageOptions): string {
  const title = `${options.hasErrors ? 'Fout: ' : ''}${options.title} – ${
    options.portal === 'schuldeisers' ? 'Schuldeisersportaal' : 'Schuldhulp'
  }`;
  const doc = html`<!doctype html>
    <html lang="nl">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title}</title>
        <link rel="icon" href="data:," />
        <link rel="stylesheet" href="${ASSET_BASE}/console.css" />
        <script src="${ASSET_BASE}/console.js" defer></script>
      </head>
      <body>
        <a class="skiplink" href="#inhoud">Naar de inhoud</a>
        <header class="kop">
          <div class="kop__binnen">
            <p class="kop__merk">
              ${options.portal === 'schuldeisers' ? 'Schuldeisersportaal' : 'Schuldhulp'}<span
                class="kop__sub"
                >${
                  options.portal === 'schuldeisers'
                    ? 'schuldhulpverlening gemeente'
                    : 'werkomgeving schuldhulpverlening'
                }</span
              >
            </p>
            ${
              options.who || options.signOut
                ? html`<div class="kop__wie">
                    ${options.who ? html`<span>${options.who}</span>` : ''}
                    ${
                      options.signOut
                        ? html`<form method="post" action="${options.signOut.action}" class="inline">
                            <input type="hidden" name="csrf" value="${options.signOut.csrf}" />
                            <button type="submit" class="knop knop--link">Afmelden</button>
                          </form>`
                        : ''
                    }
                  </div>`
                : ''
            }
          </div>
          ${
            options.nav?.length
              ? html`<nav class="menu" aria-label="Hoofdmenu">
                  <ul>
                    ${options.nav.map(
                      (n) =>
                        html`<li>
                          <a href="${n.href}" ${n.current ? html`aria-current="page"` : ''}>${n.label}</a>
                        </li>`,
                    )}
                  </ul>
                </nav>`
              : ''
          }
        </header>
        <main id="inhoud" class="inhoud" tabindex="-1">${options.body}</main>
        <footer class="voet"><p>Schuldhulpverlening · Wet gemeentelijke schuldhulpverlening</p></footer>
      </body>
    </html>`;
  return doc.value;
}

/** GOV.UK-style error summary: a heading and a link per error to the field it names. */
export function errorSummary(items: readonly { href?: string; text: string }[], heading?: string): Html {
  if (items.length === 0) return html``;
  return html`<div class="foutoverzicht" role="alert" tabindex="-1" aria-labelledby="foutoverzicht-titel">
    <h2 id="foutoverzicht-titel">${heading ?? 'Er is iets niet goed ingevuld'}</h2>
    <ul>
      ${items.map((i) => html`<li>${i.href ? html`<a href="${i.href}">${i.text}</a>` : i.text}</li>`)}
    </ul>
  </div>`;
}

export function notice(text: string | undefined, tone: 'ok' | 'info' = 'ok'): Html {
  if (!text) return html``;
  return html`<div class="melding melding--${tone}" role="status"><p>${text}</p></div>`;
}

export function badge(text: string, tone: string): Html {
  return html`<span class="label label--${tone}">${text}</span>`;
}

export function csrfField(csrf: string): Html {
  return html`<input type="hidden" name="csrf" value="${csrf}" />`;
}
