import type { Figure } from '../domain/management/figure';
import { caseReferenceOfCaseId } from '../workflows/case/ids';
import { datum } from './format';
import { html, type Html } from './html';

/**
 * The management view's figures as server-rendered, accessible charts: each an SVG (role img, a title and a
 * description; an image holds no links, so axe's nested-interactive holds) with the same data as a table beside it,
 * every number in the table linked to the cases behind it (a list per bar, each case linked to its case page), and
 * a link under every chart to all of its cases.
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

/** Counted figures (unit "zaken") link the count itself; the others get a column with the cases. */
function table(f: Figure): Html {
  const counted = f.unit === 'zaken';
  const casesLink = (b: Figure['bars'][number], i: number) =>
    html`<a href="#${f.id}-zaken-${i}"
      >${count(b.caseIds.length)}<span class="vh"> achter ‘${b.label}’</span></a
    >`;
  return html`<div class="tabelvak">
    <table class="utrecht-table tabel">
      <caption class="utrecht-table__caption">
        ${f.title} (tabel)
      </caption>
      <thead class="utrecht-table__header">
        <tr class="utrecht-table__row">
          <th scope="col" class="utrecht-table__header-cell">
            ${GROUP_HEADS[f.id] ?? 'Duur'}
          </th>
          ${counted ? '' : html`<th scope="col" class="utrecht-table__header-cell getal">${capital(f.unit)}</th>`}
          <th scope="col" class="utrecht-table__header-cell getal">Zaken</th>
        </tr>
      </thead>
      <tbody class="utrecht-table__body">
        ${f.bars.map(
          (b, i) =>
            html`<tr class="utrecht-table__row">
              <th scope="row" class="utrecht-table__header-cell">${capital(b.label)}</th>
              ${counted ? '' : html`<td class="utrecht-table__cell getal">${b.value}</td>`}
              <td class="utrecht-table__cell getal">${casesLink(b, i)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** What the rows of a figure's table are; the histograms of durations get 'Duur'. */
const GROUP_HEADS: Record<string, string> = {
  'gesprek-termijn': 'Termijn',
  'beschikking-termijn': 'Termijn',
  uitkomsten: 'Uitkomst',
  'open-zaken': 'Fase',
  'schuldeisers-laat': 'Schuldeiser',
};

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function caseLists(f: Figure, caseHref: (caseId: string) => string): Html {
  return html`<div id="${f.id}-zaken" class="figuur__zaken">
    ${f.bars.map(
      (b, i) =>
        html`<details id="${f.id}-zaken-${i}">
          <summary>${b.label}: ${count(b.caseIds.length)}</summary>
          ${
            b.caseIds.length
              ? html`<ul>
                  ${b.caseIds.map(
                    (id) => html`<li><a href="${caseHref(id)}">Zaak ${caseReferenceOfCaseId(id)}</a></li>`,
                  )}
                </ul>`
              : html`<p>Geen zaken.</p>`
          }
        </details>`,
    )}
  </div>`;
}

const count = (n: number) => `${n} ${n === 1 ? 'zaak' : 'zaken'}`;
const casesOf = (f: Figure) => new Set(f.bars.flatMap((b) => b.caseIds)).size;

export function managementFigures(
  figures: readonly Figure[],
  caseHref = (id: string) => `/console/zaken/${encodeURIComponent(id)}`,
): Html {
  return html`${figures.map(
    (f) =>
      html`<section class="figuur" id="${f.id}" aria-labelledby="${f.id}-kop">
        <h2 id="${f.id}-kop">${f.title}</h2>
        <p>${f.summary}</p>
        <div class="figuur__inhoud">
          <div>
            ${chart(f)}
            <p><a href="#${f.id}-zaken">De ${count(casesOf(f))} achter deze grafiek</a></p>
          </div>
          ${table(f)}
        </div>
        <h3>De zaken achter deze cijfers</h3>
        ${caseLists(f, caseHref)}
      </section>`,
  )}`;
}

/** The page body (inside the layout's main): heading with gemeente and period, the period picker, every figure. */
export function managementBody(o: {
  gemeente: string;
  from: string;
  to: string;
  figures: readonly Figure[];
  picker?: Html;
}): Html {
  return html`<h1>Cijfers schuldhulpverlening ${o.gemeente}</h1>
    <p>Periode ${datum(o.from)} tot en met ${datum(o.to)}, berekend uit de rapportage-opslag.</p>
    ${o.picker ?? ''} ${managementFigures(o.figures)}`;
}
