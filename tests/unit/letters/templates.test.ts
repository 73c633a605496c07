import { formatDutchDate, isCivilDate } from '../../../domain/civil-date';
import type { CivilDate } from '../../../domain/civil-date';
import { formatEuro } from '../../../domain/money';
import { composeLetter } from '../../../activities/letters/compose';
import type { ComposeOptions } from '../../../activities/letters/compose';
import {
  exampleCaseReference,
  exampleLetterInput,
  exampleLetterhead,
  examplePortalUrl,
} from '../../../activities/letters/examples';
import { kenmerk } from '../../../domain/letter-id';
import { loadLetterhead } from '../../../activities/letters/letterhead';
import { LETTER_KINDS, letterRegistry } from '../../../activities/letters/registry';
import type { LetterKind } from '../../../activities/letters/registry';
import { LetterInputError } from '../../../activities/letters/schemas';
import type { PdfText } from './pdf-text';
import { pdfTexts } from './pdf-text';

const CODE = 'K7QF-3MZP-W8HD-2RXT';
const options: ComposeOptions = {
  letterhead: loadLetterhead(exampleLetterhead),
  portalUrl: examplePortalUrl,
  accessCodeFor: () => CODE,
};

/** Every cents amount, basis-point percentage and civil date in the example data, as the letter prints them. */
function expectedStrings(data: unknown): { amounts: string[]; dates: string[] } {
  const amounts: string[] = [];
  const dates: string[] = [];
  const walk = (value: unknown, key: string) => {
    if (Array.isArray(value)) value.forEach((v) => walk(v, key));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
    else if (typeof value === 'number' && key.endsWith('Cents')) amounts.push(formatEuro(value));
    else if (typeof value === 'number' && key.endsWith('BasisPoints'))
      amounts.push(`${Math.floor(value / 100)},${String(value % 100).padStart(2, '0')}%`);
    else if (typeof value === 'string' && isCivilDate(value)) dates.push(formatDutchDate(value as CivilDate));
  };
  walk(data, '');
  return { amounts, dates };
}

const rendered = new Map<LetterKind, { pdf: Buffer; pages: number; extracted: PdfText }>();

beforeAll(async () => {
  const letters = await Promise.all(
    LETTER_KINDS.map((kind) => composeLetter(exampleLetterInput(kind), options)),
  );
  const texts = await pdfTexts(letters.map((l) => l.pdf));
  LETTER_KINDS.forEach((kind, i) => {
    const letter = letters[i]!;
    rendered.set(kind, { pdf: letter.pdf, pages: letter.pages, extracted: texts[i]! });
  });
});

describe.each(LETTER_KINDS.map((kind) => [kind]))('letter %s', (kind: LetterKind) => {
  const input = exampleLetterInput(kind);
  const definition = letterRegistry[kind];
  let text = '';
  let pages = 0;
  let pdf: Buffer;

  beforeAll(() => {
    const letter = rendered.get(kind)!;
    pdf = letter.pdf;
    ({ text, pages } = letter.extracted);
    expect(letter.pages).toBe(pages);
  });

  it('carries kenmerk, Dutch date, sender, recipient, contact person and page numbers', () => {
    expect(text).toContain(kenmerk(exampleCaseReference, input.letterId));
    expect(text).toContain('Datum 23 november 2026');
    expect(text).toContain('Gemeente Voorbeeldstad');
    expect(text).toContain(input.recipient.name);
    expect(text).toContain(input.recipient.address.line);
    expect(text).toContain('Sanne Öztürk-Bakker');
    expect(text).toContain(`pagina 1 van ${pages}`);
    expect(text).toContain(`pagina ${pages} van ${pages}`);
  });

  it('prints every amount and date of its data (amounts as € 1.234,56)', () => {
    const { amounts, dates } = expectedStrings(input.data);
    for (const amount of amounts) expect(text).toContain(amount);
    for (const date of dates) expect(text).toContain(date);
  });

  it('names the legal basis of its deadlines', () => {
    const data = input.data as Record<string, unknown>;
    if ('answerBefore' in data) expect(text).toContain('procesafspraken van het Schuldenknooppunt');
    if ('bezwaarBefore' in data) {
      expect(text).toContain('artikel 6:7 Algemene wet bestuursrecht');
      expect(text).toContain('zes weken');
      // Awb art. 6:9 lid 2: posted in time counts when it arrives within a week (issue 12 §3.4).
      expect(text).toContain('6:9 lid 2 Awb');
    }
  });

  it(definition.asksForAnswer ? 'prints the portal address and access code' : 'prints no access code', () => {
    if (definition.asksForAnswer) {
      expect(text).toContain(examplePortalUrl);
      expect(text).toContain(CODE);
    } else {
      expect(text).not.toContain(CODE);
    }
  });

  it('renders the same bytes for the same input', async () => {
    const again = await composeLetter(input, options);
    expect(again.pdf.equals(pdf)).toBe(true);
  });
});

describe('kind-specific content', () => {
  const textOf = async (kind: LetterKind) => rendered.get(kind)!.extracted.text;

  it('kennisgeving asks for the collection pause with its term and basis', async () => {
    const text = await textOf('kennisgeving');
    expect(text).toContain('4 maanden');
    expect(text).toContain('NVVK-convenant');
    expect(text).toContain('23 maart 2027');
  });

  it('betaalvoorstel shows claim, offer, percentage, form and looptijd', async () => {
    const text = await textOf('betaalvoorstel');
    expect(text).toContain('Uw vordering € 3.482,19');
    expect(text).toContain('Aanbod aan u € 810,47');
    expect(text).toContain('23,27%');
    expect(text).toContain('Saneringskrediet via Kredietbank Voorbeeldregio');
    expect(text).toContain('18 maanden');
    expect(text).toContain('artikel 287a Faillissementswet');
  });

  it('uitnodiging names the urgent statutory term', async () => {
    expect(await textOf('uitnodiging-eerste-gesprek')).toContain(
      'artikel 4, tweede lid, Wet gemeentelijke schuldhulpverlening',
    );
  });

  it('beschikkingen are signed on behalf of the college and name their legal basis', async () => {
    const toelating = await textOf('beschikking-toelating');
    expect(toelating).toContain('namens het college van burgemeester en wethouders van Voorbeeldstad');
    expect(toelating).toContain('Plan van aanpak');
    expect(toelating).toContain('beslagvrije voet');
    expect(await textOf('beschikking-afwijzing')).toContain(
      'artikel 3, tweede lid, Wet gemeentelijke schuldhulpverlening',
    );
    expect(await textOf('beeindigingsbeschikking')).toContain('artikel 4a, zesde lid');
  });

  it('renders ë, é, ü, Ö and € as text (WinAnsi Helvetica)', async () => {
    const text = await textOf('beeindigingsbeschikking');
    expect(text).toContain('beëindigen');
    expect(text).toContain('Kühn-Émile');
    const proposal = await textOf('betaalvoorstel');
    expect(proposal).toContain('één keer');
    expect(proposal).toContain('€ ');
  });

  it('prints the logo when the letterhead has one', async () => {
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    );
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const file = `${mkdtempSync(`${tmpdir()}/logo-`)}/logo.png`;
    writeFileSync(file, png);
    const withLogo = await composeLetter(exampleLetterInput('einde-pauze'), {
      ...options,
      letterhead: loadLetterhead({ ...exampleLetterhead, logoPath: file }),
    });
    expect(withLogo.pdf.toString('latin1')).toContain('/Subtype /Image');
  });
});

describe('bad input is rejected with the field named (in Dutch)', () => {
  const attempt = async (mutate: (input: Record<string, unknown>) => void): Promise<LetterInputError> => {
    const input = structuredClone(exampleLetterInput('betaalvoorstel')) as unknown as Record<string, unknown>;
    mutate(input);
    try {
      await composeLetter(input, options);
    } catch (error) {
      expect(error).toBeInstanceOf(LetterInputError);
      return error as LetterInputError;
    }
    throw new Error('expected a LetterInputError');
  };
  const data = (input: Record<string, unknown>) => input.data as Record<string, unknown>;

  it('missing field', async () => {
    const error = await attempt((i) => delete data(i).answerBefore);
    expect(error.message).toContain("veld 'data.answerBefore' ontbreekt");
    expect(error.fields).toEqual(['data.answerBefore']);
  });

  it('money that is not whole cents', async () => {
    const error = await attempt((i) => (data(i).claimCents = 3482.19));
    expect(error.message).toContain("veld 'data.claimCents' moet een geheel aantal centen zijn");
  });

  it('impossible date', async () => {
    const error = await attempt((i) => (data(i).answerBefore = '2026-02-30'));
    expect(error.message).toContain("veld 'data.answerBefore' geen geldige datum");
  });

  it('nested field', async () => {
    const error = await attempt((i) => ((data(i).debtor as Record<string, unknown>).birthDate = undefined));
    expect(error.message).toContain("veld 'data.debtor.birthDate' ontbreekt");
  });

  it('cross-field rule', async () => {
    const error = await attempt((i) => delete data(i).kredietbank);
    expect(error.message).toContain("veld 'data.kredietbank' ontbreekt (verplicht bij een saneringskrediet)");
    const higher = await attempt((i) => (data(i).offerCents = 999_999_99));
    expect(higher.message).toContain("veld 'data.offerCents' mag niet hoger zijn dan de vordering");
  });

  it('wrong recipient type for the kind', async () => {
    const error = await attempt((i) => (i.recipient = exampleLetterInput('beschikking-toelating').recipient));
    expect(error.message).toContain("veld 'recipient.type' moet 'creditor' zijn");
  });

  it('unknown kind, bad postcode and bad letter id', async () => {
    expect((await attempt((i) => (i.kind = 'aanmaning'))).message).toContain(
      "veld 'kind' moet een van deze waarden zijn",
    );
    expect(
      (await attempt((i) => ((i.recipient as { address: { postcode: string } }).address.postcode = '123')))
        .message,
    ).toContain("veld 'recipient.address.postcode' postcode als 1234 AB");
    expect((await attempt((i) => (i.letterId = '../etc/passwd'))).fields).toContain('letterId');
  });
});
