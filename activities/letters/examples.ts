import type { CivilDate } from '../../domain/civil-date';
import type { LetterInput } from './compose';
import { letterIdFor } from '../../domain/letter-id';
import type { Letterhead } from './letterhead';
import type { LetterData, LetterKind } from './registry';
import { LETTER_KINDS, letterRegistry } from './registry';
import type { CreditorRecipient, Recipient, ResidentRecipient, WaarborgfondsRecipient } from './schemas';

/**
 * Realistic, fictitious example data for every letter kind: used by `schuldhulp letters render --example`,
 * the tests and the benchmark. Every person, organisation and address here is made up.
 */

const d = (value: string) => value as CivilDate;

export const exampleLetterhead: Letterhead = {
  name: 'Gemeente Voorbeeldstad',
  department: 'Team Schuldhulpverlening',
  postalAddress: { line: 'Postbus 1234', postcode: '9999 ZX', city: 'Voorbeeldstad' },
  visitingAddress: { line: 'Stadhuisplein 1', postcode: '9999 AB', city: 'Voorbeeldstad' },
  phone: '14 0999',
  email: 'schuldhulp@voorbeeldstad.example',
  website: 'www.voorbeeldstad.example/schuldhulp',
  college: 'het college van burgemeester en wethouders van Voorbeeldstad',
};

export const examplePortalUrl = 'https://portaal.voorbeeldstad.example/schuldeisers';
export const exampleCaseReference = 'SHV-2026-000123';
export const exampleDate = d('2026-11-23');

export const exampleContact = {
  name: 'Sanne Öztürk-Bakker',
  role: 'consulent schuldhulpverlening',
  phone: '14 0999 (toestel 4821)',
  email: 's.ozturk@voorbeeldstad.example',
};

export const exampleDebtor = {
  name: 'mevrouw E. (Eline) van der Kühn-Émile',
  birthDate: d('1984-03-12'),
  address: { line: 'Lindelaan 12 B', postcode: '9999 CD', city: 'Voorbeeldstad' },
};

export const exampleResident: ResidentRecipient = {
  type: 'resident',
  residentId: 'R-000481',
  name: 'Mevrouw E. van der Kühn-Émile',
  salutation: 'Geachte mevrouw Van der Kühn',
  address: { line: 'Lindelaan 12 B', postcode: '9999 CD', city: 'Voorbeeldstad' },
};

export const exampleCreditor: CreditorRecipient = {
  type: 'creditor',
  creditorId: 'CR-0017',
  name: 'Woonstichting Thuis aan de Rivier',
  attention: 't.a.v. afdeling Huurincasso',
  address: { line: 'Postbus 5021', postcode: '9998 AA', city: 'Rivierdorp' },
  theirReference: 'HUUR-88412-03',
  email: 'incasso@thuisaanderivier.example',
};

export const exampleWaarborgfonds: WaarborgfondsRecipient = {
  type: 'waarborgfonds',
  name: 'Waarborgfonds Saneringskredieten',
  attention: 't.a.v. de afdeling Borgstellingen',
  address: { line: 'Postbus 9000', postcode: '9997 BB', city: 'Fondsstad' },
};

const answer = { answerBefore: d('2026-12-07'), answerTermWorkdays: 10 };

/** Example data per kind, typed against each kind's schema input. */
export const exampleData: { [K in LetterKind]: LetterData<K> } = {
  kennisgeving: {
    debtor: exampleDebtor,
    helpStartDate: d('2026-11-16'),
    pauseMonths: 4,
    pauseEndDate: d('2027-03-23'),
    ...answer,
  },
  saldoverzoek: { debtor: exampleDebtor, collectiefPossible: true, ...answer },
  'herinnering-saldoverzoek': {
    debtor: exampleDebtor,
    originalLetterDate: d('2026-11-09'),
    answerBefore: d('2026-12-07'),
    answerTermWorkdays: 10,
  },
  noodstop: {
    debtor: exampleDebtor,
    noodstopDate: d('2026-11-23'),
    pauseEndDate: d('2027-03-23'),
    ...answer,
  },
  'verlenging-noodstop': {
    debtor: exampleDebtor,
    noodstopDate: d('2026-07-23'),
    previousEndDate: d('2026-11-23'),
    newEndDate: d('2027-07-23'),
    ...answer,
  },
  'einde-pauze': {
    debtor: exampleDebtor,
    pauseKind: 'kennisgeving',
    pauseEndDate: d('2026-12-16'),
    reason: 'termijn-verstreken',
  },
  betaalvoorstel: {
    debtor: exampleDebtor,
    claimCents: 348_219,
    offerCents: 81_047,
    percentageBasisPoints: 2_327,
    preferent: false,
    form: 'saneringskrediet',
    kredietbank: 'Kredietbank Voorbeeldregio',
    looptijdMonths: 18,
    totalDebtCents: 1_874_310,
    creditorCount: 7,
    answerBefore: d('2026-12-07'),
    answerTermWorkdays: 10,
  },
  'betaalvoorstel-collectief': {
    debtor: exampleDebtor,
    claimCents: 112_560,
    offerCents: 26_192,
    percentageBasisPoints: 2_327,
    kredietbank: 'Kredietbank Voorbeeldregio',
    looptijdMonths: 18,
    agreedOn: d('2026-10-02'),
    paymentExpectedOn: d('2026-12-15'),
  },
  'herinnering-betaalvoorstel': {
    debtor: exampleDebtor,
    claimCents: 348_219,
    offerCents: 81_047,
    percentageBasisPoints: 2_327,
    originalLetterDate: d('2026-11-09'),
    ...answer,
  },
  heroverweging: {
    debtor: exampleDebtor,
    claimCents: 348_219,
    offerCents: 81_047,
    percentageBasisPoints: 2_327,
    rejectionDate: d('2026-11-18'),
    rejectionReason: 'het aanbod is te laag in verhouding tot de huurachterstand',
    creditorCount: 7,
    agreedCreditorCount: 6,
    agreedClaimShareBasisPoints: 8_142,
    ...answer,
  },
  'schuldregeling-akkoord': {
    debtor: exampleDebtor,
    claimCents: 348_219,
    offerCents: 81_047,
    percentageBasisPoints: 2_327,
    form: 'saneringskrediet',
    kredietbank: 'Kredietbank Voorbeeldregio',
    looptijdMonths: 18,
    startDate: d('2026-12-01'),
    endDate: d('2028-05-31'),
    paymentExpectedOn: d('2026-12-15'),
  },
  'schuldregeling-beeindigd': {
    debtor: exampleDebtor,
    endDate: d('2026-11-30'),
    reason: 'niet-nagekomen',
    explanation: 'Er zijn drie maandtermijnen niet betaald, ook niet na een herinnering en een gesprek.',
    claimCents: 348_219,
    paidCents: 27_015,
    remainingCents: 321_204,
  },
  'verzoek-finale-kwijting': {
    debtor: exampleDebtor,
    form: 'betalingsregeling',
    startDate: d('2025-06-01'),
    endDate: d('2026-11-30'),
    claimCents: 348_219,
    paidCents: 81_047,
    remainingCents: 267_172,
    ...answer,
  },
  'bevestiging-finale-kwijting': {
    debtor: exampleDebtor,
    kwijtingDate: d('2026-11-20'),
    claimCents: 348_219,
    paidCents: 81_047,
    writtenOffCents: 267_172,
  },
  'uitnodiging-eerste-gesprek': {
    requestDate: d('2026-11-19'),
    appointment: {
      // Within the statutory term below (3 werkdagen after Thursday 19 November: Tuesday 24 November).
      date: d('2026-11-24'),
      time: '10:30',
      location: 'Stadhuis Voorbeeldstad, balie Schuldhulp (2e verdieping)',
      address: { line: 'Stadhuisplein 1', postcode: '9999 AB', city: 'Voorbeeldstad' },
    },
    urgent: true,
    latestDate: d('2026-11-24'),
  },
  'beschikking-toelating': {
    applicationDate: d('2026-10-05'),
    eersteGesprekDate: d('2026-10-21'),
    plan: {
      goal: 'Binnen 120 dagen een schuldregeling voor alle schulden, zodat u daarna weer rustig kunt leven.',
      residentActions: [
        'u levert binnen 2 weken alle brieven van schuldeisers aan;',
        'u betaalt uw huur en zorgverzekering vanaf nu elke maand op tijd;',
        'u gaat naar de cursus “Grip op je geld” in januari.',
      ],
      gemeenteActions: [
        'wij sturen alle schuldeisers een kennisgeving en vragen om een saldo-opgave;',
        'wij vragen de kwijtschelding van gemeentelijke belastingen voor u aan;',
        'wij maken een betaalvoorstel voor alle schuldeisers samen.',
      ],
      services: ['budgetbeheer door de Kredietbank Voorbeeldregio', 'een vrijwilliger van Geldmaatjes'],
      beslagvrijeVoetCents: 143_217,
      reviewDate: d('2027-02-22'),
    },
    bezwaarBefore: d('2027-01-04'),
  },
  'beschikking-afwijzing': {
    applicationDate: d('2026-10-05'),
    eersteGesprekDate: d('2026-10-21'),
    grounds: [
      {
        ground: 'eerdere-schuldhulp',
        explanation:
          'U heeft van 2022 tot en met 2024 een schuldregeling gehad bij onze gemeente. Die is in maart 2024 ' +
          'voortijdig beëindigd omdat u de afspraken niet nakwam. Wij zien geen nieuwe omstandigheden die een ' +
          'nieuwe kans rechtvaardigen.',
      },
    ],
    alternatives: [
      'het Geldloket van de gemeente, voor hulp bij het ordenen van uw administratie;',
      'de rechtbank, voor een verzoek tot toelating tot de wettelijke schuldsanering (Wsnp).',
    ],
    bezwaarBefore: d('2027-01-04'),
  },
  beeindigingsbeschikking: {
    admissionDate: d('2026-04-14'),
    endDate: d('2026-12-31'),
    grounds: [
      'u heeft drie keer uw maandbedrag niet betaald, ook niet na onze herinnering;',
      'u bent niet gekomen op de afspraken van 6 en 20 oktober 2026.',
    ],
    bezwaarBefore: d('2027-01-04'),
  },
  'bevestiging-schuldregeling': {
    form: 'saneringskrediet',
    kredietbank: 'Kredietbank Voorbeeldregio',
    creditorCount: 7,
    totalDebtCents: 1_874_310,
    offerTotalCents: 436_140,
    monthlyPaymentCents: 24_230,
    looptijdMonths: 18,
    startDate: d('2026-12-01'),
    endDate: d('2028-05-31'),
    firstPaymentDate: d('2026-12-28'),
    hasClaimsWithoutKwijting: true,
  },
  'aanvraag-borgstelling': {
    debtor: exampleDebtor,
    kredietbank: 'Kredietbank Voorbeeldregio',
    loanCents: 436_140,
    premiumCents: 4_361,
    automatic: true,
    looptijdMonths: 18,
    startDate: d('2026-12-01'),
    monthlyInstalmentCents: 24_230,
    creditorCount: 7,
    totalDebtCents: 1_874_310,
  },
};

const RECIPIENT_FOR = {
  creditor: exampleCreditor,
  resident: exampleResident,
  waarborgfonds: exampleWaarborgfonds,
} satisfies Record<Recipient['type'], Recipient>;

/** A complete, valid LetterInput for a kind. */
export function exampleLetterInput<K extends LetterKind>(kind: K): LetterInput<K> {
  const recipient: Recipient = RECIPIENT_FOR[letterRegistry[kind].recipientType];
  const key =
    recipient.type === 'creditor'
      ? recipient.creditorId
      : recipient.type === 'resident'
        ? 'resident'
        : 'waarborgfonds';
  return {
    letterId: letterIdFor({ caseReference: exampleCaseReference, kind, recipientKey: key }),
    caseReference: exampleCaseReference,
    kind,
    date: exampleDate,
    contact: exampleContact,
    recipient,
    data: exampleData[kind],
  };
}

export { LETTER_KINDS };
