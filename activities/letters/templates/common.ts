import { z } from 'zod';
import type { CivilDate } from '../../../domain/civil-date';
import { formatDutchDate } from '../../../domain/civil-date';
import type { Cents } from '../../../domain/money';
import { formatEuro } from '../../../domain/money';
import type { Block, LetterContent, Run, TableRow } from '../engine';
import type { LoadedLetterhead } from '../letterhead';
import type { ContactPerson, Debtor, Recipient, RecipientType } from '../schemas';
import { civilDateField } from '../schemas';

/** What every template gets besides its own data. */
export interface TemplateContext {
  letterhead: LoadedLetterhead;
  date: CivilDate;
  caseReference: string;
  /** As printed under "Ons kenmerk". */
  kenmerk: string;
  contact: ContactPerson;
  /** Set exactly when the letter asks a creditor for an answer: the portal and this creditor's code. */
  access?: { portalUrl: string; code: string };
}

export interface LetterDefinition<S extends z.ZodType = z.ZodType, R extends Recipient = Recipient> {
  /** Dutch name, for listings: "Kennisgeving". */
  title: string;
  recipientType: R['type'];
  /** Creditor letters that ask for an answer carry the portal address and access code. */
  asksForAnswer: boolean;
  schema: S;
  render(ctx: TemplateContext, recipient: R, data: z.output<S>): LetterContent;
}

type RecipientOf<T extends RecipientType> = Extract<Recipient, { type: T }>;

export function defineLetter<T extends RecipientType, S extends z.ZodType>(
  definition: LetterDefinition<S, RecipientOf<T>> & { recipientType: T },
): LetterDefinition<S, RecipientOf<T>> & { recipientType: T } {
  return definition;
}

// ---- text helpers -------------------------------------------------------------------------------

export const b = (bold: string): Run => ({ bold });
export const p = (...runs: Run[]): Block => ({ type: 'paragraph', runs });
export const h = (text: string): Block => ({ type: 'heading', text });
export const list = (...items: Array<Run[] | string>): Block => ({
  type: 'list',
  items: items.map((item) => (typeof item === 'string' ? [item] : item)),
});
export const table = (...rows: TableRow[]): Block => ({ type: 'table', rows });
export const row = (label: string, value: string): TableRow => ({ label, value });
/** An amount row: right-aligned, optionally the bold total under a rule. */
export const money = (label: string, cents: Cents, total = false): TableRow =>
  total
    ? { label, value: formatEuro(cents), numeric: true, total }
    : { label, value: formatEuro(cents), numeric: true };
export const numeric = (label: string, value: string): TableRow => ({ label, value, numeric: true });
export const deadline = (label: string, date: CivilDate, basis: string): Block => ({
  type: 'deadline',
  label,
  date,
  basis,
});

export const euro = (cents: Cents): string => formatEuro(cents);
export const datum = (date: CivilDate): string => formatDutchDate(date);

/** 2345 basis points → "23,45%". */
export function percentage(basisPoints: number): string {
  const whole = Math.floor(basisPoints / 100);
  const rest = basisPoints % 100;
  return `${whole},${rest.toString().padStart(2, '0')}%`;
}

export const months = (n: number): string => (n === 1 ? '1 maand' : `${n} maanden`);

// ---- shared fields and blocks -------------------------------------------------------------------

/** Answer term for creditors: the date (computed by domain/ terms) and its length in werkdagen. */
export const answerFields = {
  answerBefore: civilDateField,
  answerTermWorkdays: z.number().int().min(1).max(60).default(10),
};

export const formField = z.enum(['betalingsregeling', 'saneringskrediet']);
export type SettlementForm = z.infer<typeof formField>;

export function formLabel(form: SettlementForm, kredietbank: string | undefined): string {
  return form === 'betalingsregeling'
    ? 'Betalingsregeling'
    : `Saneringskrediet${kredietbank ? ` via ${kredietbank}` : ''}`;
}

export function debtorTable(debtor: Debtor): Block {
  return table(
    row('Naam', debtor.name),
    row('Geboortedatum', datum(debtor.birthDate)),
    row('Adres', `${debtor.address.line}, ${debtor.address.postcode.toUpperCase()} ${debtor.address.city}`),
  );
}

export function answerDeadline(label: string, date: CivilDate, workdays: number): Block {
  return deadline(
    label,
    date,
    `Reactietermijn: ${workdays} werkdagen na de datum van deze brief, volgens de procesafspraken van het Schuldenknooppunt.`,
  );
}

/** Portal address and this creditor's code; a letter that asks for an answer cannot be made without it. */
export function accessBlock(ctx: TemplateContext): Block {
  if (!ctx.access)
    throw new Error('Deze brief vraagt om een reactie maar er is geen toegangscode voor het portaal');
  return { type: 'access', portalUrl: ctx.access.portalUrl, code: ctx.access.code };
}

export function questions(ctx: TemplateContext): Block {
  return p(
    `Heeft u vragen over deze brief? Neem dan contact op met ${ctx.contact.name}. U vindt het telefoonnummer en ` +
      'het e-mailadres rechtsboven in deze brief. Vermeld altijd ons kenmerk.',
  );
}

export function residentSalutation(recipient: { salutation?: string | undefined }): string {
  return recipient.salutation ? withComma(recipient.salutation) : 'Geachte heer, mevrouw,';
}

export const ORGANISATION_SALUTATION = 'Geachte heer, mevrouw,';

function withComma(text: string): string {
  return text.endsWith(',') ? text : `${text},`;
}

/** The bezwaar clause every beschikking carries (Awb art. 6:4, 6:5, 6:7, 6:8 and 8:81). */
export function bezwaarBlocks(ctx: TemplateContext, bezwaarBefore: CivilDate): Block[] {
  const { letterhead } = ctx;
  return [
    h('Bent u het niet eens met dit besluit?'),
    p(
      'Dan kunt u bezwaar maken. Dat doet u binnen zes weken na de dag waarop wij deze brief hebben verstuurd. ',
      'Uw bezwaarschrift moet dus uiterlijk op ',
      b(datum(bezwaarBefore)),
      ' bij ons binnen zijn. Stuurt u het met de post? Dan is het ook op tijd als u het uiterlijk op die dag ',
      'op de post doet en wij het niet later dan een week daarna ontvangen (artikel 6:9 lid 2 Awb).',
    ),
    deadline(
      'Bezwaar maken kan tot en met',
      bezwaarBefore,
      'Bezwaartermijn van zes weken (artikel 6:7 Algemene wet bestuursrecht), gerekend vanaf de dag na verzending (artikel 6:8 Awb).',
    ),
    p(
      `Stuur uw bezwaarschrift naar ${letterhead.college}, ${letterhead.postalAddress.line}, `,
      `${letterhead.postalAddress.postcode.toUpperCase()} ${letterhead.postalAddress.city}. Zet in uw bezwaarschrift:`,
    ),
    list(
      'uw naam en adres;',
      'de datum;',
      `het kenmerk van deze brief (${ctx.kenmerk});`,
      'waarom u het niet eens bent met het besluit;',
      'uw handtekening.',
    ),
    p(
      'Heeft u haast, bijvoorbeeld omdat u anders schade lijdt? Dan kunt u naast het bezwaar de voorzieningenrechter ',
      'van de rechtbank vragen om een voorlopige voorziening (artikel 8:81 Awb). Daarvoor betaalt u griffierecht. ',
      'Wilt u eerst met ons praten over het besluit? Bel dan gerust; dat kan ook terwijl u bezwaar maakt.',
    ),
  ];
}

export function collegeOnBehalf(letterhead: LoadedLetterhead): string {
  return `namens ${letterhead.college},`;
}
