/**
 * One DDAS schuldhulptraject (Uitwisselmodel v1.0, VNG-Realisatie/ddas) from the reporting events of one case: a
 * pure function. Field by field, which event gives it:
 * - startdatum / aanmelding.startdatum: the aanmelding (request date); aanmelding.crisisinterventie: its flag
 *   (a bedreigende situatie of Wgs art. 4 lid 2); aanmelding.einddatum: the eerste gesprek (the intake starts).
 * - intake: eerste gesprek → beschikking (beschikkingsdatum and -soort); toekenningsdatum: a toelating's date.
 * - stabilisatie: toelating → stabilisatie afgerond; totaalSchuldbedragBijAanvangSchuld: the claims established
 *   then, in whole euros (rounded half up: "in hele euro's nauwkeurig").
 * - moratoria (Wgs art. 5); oplossing: soort (nihil-aanbod → 0%-aanbod), from the start to the end of the looptijd;
 *   schuldregeling: datum (the betaalvoorstel), toegekend (all creditors agreed), afgewezen (Wsnp-verklaring: no
 *   minnelijke regeling), dwangakkoord and datumVerzoekDwangakkoord (Fw art. 287a).
 * - begeleiding: a saneringskrediet goes with budgetbeheer during its looptijd (the condition of collectief
 *   schuldregelen); the product keeps no other begeleiding.
 * - nazorg; uitstroom: the end of the case with its reason; client: the sealed client data of the aanmelding.
 */
import type { CivilDate } from '../civil-date';
import type { Cents } from '../money';
import type { ReportEvent } from '../reporting/events';

export interface DdasSchuldhulptraject {
  startdatum?: CivilDate;
  einddatum?: CivilDate;
  toekenningsdatum?: CivilDate;
  totaalSchuldbedragBijAanvangSchuld?: number;
  gemeentecode: string;
  aanmelding?: { crisisinterventie: boolean; startdatum: CivilDate; einddatum?: CivilDate };
  begeleiding?: { soort: 'Budgetbeheer'; startdatum: CivilDate; einddatum?: CivilDate }[];
  client?: {
    Burgerservicenummer: string;
    Geboortedatum: CivilDate;
    Postcode: string;
    Huisnummer: string;
    Huisnummertoevoeging?: string;
  }[];
  intake?: {
    startdatum: CivilDate;
    einddatum?: CivilDate;
    beschikkingsdatum?: CivilDate;
    beschikkingssoort?: 'Toelatingsbeschikking' | 'Afwijzingsbeschikking';
  };
  moratoria?: {
    datumAanvraag: CivilDate;
    datumGoedkeuring?: CivilDate;
    startdatum?: CivilDate;
    einddatum?: CivilDate;
  }[];
  stabilisatie?: { startdatum: CivilDate; einddatum?: CivilDate };
  oplossing?: {
    soort: 'Betalingsregeling' | 'Saneringskrediet' | '0%-aanbod';
    startdatum: CivilDate;
    einddatum?: CivilDate;
  };
  schuldregeling?: {
    datum: CivilDate;
    toegekend?: CivilDate;
    afgewezen?: CivilDate;
    dwangakkoord: boolean;
    datumVerzoekDwangakkoord?: CivilDate;
  };
  nazorg?: { startdatum: CivilDate; einddatum?: CivilDate };
  uitstroom?: {
    datum: CivilDate;
    reden: 'Ingetrokken' | 'Niet passend' | 'Afgerond' | 'Voldoet niet' | 'Overig';
    omschrijving?: string;
    datumBeeindigingsbeschikking?: CivilDate;
  };
}

/** The case's end (einde category) → DDAS EnumUitstroomreden. */
const UITSTROOM: Record<string, NonNullable<DdasSchuldhulptraject['uitstroom']>['reden']> = {
  ingetrokken: 'Ingetrokken', // "Client trekt aanvraag in"
  afgewezen: 'Niet passend', // refused admission (Wgs art. 3 lid 2–4): the help is not for this client
  afgerond: 'Afgerond', // "Schuldtraject positief doorlopen en afgerond"
  beeindigd: 'Voldoet niet', // beëindigingsbeschikking during the looptijd (Wgs art. 4a lid 6)
  wsnp: 'Overig', // no minnelijke regeling; on to the Wsnp
};

/** Whole euros, half up (DDAS bedrag: "in hele euro's nauwkeurig"). */
export const wholeEuros = (cents: Cents): number => Math.floor((cents + 50) / 100);

/** The CBS gemeentecode (AN4): GM0599 → 0599. */
export const gemeentecodeOf = (gemeente: string): string => gemeente.replace(/^GM/, '');

export function trajectOf(gemeente: string, events: readonly ReportEvent[]): DdasSchuldhulptraject {
  const first = (kind: ReportEvent['kind'], category?: string) =>
    events.find((e) => e.kind === kind && (category === undefined || e.category === category));
  const aanmelding = first('aanmelding');
  const gesprek = first('eerste-gesprek');
  const beschikking = first('beschikking');
  const toelating = beschikking?.category === 'toelating' ? beschikking : undefined;
  const stabilisatie = first('stabilisatie-afgerond');
  const start = first('oplossing-start');
  const looptijd = first('looptijd-start');
  const looptijdEnd = first('looptijd-einde') ?? first('regeling-beeindigd') ?? first('wsnp-verklaring');
  const einde = first('einde');
  const t: DdasSchuldhulptraject = { gemeentecode: gemeentecodeOf(gemeente) };
  if (aanmelding) {
    t.startdatum = aanmelding.on;
    t.aanmelding = {
      crisisinterventie: aanmelding.flags?.crisis === true,
      startdatum: aanmelding.on,
      ...((gesprek ?? einde) ? { einddatum: (gesprek ?? einde)!.on } : {}),
    };
    const c = aanmelding.personal?.client;
    if (c)
      t.client = [
        {
          Burgerservicenummer: c.bsn,
          Geboortedatum: c.dateOfBirth,
          Postcode: c.postcode.replace(/\s/g, ''), // AN6: 3011AD
          Huisnummer: String(c.houseNumber),
          ...(c.houseNumberAddition ? { Huisnummertoevoeging: c.houseNumberAddition } : {}),
        },
      ];
  }
  if (einde) t.einddatum = einde.on;
  if (toelating) t.toekenningsdatum = toelating.on;
  if (stabilisatie?.amountCents !== undefined)
    t.totaalSchuldbedragBijAanvangSchuld = wholeEuros(stabilisatie.amountCents);
  if (gesprek)
    t.intake = {
      startdatum: gesprek.on,
      ...(beschikking
        ? {
            einddatum: beschikking.on,
            beschikkingsdatum: beschikking.on,
            beschikkingssoort: toelating ? 'Toelatingsbeschikking' : 'Afwijzingsbeschikking',
          }
        : {}),
    };
  const moratoria = events.filter((e) => e.kind === 'moratorium' && e.category !== 'aangevraagd');
  const requested = events.filter((e) => e.kind === 'moratorium' && e.category === 'aangevraagd');
  if (requested.length)
    t.moratoria = requested.map((r, i) => {
      const decided = moratoria[i];
      const granted = decided?.category === 'toegewezen' ? decided : undefined;
      return {
        datumAanvraag: r.on,
        ...(granted ? { datumGoedkeuring: granted.on, startdatum: granted.on } : {}),
        ...(granted?.dates?.endDate ? { einddatum: granted.dates.endDate } : {}),
      };
    });
  if (toelating)
    t.stabilisatie = { startdatum: toelating.on, ...(stabilisatie ? { einddatum: stabilisatie.on } : {}) };
  if (start) {
    const soort = start.flags?.nihil
      ? '0%-aanbod'
      : start.category === 'saneringskrediet'
        ? 'Saneringskrediet'
        : 'Betalingsregeling';
    t.oplossing = { soort, startdatum: start.on, ...(looptijdEnd ? { einddatum: looptijdEnd.on } : {}) };
    const agreed = first('schuldregeling', 'akkoord');
    const wsnp = first('wsnp-verklaring');
    const dwang = first('dwangakkoord', 'verzoek');
    t.schuldregeling = {
      datum: start.on,
      ...(agreed ? { toegekend: agreed.on } : {}),
      ...(wsnp ? { afgewezen: wsnp.on } : {}),
      dwangakkoord: dwang !== undefined,
      ...(dwang ? { datumVerzoekDwangakkoord: dwang.on } : {}),
    };
    if (start.category === 'saneringskrediet' && looptijd)
      t.begeleiding = [
        {
          soort: 'Budgetbeheer',
          startdatum: looptijd.on,
          ...(looptijdEnd ? { einddatum: looptijdEnd.on } : {}),
        },
      ];
  }
  const nazorg = first('nazorg', 'start');
  if (nazorg) {
    const done = first('nazorg', 'einde');
    t.nazorg = { startdatum: nazorg.on, ...(done ? { einddatum: done.on } : {}) };
  }
  if (einde) {
    const reden = UITSTROOM[einde.category ?? ''] ?? 'Overig';
    t.uitstroom = {
      datum: einde.on,
      reden,
      ...(einde.category === 'wsnp' ? { omschrijving: 'Wsnp-verklaring afgegeven' } : {}),
      ...(einde.category === 'beeindigd' ? { datumBeeindigingsbeschikking: einde.on } : {}),
    };
  }
  return t;
}

/** A traject belongs to a period when it started before its end and had not ended before its start. */
export function inPeriod(t: DdasSchuldhulptraject, from: CivilDate, to: CivilDate): boolean {
  if (!t.startdatum || t.startdatum > to) return false;
  return !t.einddatum || t.einddatum >= from;
}
