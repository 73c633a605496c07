import { html, type Html } from './html';

/**
 * The one page shell of the officer console, the supervisor view and the creditor portal: NL Design System
 * components (@utrecht/component-library-css) on the Voorbeeld design tokens, with the gemeente's own theme
 * (console/gemeenten.ts). Plain elements inside the content are styled by `utrecht-html`.
 */

export interface NavItem {
  href: string;
  label: string;
  current?: boolean;
  /** A number shown beside the label ("Mijn taken 3"), with its meaning for screen readers. */
  count?: { value: number; label: string };
}

export interface PageOptions {
  title: string;
  /** The audience line in the header: "Medewerker medewerker-001 · Gemeente Voorbeeldstad". */
  who?: string;
  nav?: NavItem[];
  /** Where the sign-out form posts, with its CSRF token. */
  signOut?: { action: string; csrf: string };
  body: Html;
  /** Title prefix "Fout: " when the page shows errors (screen readers hear it first). */
  hasErrors?: boolean;
  portal?: 'console' | 'schuldeisers';
  /** The gemeente whose theme and name the page carries. */
  gemeente?: { code: string; name: string };
}

export const ASSET_BASE = '/console/assets';

export function page(options: PageOptions): string {
  const portal = options.portal === 'schuldeisers';
  const brand = portal ? 'Schuldeisersportaal' : 'Schuldhulp';
  const title = `${options.hasErrors ? 'Fout: ' : ''}${options.title} – ${brand}`;
  const theme = options.gemeente ? `gemeente-${options.gemeente.code}` : '';
  const doc = html`<!doctype html>
    <html lang="nl" class="utrecht-root">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title}</title>
        <link rel="icon" href="data:," />
        <link rel="stylesheet" href="${ASSET_BASE}/nlds/index.css" />
        <link rel="stylesheet" href="${ASSET_BASE}/nlds/html.css" />
        <link rel="stylesheet" href="${ASSET_BASE}/tokens/theme.css" />
        ${options.gemeente ? html`<link rel="stylesheet" href="${ASSET_BASE}/thema/${options.gemeente.code}.css" />` : ''}
        <link rel="stylesheet" href="${ASSET_BASE}/console.css" />
        <script src="${ASSET_BASE}/console.js" defer></script>
      </head>
      <body class="utrecht-body utrecht-document voorbeeld-theme ${theme}">
        <a class="utrecht-skip-link utrecht-skip-link--visible-on-focus skiplink" href="#inhoud"
          >Naar de inhoud</a
        >
        <div class="utrecht-page-layout">
          <header class="utrecht-page-header kop">
            <div class="utrecht-page-header__content kop__binnen">
              <p class="kop__merk">
                <span class="kop__naam">${options.gemeente?.name ?? brand}</span>
                <span class="kop__sub"
                  >${portal ? 'Schuldeisersportaal schuldhulpverlening' : 'Werkomgeving schuldhulpverlening'}</span
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
                              <button type="submit" class="utrecht-button utrecht-button--subtle">
                                Afmelden
                              </button>
                            </form>`
                          : ''
                      }
                    </div>`
                  : ''
              }
            </div>
            ${
              options.nav?.length
                ? html`<nav class="utrecht-nav-bar menu" aria-label="Hoofdmenu">
                    <div class="utrecht-nav-bar__content">
                      <ul class="utrecht-nav-list">
                        ${options.nav.map(
                          (n) =>
                            html`<li class="utrecht-nav-list__item">
                              <a
                                class="utrecht-nav-list__link"
                                href="${n.href}"
                                ${n.current ? html`aria-current="page"` : ''}
                                >${n.label}${
                                  n.count
                                    ? html` <span class="utrecht-number-badge teller"
                                        >${n.count.value}<span class="vh"> ${n.count.label}</span></span
                                      >`
                                    : ''
                                }</a
                              >
                            </li>`,
                        )}
                      </ul>
                    </div>
                  </nav>`
                : ''
            }
          </header>
          <main id="inhoud" class="utrecht-page-content utrecht-html inhoud" tabindex="-1">
            ${options.body}
          </main>
          <footer class="utrecht-page-footer voet">
            <p>
              ${options.gemeente?.name ? `${options.gemeente.name} · ` : ''}Schuldhulpverlening · Wet
              gemeentelijke schuldhulpverlening
            </p>
          </footer>
        </div>
      </body>
    </html>`;
  return doc.value;
}

/** GOV.UK-style error summary: a heading and a link per error to the field it names. */
export function errorSummary(items: readonly { href?: string; text: string }[], heading?: string): Html {
  if (items.length === 0) return html``;
  return html`<div
    class="utrecht-alert utrecht-alert--error foutoverzicht"
    role="alert"
    tabindex="-1"
    aria-labelledby="foutoverzicht-titel"
  >
    <div class="utrecht-alert__content">
      <h2 id="foutoverzicht-titel">${heading ?? 'Er is iets niet goed ingevuld'}</h2>
      <ul>
        ${items.map((i) => html`<li>${i.href ? html`<a href="${i.href}">${i.text}</a>` : i.text}</li>`)}
      </ul>
    </div>
  </div>`;
}

export function notice(text: string | undefined, tone: 'ok' | 'info' = 'ok'): Html {
  if (!text) return html``;
  return html`<div class="utrecht-alert utrecht-alert--${tone} melding melding--${tone}" role="status">
    <div class="utrecht-alert__content"><p class="utrecht-alert__message">${text}</p></div>
  </div>`;
}

const BADGE_TONES: Record<string, string> = {
  ok: 'success',
  info: 'active',
  warn: 'warning',
  alarm: 'danger',
  neutral: 'neutral',
};

export function badge(text: string, tone: string): Html {
  return html`<span
    class="utrecht-status-badge utrecht-status-badge--${BADGE_TONES[tone] ?? 'neutral'} label label--${tone}"
    >${text}</span
  >`;
}

export function csrfField(csrf: string): Html {
  return html`<input type="hidden" name="csrf" value="${csrf}" />`;
}
