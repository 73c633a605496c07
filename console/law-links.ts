import { html, type Html } from './html';

/**
 * The legal source of a term as links to the article on wetten.overheid.nl, in the Juriconnect form
 * (https://wetten.overheid.nl/jci1.3:c:BWBR0031331&artikel=4a): the BWB id of the law and the article.
 * "Wgs art. 4 lid 1; Atw" → a link to Wgs article 4 and one to Atw article 1. Practice norms (NVVK,
 * Schuldenknooppunt) have no article and stay text.
 */

export const LAWS: Record<string, { bwb: string; name: string; defaultArticle?: string }> = {
  Wgs: { bwb: 'BWBR0031331', name: 'Wet gemeentelijke schuldhulpverlening' },
  Atw: { bwb: 'BWBR0002448', name: 'Algemene termijnenwet', defaultArticle: '1' },
  Awb: { bwb: 'BWBR0005537', name: 'Algemene wet bestuursrecht' },
  Fw: { bwb: 'BWBR0001860', name: 'Faillissementswet' },
};

export const lawUrl = (bwb: string, article: string): string =>
  `https://wetten.overheid.nl/jci1.3:c:${bwb}&artikel=${article}`;

const REFERENCE = /\b(Wgs|Atw|Awb|Fw)\b(?:\s+art\.\s+([0-9]+[a-z]?(?::[0-9]+[a-z]?)?))?/g;

export interface SourcePart {
  text: string;
  href?: string;
  /** For screen readers: the law's full name. */
  title?: string;
}

export function sourceParts(source: string): SourcePart[] {
  const parts: SourcePart[] = [];
  let last = 0;
  for (const match of source.matchAll(REFERENCE)) {
    const law = LAWS[match[1]!]!;
    const article = match[2] ?? law.defaultArticle;
    if (!article) continue;
    if (match.index > last) parts.push({ text: source.slice(last, match.index) });
    parts.push({ text: match[0], href: lawUrl(law.bwb, article), title: `${law.name}, artikel ${article}` });
    last = match.index + match[0].length;
  }
  if (last < source.length) parts.push({ text: source.slice(last) });
  return parts;
}

export function sourceLinks(source: string): Html {
  return html`${sourceParts(source).map((p) =>
    p.href
      ? html`<a href="${p.href}" rel="external"
          >${p.text}<span class="vh"> (${p.title}, op wetten.overheid.nl)</span></a
        >`
      : p.text,
  )}`;
}
