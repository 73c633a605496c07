import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { deflateSync } from 'node:zlib';
import { composeLetter } from '../../../activities/letters/compose';
import { loadLetterhead } from '../../../activities/letters/letterhead';
import { LETTER_KINDS, letterRegistry } from '../../../activities/letters/registry';
import type { LetterKind } from '../../../activities/letters/registry';
import { kenmerk } from '../../../domain/letter-id';
import {
  CASE_REFERENCE,
  configuredDirectory,
  configuredInput,
  configuredOptions,
} from '../../../activities/letters/example-gemeente';
import type { PdfText } from './pdf-text';
import { pdfTexts } from './pdf-text';
import type { Verdict } from './verapdf';
import { validatePdfs } from './verapdf';

/**
 * Every letter kind as the configured gemeente (deploy/gemeenten.json, GM0599) sends it: checked by veraPDF
 * against PDF/A-2a and PDF/UA-1, and by its extracted text for gemeente, signatory, salutation and one-line values.
 */
const directory = configuredDirectory();
const options = configuredOptions(directory);
const BESCHIKKINGEN: LetterKind[] = [
  'beschikking-toelating',
  'beschikking-afwijzing',
  'beeindigingsbeschikking',
];

const letters = new Map<LetterKind, { pdf: Buffer; text: PdfText }>();
let verdicts: Verdict[] = [];
let withLogo: Buffer;

/** A 120×40 RGBA PNG (half-transparent squares): a logo with an alpha channel, as gemeenten have them. */
function logoPng(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (data: Buffer) => {
    let c = 0xffffffff;
    for (const byte of data) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const [w, h] = [120, 40];
  const rows = Array.from({ length: h }, (_, y) =>
    Buffer.from([
      0,
      ...Array.from({ length: w }, (_, x) => [31, 78, 121, (x / 10 + y / 10) % 2 < 1 ? 80 : 255]).flat(),
    ]),
  );
  const header = Buffer.alloc(13);
  header.writeUInt32BE(w, 0);
  header.writeUInt32BE(h, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

beforeAll(async () => {
  const composed = await Promise.all(
    LETTER_KINDS.map((kind) => composeLetter(configuredInput(kind, directory), options)),
  );
  const texts = await pdfTexts(composed.map((c) => c.pdf));
  LETTER_KINDS.forEach((kind, i) => letters.set(kind, { pdf: composed[i]!.pdf, text: texts[i]! }));
  const logoFile = path.join(mkdtempSync(path.join(tmpdir(), 'logo-')), 'logo.png');
  writeFileSync(logoFile, logoPng());
  withLogo = (
    await composeLetter(configuredInput('beschikking-toelating', directory), {
      ...options,
      letterhead: loadLetterhead({ ...options.letterhead, logoPath: logoFile }),
    })
  ).pdf;
  verdicts = await validatePdfs(
    [
      ...LETTER_KINDS.map((kind) => ({ name: kind, pdf: letters.get(kind)!.pdf })),
      { name: 'with-logo', pdf: withLogo },
    ],
    ['2a', 'ua1'],
  );
}, 120_000);

describe.each(LETTER_KINDS.map((kind) => [kind]))('letter %s', (kind: LetterKind) => {
  const input = configuredInput(kind, directory);
  const get = () => letters.get(kind)!;

  it.each([['2a'], ['ua1']])('passes veraPDF profile %s', (profile) => {
    const verdict = verdicts.find((v) => v.name === kind && v.profile === profile);
    expect(verdict).toBeDefined();
    expect(verdict!.failed).toEqual([]);
    expect(verdict!.compliant).toBe(true);
  });

  it('shows the configured gemeente and its portal, never the example or localhost', () => {
    const { text } = get().text;
    expect(text).toContain('Gemeente Rotterdam');
    expect(text).toContain('Postbus 70012');
    expect(text).toContain('3000 KP Rotterdam');
    // (The example data's debtor and kredietbank live in "Voorbeeldstad": only the sender must not.)
    expect(text).not.toMatch(/Gemeente Voorbeeldstad|voorbeeldstad\.example|localhost/);
    if (letterRegistry[kind].asksForAnswer) expect(text).toContain('https://schuldeisers.rotterdam.nl');
  });

  it('is signed by a named official with their function', () => {
    const { text } = get().text;
    if (BESCHIKKINGEN.includes(kind)) {
      expect(text).toContain(
        'Met vriendelijke groet, namens het college van burgemeester en wethouders van Rotterdam, ' +
          'Marloes de Groot Teamleider Schuldhulpverlening',
      );
    } else {
      expect(text).toContain('Met vriendelijke groet, Sanne Öztürk-Bakker Consulent schuldhulpverlening');
    }
  });

  it('greets the resident by aanhef and name, an organisation as "heer, mevrouw"', () => {
    const { text } = get().text;
    if (input.recipient.type === 'resident') {
      expect(text).toContain('De heer J.P. van der Berg Coolsingel 40 B 3011 AD ROTTERDAM');
      expect(text).toContain('Geachte heer Van der Berg,');
    } else {
      expect(text).toContain('Geachte heer, mevrouw,');
    }
  });

  it('keeps the kenmerk and the e-mail address each on one line', () => {
    const { lines } = get().text;
    const reference = kenmerk(CASE_REFERENCE, input.letterId);
    expect(lines).toContain(reference);
    expect(lines).toContain('s.ozturk-bakker@rotterdam.nl');
    // In running text too: the bezwaar clause asks the resident to quote it.
    if (BESCHIKKINGEN.includes(kind)) {
      expect(lines.some((line) => line.includes(`het kenmerk van deze brief (${reference});`))).toBe(true);
    }
  });

  it('declares PDF/A-2a, nl-NL, its title, embedded subset fonts and a structure tree', () => {
    const raw = get().pdf.toString('latin1');
    expect(raw.startsWith('%PDF-1.7')).toBe(true);
    expect(raw).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(raw).toContain('<pdfaid:conformance>A</pdfaid:conformance>');
    expect(raw).toContain('<rdf:li>nl-NL</rdf:li>');
    expect(raw).toContain('/Lang (nl-NL)');
    expect(raw).toContain('/StructTreeRoot');
    expect(raw).toContain('/DisplayDocTitle true');
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+SourceSans3-Regular/);
    expect(raw).not.toContain('/BaseFont /Helvetica');
    // The letter's own date, 23 November 2026, not the moment of rendering.
    expect(raw).toContain('<xmp:CreateDate>2026-11-23T00:00:00Z</xmp:CreateDate>');
    expect(raw).toContain('<xmp:ModifyDate>2026-11-23T00:00:00Z</xmp:ModifyDate>');
  });
});

it.each([['2a'], ['ua1']])(
  'a letterhead with a logo (PNG with alpha) passes veraPDF profile %s',
  (profile) => {
    expect(withLogo.toString('latin1')).toContain('/Subtype /Image');
    const verdict = verdicts.find((v) => v.name === 'with-logo' && v.profile === profile);
    expect(verdict?.failed).toEqual([]);
    expect(verdict?.compliant).toBe(true);
  },
);

describe('PDF/A metadata and idempotency', () => {
  afterEach(() => jest.useRealTimers());

  it('renders the same bytes at another wall-clock time (no clock in the metadata)', async () => {
    const input = configuredInput('beschikking-toelating', directory);
    jest.useFakeTimers({
      now: new Date('2031-07-04T13:37:00Z'),
      doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'],
    });
    const later = await composeLetter(input, options);
    jest.useRealTimers();
    expect(later.pdf.equals(letters.get('beschikking-toelating')!.pdf)).toBe(true);
    expect(later.pdf.toString('latin1')).not.toContain('2031');
  });

  it('renders the same bytes in a fresh process as after every other kind (fonts and word caches are shared)', async () => {
    let fresh: Buffer | undefined;
    await jest.isolateModulesAsync(async () => {
      const compose = await import('../../../activities/letters/compose');
      const example = await import('../../../activities/letters/example-gemeente');
      const own = example.configuredDirectory();
      fresh = (
        await compose.composeLetter(
          example.configuredInput('einde-pauze', own),
          example.configuredOptions(own),
        )
      ).pdf;
    });
    expect(fresh?.equals(letters.get('einde-pauze')!.pdf)).toBe(true);
  });

  it('escapes XML in the metadata title', async () => {
    const { xmpPacket } = await import('../../../activities/letters/pdf-document');
    const xmp = xmpPacket({ title: 'Huur & <kosten>', author: 'Gemeente A&B', date: new Date(0) });
    expect(xmp).toContain('Huur &#38; &#60;kosten&#62;');
    expect(xmp).toContain('Gemeente A&#38;B');
  });
});
