import { CREDITOR_TYPES } from '../domain/records/creditor';
import { CRISIS_SITUATIONS } from '../domain/terms';
import { VROEGSIGNALERING_PARTNERS } from '../domain/records/aanmelding';
import { CASE_ACTIONS, type CaseAction } from '../workflows/case/actions';
import { CRISIS, GROUNDS, PARTNERS } from './format';
import {
  allFields,
  checked,
  compact,
  euroCents,
  integer,
  lines,
  text,
  type FieldGroup,
  type FieldSpec,
  type InvalidParam,
  type Values,
} from './forms';
import { creditorSelect, dateField } from './form-fields';

/**
 * The officer's forms: the aanmelding and one form per case action. Each turns the posted fields into the
 * API's body — nothing more: every rule (required, formats, phase, dates) is the API's and the workflow's.
 */

const CREDITOR_BLOCKS = 3;

const typeOptions: (readonly [string, string])[] = [
  ['', 'Kies een soort'],
  ...CREDITOR_TYPES.map((t) => [t, t.charAt(0).toUpperCase() + t.slice(1)] as const),
];

function creditorFields(prefix: string, withId: boolean): FieldSpec[] {
  return [
    {
      name: `${prefix}.name`,
      label: 'Naam schuldeiser',
      autocomplete: 'organization',
    },
    ...(withId
      ? [
          {
            name: `${prefix}.id`,
            label: 'Kenmerk schuldeiser',
            hint: 'Kort, zonder spaties, bijvoorbeeld woonstad. Leeg: afgeleid van de naam.',
            width: 'm' as const,
            optional: true,
          },
        ]
      : []),
    { name: `${prefix}.type`, label: 'Soort schuldeiser', kind: 'select', options: typeOptions, width: 'm' },
    { name: `${prefix}.iban`, label: 'IBAN', width: 'm', autocomplete: 'off' },
    { name: `${prefix}.address.line`, label: 'Postadres (straat en huisnummer of postbus)' },
    { name: `${prefix}.address.postcode`, label: 'Postcode', width: 's' },
    { name: `${prefix}.address.city`, label: 'Plaats', width: 'm' },
    { name: `${prefix}.attention`, label: 'Ter attentie van', optional: true, width: 'm' },
    {
      name: `${prefix}.convenantMonths`,
      label: 'Pauze volgens convenant',
      kind: 'radio',
      options: [
        ['4', '4 maanden'],
        ['8', '8 maanden'],
      ],
      initial: '4',
    },
  ];
}

/** "Woonstad Rotterdam" → "woonstad-rotterdam": a convenience when the officer leaves the id empty. */
export function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

function creditorBody(values: Values, prefix: string, withId: boolean): Record<string, unknown> {
  const name = text(values, `${prefix}.name`);
  const id = withId ? (text(values, `${prefix}.id`) ?? (name ? slug(name) : undefined)) : undefined;
  const months = text(values, `${prefix}.convenantMonths`);
  return compact({
    id,
    name,
    type: text(values, `${prefix}.type`),
    iban: text(values, `${prefix}.iban`),
    address: compact({
      line: text(values, `${prefix}.address.line`),
      postcode: text(values, `${prefix}.address.postcode`),
      city: text(values, `${prefix}.address.city`),
    }),
    attention: text(values, `${prefix}.attention`),
    convenantMonths: months === undefined ? undefined : /^\d+$/.test(months) ? Number(months) : months,
  });
}

// ---- aanmelding --------------------------------------------------------------------------------------------

export function aanmeldingGroups(today: string, caseNumber: string): FieldGroup[] {
  const creditorGroups: FieldGroup[] = [];
  for (let i = 0; i < CREDITOR_BLOCKS; i++) {
    const prefix = `aanmelding.creditors[${i}]`;
    creditorGroups.push({
      legend: `Schuldeiser ${i + 1}`,
      collapsible: i > 0,
      optional: true,
      hint: 'Vult u hier iets in, dan zijn naam, soort, IBAN en postadres nodig. Schuldeisers kunnen ook later worden toegevoegd.',
      fields: [
        ...creditorFields(prefix, true),
        { name: `${prefix}.claim.amount`, label: 'Bedrag vordering', kind: 'euro', optional: true },
        { name: `${prefix}.claim.reference`, label: 'Kenmerk vordering', optional: true, width: 'm' },
      ],
    });
  }
  return [
    {
      legend: 'Zaak',
      fields: [
        {
          name: 'caseNumber',
          label: 'Zaaknummer',
          hint: 'Letters, cijfers en streepjes, bijvoorbeeld 2026-0042.',
          width: 'm',
          initial: caseNumber,
        },
        {
          name: 'aanmelding.requestDate',
          label: 'Datum aanmelding',
          hint: 'De termijn voor het eerste gesprek begint de dag erna.',
          kind: 'date',
          initial: today,
        },
        {
          name: 'aanmelding.source.kind',
          label: 'Hoe kwam de hulpvraag binnen?',
          kind: 'radio',
          options: [
            ['resident-request', 'De inwoner vraagt zelf om hulp (Wgs art. 3)'],
            [
              'vroegsignalering',
              'Vroegsignalering: de inwoner nam het aanbod aan (Wgs art. 3 lid 1 onder b)',
            ],
          ],
          initial: 'resident-request',
        },
        {
          name: 'aanmelding.source.partnerType',
          label: 'Partner vroegsignalering',
          hint: 'Alleen bij vroegsignalering.',
          kind: 'select',
          options: [['', '—'], ...VROEGSIGNALERING_PARTNERS.map((p) => [p, PARTNERS[p] ?? p] as const)],
          width: 'm',
          optional: true,
        },
        {
          name: 'aanmelding.crisisSituation',
          label: 'Bedreigende situatie (Wgs art. 4 lid 2)',
          hint: 'Dan moet het eerste gesprek binnen 3 werkdagen plaatsvinden.',
          kind: 'select',
          options: [['', 'Geen'], ...CRISIS_SITUATIONS.map((c) => [c, CRISIS[c] ?? c] as const)],
          width: 'l',
          optional: true,
        },
      ],
    },
    {
      legend: 'Inwoner',
      fields: [
        { name: 'aanmelding.resident.bsn', label: 'BSN', width: 'm', autocomplete: 'off' },
        { name: 'aanmelding.resident.name.givenNames', label: 'Voornamen', autocomplete: 'given-name' },
        {
          name: 'aanmelding.resident.name.prefix',
          label: 'Tussenvoegsel',
          width: 's',
          optional: true,
        },
        { name: 'aanmelding.resident.name.surname', label: 'Achternaam', autocomplete: 'family-name' },
        {
          name: 'aanmelding.resident.dateOfBirth',
          label: 'Geboortedatum',
          kind: 'date',
          autocomplete: 'bday',
        },
      ],
    },
    {
      legend: 'Adres',
      fields: [
        { name: 'aanmelding.resident.address.street', label: 'Straat', autocomplete: 'address-line1' },
        { name: 'aanmelding.resident.address.houseNumber', label: 'Huisnummer', kind: 'number' },
        {
          name: 'aanmelding.resident.address.houseNumberAddition',
          label: 'Toevoeging',
          width: 's',
          optional: true,
        },
        {
          name: 'aanmelding.resident.address.postcode',
          label: 'Postcode',
          width: 's',
          autocomplete: 'postal-code',
        },
        {
          name: 'aanmelding.resident.address.city',
          label: 'Woonplaats',
          width: 'm',
          autocomplete: 'address-level2',
        },
      ],
    },
    {
      legend: 'Contact',
      fields: [
        {
          name: 'aanmelding.resident.contact.email',
          label: 'E-mailadres',
          kind: 'email',
          optional: true,
          autocomplete: 'email',
        },
        {
          name: 'aanmelding.resident.contact.phone',
          label: 'Telefoonnummer',
          optional: true,
          width: 'm',
          autocomplete: 'tel',
        },
      ],
    },
    ...creditorGroups,
  ];
}

export interface Built {
  body: unknown;
  /** Errors found before the API (an amount that is no amount). */
  local: InvalidParam[];
  /** Rewrites an API error name to the form's field name. */
  rename?: (name: string) => string;
}

export function aanmeldingBody(values: Values, me: { officerId?: string; gemeenteCode?: string }): Built {
  const local: InvalidParam[] = [];
  const creditors: unknown[] = [];
  const claims: unknown[] = [];
  /** API index → form block, for creditors and claims (blank blocks are skipped). */
  const creditorBlock: number[] = [];
  const claimBlock: number[] = [];
  const fields = allFields(aanmeldingGroups('', '')).map((f) => f.name);
  for (let i = 0; i < CREDITOR_BLOCKS; i++) {
    const prefix = `aanmelding.creditors[${i}]`;
    const used = fields.some(
      (name) =>
        name.startsWith(prefix) &&
        !name.endsWith('convenantMonths') &&
        !name.endsWith('.type') &&
        text(values, name),
    );
    if (!used) continue;
    const creditor = creditorBody(values, prefix, true);
    creditorBlock.push(i);
    creditors.push(creditor);
    const amount = euroCents(values, `${prefix}.claim.amount`, local);
    const reference = text(values, `${prefix}.claim.reference`);
    if (amount !== undefined || reference !== undefined) {
      claimBlock.push(i);
      claims.push(compact({ creditorId: creditor.id, amount, reference }));
    }
  }
  const kind = text(values, 'aanmelding.source.kind');
  const source =
    kind === 'vroegsignalering'
      ? compact({ kind, partnerType: text(values, 'aanmelding.source.partnerType') })
      : kind
        ? { kind }
        : undefined;
  const body = {
    caseNumber: text(values, 'caseNumber'),
    aanmelding: compact({
      source,
      crisisSituation: text(values, 'aanmelding.crisisSituation'),
      officerId: me.officerId,
      gemeenteCode: me.gemeenteCode,
      requestDate: text(values, 'aanmelding.requestDate'),
      resident: {
        bsn: text(values, 'aanmelding.resident.bsn'),
        name: compact({
          givenNames: text(values, 'aanmelding.resident.name.givenNames'),
          prefix: text(values, 'aanmelding.resident.name.prefix'),
          surname: text(values, 'aanmelding.resident.name.surname'),
        }),
        address: compact({
          street: text(values, 'aanmelding.resident.address.street'),
          houseNumber: integer(values, 'aanmelding.resident.address.houseNumber'),
          houseNumberAddition: text(values, 'aanmelding.resident.address.houseNumberAddition'),
          postcode: text(values, 'aanmelding.resident.address.postcode'),
          city: text(values, 'aanmelding.resident.address.city'),
        }),
        dateOfBirth: text(values, 'aanmelding.resident.dateOfBirth'),
        contact: compact({
          email: text(values, 'aanmelding.resident.contact.email'),
          phone: text(values, 'aanmelding.resident.contact.phone'),
        }),
      },
      creditors,
      claims,
    }),
  };
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
  return { body, local, rename };
}

// ---- case actions ------------------------------------------------------------------------------------------

export interface ActionForm {
  action: CaseAction;
  title: string;
  /** One line on what the action does and its legal ground. */
  intro?: string;
  submit: string;
  fields(creditors: readonly (readonly [string, string])[], today: string): FieldSpec[];
  build(values: Values, local: InvalidParam[]): unknown;
  group: 'gesprek' | 'beschikking' | 'schuldeisers' | 'pauzes' | 'stabilisatie';
}

export const ACTION_FORMS: readonly ActionForm[] = [
  {
    action: 'plan-eerste-gesprek',
    group: 'gesprek',
    title: 'Eerste gesprek plannen',
    intro: 'De inwoner krijgt een uitnodiging met datum, tijd en plaats.',
    submit: 'Gesprek plannen',
    fields: (_c, today) => [
      { name: 'appointment.date', label: 'Datum gesprek', kind: 'date', initial: today },
      { name: 'appointment.time', label: 'Tijd', kind: 'time', initial: '09:30' },
      { name: 'appointment.location', label: 'Locatie', width: 'm' },
    ],
    build: (v) => ({
      appointment: compact({
        date: text(v, 'appointment.date'),
        time: text(v, 'appointment.time'),
        location: text(v, 'appointment.location'),
      }),
    }),
  },
  {
    action: 'eerste-gesprek',
    group: 'gesprek',
    title: 'Eerste gesprek vastleggen',
    intro: 'Het gesprek heeft plaatsgevonden (Wgs art. 4). Daarna loopt de termijn voor de beschikking.',
    submit: 'Gesprek vastleggen',
    fields: (_c, today) => [dateField(today, 'Datum gesprek')],
    build: (v) => compact({ date: text(v, 'date') }),
  },
  {
    action: 'withdrawal',
    group: 'gesprek',
    title: 'Hulpvraag ingetrokken',
    intro: 'De inwoner trekt de hulpvraag in; er volgt geen beschikking.',
    submit: 'Intrekking vastleggen',
    fields: (_c, today) => [
      dateField(today),
      { name: 'reason', label: 'Reden', kind: 'textarea', optional: true },
    ],
    build: (v) => compact({ date: text(v, 'date'), reason: text(v, 'reason') }),
  },
  {
    action: 'beschikking-toelating',
    group: 'beschikking',
    title: 'Beschikking: toelating',
    intro:
      'Toelating met plan van aanpak (Wgs art. 4a). De brief gaat naar de inwoner; schuldeisers krijgen een kennisgeving.',
    submit: 'Toelating vastleggen',
    fields: (_c, today) => [
      dateField(today, 'Datum beschikking'),
      { name: 'plan.goal', label: 'Doel van het plan van aanpak', kind: 'textarea' },
      {
        name: 'plan.residentActions',
        label: 'Afspraken met de inwoner',
        hint: 'Eén afspraak per regel.',
        kind: 'lines',
      },
      {
        name: 'plan.gemeenteActions',
        label: 'Afspraken van de gemeente',
        hint: 'Eén afspraak per regel.',
        kind: 'lines',
      },
    ],
    build: (v) =>
      compact({
        date: text(v, 'date'),
        plan: compact({
          goal: text(v, 'plan.goal'),
          residentActions: lines(v, 'plan.residentActions'),
          gemeenteActions: lines(v, 'plan.gemeenteActions'),
        }),
      }),
  },
  {
    action: 'beschikking-afwijzing',
    group: 'beschikking',
    title: 'Beschikking: afwijzing',
    intro: 'Afwijzing met grond (Wgs art. 3 lid 2–4 of de verordening). De zaak wordt afgesloten.',
    submit: 'Afwijzing vastleggen',
    fields: (_c, today) => [
      dateField(today, 'Datum beschikking'),
      {
        name: 'grounds[0].ground',
        label: 'Afwijzingsgrond',
        kind: 'select',
        options: [['', 'Kies een grond'], ...Object.entries(GROUNDS)],
        width: 'l',
      },
      { name: 'grounds[0].explanation', label: 'Toelichting', kind: 'textarea' },
    ],
    build: (v) => {
      const ground = text(v, 'grounds[0].ground');
      const explanation = text(v, 'grounds[0].explanation');
      return compact({
        date: text(v, 'date'),
        grounds: ground || explanation ? [compact({ ground, explanation })] : [],
      });
    },
  },
  {
    action: 'creditor-add',
    group: 'schuldeisers',
    title: 'Schuldeiser toevoegen',
    intro: 'Een schuldeiser die later bekend wordt; in de stabilisatie krijgt hij meteen zijn brieven.',
    submit: 'Schuldeiser toevoegen',
    fields: () => [
      ...creditorFields('creditor', true),
      { name: 'claims[0].amount', label: 'Bedrag vordering', kind: 'euro', optional: true },
      { name: 'claims[0].reference', label: 'Kenmerk vordering', optional: true, width: 'm' },
    ],
    build: (v, local) => {
      const creditor = creditorBody(v, 'creditor', true);
      const amount = euroCents(v, 'claims[0].amount', local);
      const reference = text(v, 'claims[0].reference');
      const claims =
        amount !== undefined || reference !== undefined
          ? [compact({ creditorId: creditor.id, amount, reference })]
          : [];
      return { creditor, claims };
    },
  },
  {
    action: 'creditor-correct',
    group: 'schuldeisers',
    title: 'Schuldeiser corrigeren',
    intro: 'Vul alle gegevens opnieuw in; de correctie gaat naar het spoor van de schuldeiser.',
    submit: 'Correctie opslaan',
    fields: (creditors) => [
      { ...creditorSelect(creditors), name: 'creditor.id' },
      ...creditorFields('creditor', false),
    ],
    build: (v) => ({ creditor: { ...creditorBody(v, 'creditor', false), id: text(v, 'creditor.id') } }),
  },
  {
    action: 'creditor-remove',
    group: 'schuldeisers',
    title: 'Schuldeiser verwijderen',
    submit: 'Schuldeiser verwijderen',
    fields: (creditors) => [creditorSelect(creditors), { name: 'reason', label: 'Reden', kind: 'textarea' }],
    build: (v) => compact({ creditorId: text(v, 'creditorId'), reason: text(v, 'reason') }),
  },
  {
    action: 'claim-record',
    group: 'schuldeisers',
    title: 'Vordering vastleggen',
    intro: 'Een vordering die de inwoner of de schuldeiser op papier doorgaf.',
    submit: 'Vordering vastleggen',
    fields: (creditors) => [
      { ...creditorSelect(creditors), name: 'claim.creditorId' },
      { name: 'claim.amount', label: 'Bedrag', kind: 'euro' },
      { name: 'claim.reference', label: 'Kenmerk', width: 'm' },
      { name: 'claim.preferent', label: 'Preferente vordering', kind: 'checkbox' },
    ],
    build: (v, local) => ({
      claim: compact({
        creditorId: text(v, 'claim.creditorId'),
        amount: euroCents(v, 'claim.amount', local),
        reference: text(v, 'claim.reference'),
        preferent: checked(v, 'claim.preferent') ? true : undefined,
      }),
    }),
  },
  {
    action: 'noodstop-pull',
    group: 'pauzes',
    title: 'Noodstop inzetten',
    intro: 'Alle schuldeisers krijgen meteen een noodstopbericht: 4 maanden geen incasso, +8 bij toelating.',
    submit: 'Noodstop inzetten',
    fields: () => [{ name: 'reason', label: 'Reden', kind: 'textarea' }],
    build: (v) => compact({ reason: text(v, 'reason') }),
  },
  {
    action: 'noodstop-lift',
    group: 'pauzes',
    title: 'Noodstop opheffen',
    submit: 'Noodstop opheffen',
    fields: () => [{ name: 'reason', label: 'Reden', kind: 'textarea' }],
    build: (v) => compact({ reason: text(v, 'reason') }),
  },
  {
    action: 'collection-breach',
    group: 'pauzes',
    title: 'Incasso ondanks pauze melden',
    intro:
      'Een schuldeiser incasseert terwijl hij een pauze toezegde. Teamleider en medewerker krijgen bericht.',
    submit: 'Melding vastleggen',
    fields: (creditors, today) => [
      dateField(today),
      creditorSelect(creditors),
      { name: 'note', label: 'Wat deed de schuldeiser?', kind: 'textarea' },
    ],
    build: (v) =>
      compact({ date: text(v, 'date'), creditorId: text(v, 'creditorId'), note: text(v, 'note') }),
  },
  {
    action: 'moratorium-request',
    group: 'pauzes',
    title: 'Moratorium aangevraagd',
    intro: 'Verzoek aan de rechter om een afkoelingsperiode (Wgs art. 5, hoogstens 6 maanden).',
    submit: 'Verzoek vastleggen',
    fields: (_c, today) => [dateField(today, 'Datum verzoek')],
    build: (v) => compact({ date: text(v, 'date') }),
  },
  {
    action: 'moratorium-decision',
    group: 'pauzes',
    title: 'Uitspraak moratorium',
    submit: 'Uitspraak vastleggen',
    fields: (_c, today) => [
      dateField(today, 'Datum uitspraak'),
      {
        name: 'granted',
        label: 'Toegewezen?',
        kind: 'radio',
        options: [
          ['true', 'Ja, toegewezen'],
          ['false', 'Nee, afgewezen'],
        ],
      },
      { name: 'endDate', label: 'Einddatum moratorium', kind: 'date', optional: true },
    ],
    build: (v) => {
      const granted = text(v, 'granted');
      return compact({
        date: text(v, 'date'),
        granted: granted === 'true' ? true : granted === 'false' ? false : undefined,
        endDate: text(v, 'endDate'),
      });
    },
  },
  {
    action: 'stabilisatie-complete',
    group: 'stabilisatie',
    title: 'Stabilisatie afronden',
    intro: 'Inkomsten en vaste lasten zijn op orde; de zaak gaat naar de oplossing.',
    submit: 'Stabilisatie afronden',
    fields: (_c, today) => [dateField(today)],
    build: (v) => compact({ date: text(v, 'date') }),
  },
];

export const ACTION_GROUPS: readonly { key: ActionForm['group']; title: string }[] = [
  { key: 'gesprek', title: 'Eerste gesprek' },
  { key: 'beschikking', title: 'Beschikking' },
  { key: 'schuldeisers', title: 'Schuldeisers en vorderingen' },
  { key: 'pauzes', title: 'Noodstop, pauzes en moratorium' },
  { key: 'stabilisatie', title: 'Stabilisatie' },
];

// Every officer action of the workflow has a form (checked at start, so a new action cannot be forgotten).
const missing = CASE_ACTIONS.filter((a) => !ACTION_FORMS.some((f) => f.action === a));
if (missing.length) throw new Error(`console: no form for action(s) ${missing.join(', ')}`);
