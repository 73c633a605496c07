import { aanmeldingSchema, claimInputSchema, creditorSchema, residentSchema } from '../domain/records';
import { fieldPath } from '../domain/records/errors';
import { compact, text } from './form-values';
import { type FieldGroup, type FieldSpec, type InvalidParam, type Values } from './forms';
import { bodyOf, formFields, missingLabels, type DerivedField } from './forms/derived';
import { amountMessage, b1Message } from './forms/messages';
import { wordsOf } from './labels';

/**
 * The aanmelding form (new case): the resident and up to three creditors with a claim each, all fields from the
 * domain's zod schemas in the words of labels.ts. Checked with aanmeldingSchema before it is sent, in B1 Dutch.
 */

const BLOCKS = 3;
const FORM = 'aanmelding';

const own = (key: string, today: string, kind?: FieldSpec['kind']): FieldSpec => {
  const w = wordsOf(FORM, key)!;
  return {
    name: key,
    label: w.label,
    hint: w.hint,
    kind: w.kind ?? kind,
    width: w.width,
    options: w.kind === 'select' ? [['', 'Geen'], ...(w.options ?? [])] : w.options,
    initial: w.initial === 'today' ? today : w.initial,
    optional: key === 'aanmelding.source.partnerType' || key === 'aanmelding.crisisSituation',
    ...(w.fix ? { fix: w.fix } : {}),
  };
};

const residentFields = (today: string) => formFields(FORM, residentSchema, { today }, 'aanmelding.resident.');
const creditorFields = (i: number, today: string) =>
  formFields(FORM, creditorSchema, { today }, `aanmelding.creditors[${i}].`, 'aanmelding.creditors[].').map(
    (f) => (f.name.endsWith('.id') ? { ...f, optional: true } : f),
  );
const claimFields = (i: number, today: string) =>
  formFields(
    FORM,
    claimInputSchema,
    { today, omit: ['creditorId', 'preferent'] },
    `aanmelding.creditors[${i}].claim.`,
    'aanmelding.claims[].',
  ).map((f) => (f.leaf.key === 'amount' ? { ...f, optional: true } : f));

export function aanmeldingGroups(today: string, caseNumber: string): FieldGroup[] {
  const resident = residentFields(today);
  const part = (start: string) => resident.filter((f) => f.name.startsWith(`aanmelding.resident.${start}`));
  return [
    {
      legend: 'Zaak',
      fields: [
        { ...own('caseNumber', today), initial: caseNumber },
        own('aanmelding.requestDate', today),
        own('aanmelding.source.kind', today),
        own('aanmelding.source.partnerType', today),
        own('aanmelding.crisisSituation', today),
      ],
    },
    {
      legend: 'Inwoner',
      fields: [...part('bsn'), ...part('name.'), ...part('dateOfBirth')],
    },
    { legend: 'Adres', fields: part('address.') },
    { legend: 'Contact', fields: part('contact.') },
    ...Array.from({ length: BLOCKS }, (_v, i) => ({
      legend: `Schuldeiser ${i + 1}`,
      collapsible: i > 0,
      optional: true,
      hint: 'Vult u hier iets in, dan zijn naam, soort, IBAN en postadres nodig. Schuldeisers kunnen ook later worden toegevoegd.',
      fields: [...creditorFields(i, today), ...claimFields(i, today)],
    })),
  ];
}

/** "Woonstad Rotterdam" → "woonstad-rotterdam": a convenience when the officer leaves the short name empty. */
export function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

export interface Built {
  body: { caseNumber?: string; aanmelding: Record<string, unknown> };
  /** The B1 problems found before the API: at the form's field names. */
  problems: InvalidParam[];
  /** Rewrites an API error name to the form's field name. */
  rename: (name: string) => string;
}

export function aanmeldingBody(values: Values, me: { officerId?: string; gemeenteCode?: string }): Built {
  const local: InvalidParam[] = [];
  const creditors: Record<string, unknown>[] = [];
  const claims: unknown[] = [];
  const creditorBlock: number[] = [];
  const claimBlock: number[] = [];
  for (let i = 0; i < BLOCKS; i++) {
    const fields = [...creditorFields(i, ''), ...claimFields(i, '')];
    const used = fields.some(
      (f) => !f.name.endsWith('convenantMonths') && !f.name.endsWith('.type') && text(values, f.name),
    );
    if (!used) continue;
    const creditor = bodyOf(creditorFields(i, ''), values, local, `aanmelding.creditors[${i}].`) as Record<
      string,
      unknown
    >;
    if (!creditor.id && typeof creditor.name === 'string') creditor.id = slug(creditor.name);
    creditorBlock.push(i);
    creditors.push(creditor);
    const claim = bodyOf(claimFields(i, ''), values, local, `aanmelding.creditors[${i}].claim.`) as Record<
      string,
      unknown
    >;
    if (Object.keys(claim).length) {
      claimBlock.push(i);
      claims.push({ creditorId: creditor.id, ...claim });
    }
  }
  const kind = text(values, 'aanmelding.source.kind');
  const source =
    kind === 'vroegsignalering'
      ? compact({ kind, partnerType: text(values, 'aanmelding.source.partnerType') })
      : kind
        ? { kind }
        : undefined;
  const aanmelding = compact({
    source,
    crisisSituation: text(values, 'aanmelding.crisisSituation'),
    officerId: me.officerId,
    gemeenteCode: me.gemeenteCode,
    requestDate: text(values, 'aanmelding.requestDate'),
    resident: bodyOf(residentFields(''), values, local, 'aanmelding.resident.'),
    creditors,
    claims,
  });
  const rename = (name: string): string =>
    name
      .replace(
        /^aanmelding\.creditors\[(\d+)\]/,
        (_m, n: string) => `aanmelding.creditors[${creditorBlock[Number(n)] ?? n}]`,
      )
      .replace(
        /^aanmelding\.claims\[(\d+)\]\.creditorId/,
        (_m, n: string) => `aanmelding.creditors[${claimBlock[Number(n)] ?? n}].id`,
      )
      .replace(
        /^aanmelding\.claims\[(\d+)\]/,
        (_m, n: string) => `aanmelding.creditors[${claimBlock[Number(n)] ?? n}].claim`,
      );
  const all = allDerived('');
  const problems: InvalidParam[] = local.map((p) => {
    const field = all.find((f) => f.name === p.name);
    return { name: p.name, reason: field ? amountMessage(field) : p.reason };
  });
  const check = aanmeldingSchema.safeParse(aanmelding, { reportInput: true });
  if (!check.success) {
    for (const issue of check.error.issues) {
      const name = rename(`aanmelding.${fieldPath(issue.path)}`);
      if (problems.some((p) => p.name === name)) continue;
      problems.push({ name, reason: b1Message(issue, fieldAt(name, all)) });
    }
  }
  return { body: { caseNumber: text(values, 'caseNumber'), aanmelding }, problems, rename };
}

function allDerived(today: string): (FieldSpec & { fix?: string })[] {
  return aanmeldingGroups(today, '').flatMap((g) => g.fields);
}

/** The field an error name points at (itself, or the first field under an object that is missing). */
function fieldAt(name: string, fields: readonly (FieldSpec & { fix?: string })[]) {
  return (
    fields.find((f) => f.name === name) ??
    fields.find((f) => f.name.startsWith(`${name}.`) || f.name.startsWith(`${name}[`)) ??
    [...fields]
      .sort((a, b) => b.name.length - a.name.length)
      .find((f) => name.startsWith(`${f.name}.`) || name.startsWith(`${f.name}[`))
  );
}

export const fieldOfAanmelding = (name: string, today = '') => fieldAt(name, allDerived(today));

export const AANMELDING_MISSING_LABELS = missingLabels([
  [FORM, residentSchema, 'aanmelding.resident.'],
  [FORM, creditorSchema, 'aanmelding.creditors[].'],
  [FORM, claimInputSchema, 'aanmelding.claims[].'],
]);
export type { DerivedField };
