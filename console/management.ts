import type { Figure } from '../domain/management/figures';
import { html, type Html } from './html';

/**
 * The management view's figures as server-rendered, accessible charts: each an SVG (role img, a title and a
 * description; an image holds no links, so axe's nested-interactive holds) with the same data as a table beside it,
 * every number in the table linked to the cases behind it (a list per bar, each case linked to its case page).
 */
const WIDTH = 640;
const LABEL = 170;
const BAR = 26;
const GAP = 10;

function chart(f: Figure): Html {
  const max = Math.max(1, ...f.bars.map((b) => b.value));
  const height = f.bars.length * (BAR + GAP) + GAP;
  const scale = (WIDTH - LABEL - 60) / max;
  return html`<svg
    class="grafiek"
    role="img"
    viewBox="0 0 ${WIDTH} ${height}"
    width="${WIDTH}"
    height="${height}"
    aria-labelledby="${f.id}-titel ${f.id}-uitleg"
  >
    <title id="${f.id}-titel">${f.title}</title>
    <desc id="${f.id}-uitleg">${f.summary}</desc>
    ${f.bars.map((b, i) => {
      const y = GAP + i * (BAR + GAP);
      const w = Math.max(2, Math.round(b.value * scale));
      return html`<g>
        <text x="${LABEL - 8}" y="${y + BAR / 2 + 5}" text-anchor="end" fill="#1a1a1a" font-size="14"
          >${b.label}</text
        >
        <rect x="${LABEL}" y="${y}" width="${w}" height="${BAR}" fill="#154273"></rect>
        <text x="${LABEL + w + 6}" y="${y + BAR / 2 + 5}" fill="#1a1a1a" font-size="14">${b.value}</text>
      </g>`;
    })}
  </svg>`;
}

function table(f: Figure): Html {
  return html`<table class="tabel">
    <caption>
      ${f.title} (tabel)
    </caption>
    <thead>
      <tr>
        <th scope="col">${f.id === 'schuldeisers-laat' ? 'Schuldeiser' : 'Groep'}</th>
        <th scope="col">${f.unit}</th>
      </tr>
    </thead>
    <tbody>
      ${f.bars.map(
        (b, i) =>
          html`<tr>
            <th scope="row">${b.label}</th>
            <td><a href="#${f.id}-zaken-${i}">${b.value}</a></td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

function caseLists(f: Figure, caseHref: (caseId: string) => string): Html {
  return html`${f.bars.map(
    (b, i) =>
      html`<details id="${f.id}-zaken-${i}">
        <summary>${b.label}: ${b.caseIds.length} ${b.caseIds.length === 1 ? 'zaak' : 'zaken'}</summary>
        ${
          b.caseIds.length
            ? html`<ul>
                ${b.caseIds.map((id) => html`<li><a href="${caseHref(id)}">${id}</a></li>`)}
              </ul>`
            : html`<p>Geen zaken.</p>`
        }
      </details>`,
  )}`;
}

export function managementFigures(
  figures: readonly Figure[],
  caseHref = (id: string) => `/console/zaken/${encodeURIComponent(id)}`,
): Html {
  return html`${figures.map(
    (f) =>
      html`<section class="figuur" aria-labelledby="${f.id}-kop">
        <h2 id="${f.id}-kop">${f.title}</h2>
        <p>${f.summary}</p>
        ${chart(f)} ${table(f)}
        <h3>De zaken achter deze cijfers</h3>
        ${caseLists(f, caseHref)}
      </section>`,
  )}`;
}

/** The page body (inside the layout's main): heading with gemeente and period, then every figure. */
export function managementBody(o: {
  gemeente: string;
  from: string;
  to: string;
  figures: readonly Figure[];
}): Html {
  return html`<h1>Cijfers schuldhulpverlening ${o.gemeente}</h1>
    <p>Periode ${o.from} tot en met ${o.to}, berekend uit de rapportage-opslag.</p>
    ${managementFigures(o.figures)}`;
}
