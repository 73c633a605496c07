import { datum } from './format';
import { letterName as letterKind } from './timeline-words';
import { html, type Html } from './html';

/** The letters of a case as a table with a PDF download each, for the case and schuldregeling pages. */

export interface LetterRow {
  letterId: string;
  on: string;
  kind: string;
  recipient: string;
}

export function letterTable(o: {
  headingId: string;
  heading: string;
  caseId: string;
  letters: readonly LetterRow[];
  creditors: readonly { creditorId: string; name?: string }[];
  consoleBase: string;
}): Html {
  const to = (recipient: string) =>
    recipient === 'resident'
      ? 'Inwoner'
      : recipient === 'waarborgfonds'
        ? 'Waarborgfonds'
        : (o.creditors.find((c) => c.creditorId === recipient)?.name ?? recipient);
  return html`<section aria-labelledby="${o.headingId}">
    <h2 id="${o.headingId}">${o.heading}</h2>
    ${
      o.letters.length === 0
        ? html`<p>Nog geen brieven verstuurd.</p>`
        : html`<div class="tabelvak">
            <table class="utrecht-table">
              <thead>
                <tr>
                  <th scope="col">Datum</th>
                  <th scope="col">Brief</th>
                  <th scope="col">Aan</th>
                  <th scope="col">Downloaden</th>
                </tr>
              </thead>
              <tbody>
                ${o.letters.map(
                  (l) =>
                    html`<tr>
                      <td>${datum(l.on)}</td>
                      <td>${letterKind(l.kind)}</td>
                      <td>${to(l.recipient)}</td>
                      <td>
                        <a
                          href="${o.consoleBase}/zaken/${o.caseId}/brieven/${encodeURIComponent(l.letterId)}"
                          download
                          >PDF<span class="vh">: ${letterKind(l.kind)} aan ${to(l.recipient)}</span></a
                        >
                      </td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
    }
  </section>`;
}
