/**
 * The waarborgfonds decision on an aanvraag borgstelling, built to the fund's own executable
 * scenarios (GitHub sbnnl/documentatie, docs/100_producten/100_borgstelling/):
 * - `010_aanvragen-borgstelling/010_afhandelen-aanvraag-borgstelling/accepteer-automatisch.feature`
 *   (the decision table of the "Accepteer automatisch" use-case, with and without pro-forma);
 * - `borgstelling-aanvragen.feature` (category limits, premium as "verkoop");
 * - `pro-forma-borgstelling-gebruiken.feature` (the 5% tolerance, looptijd, a pro-forma used once).
 *
 * Order of the decision, as the use-case's reasons state it:
 * 1. accepted when the amount ≥ accepteren vanaf and < maatwerk vanaf, the looptijd ≤ 36 months and
 *    the gemeente is on the kredietbank's list;
 * 2. otherwise refused when the amount ≥ afwijzen vanaf (also when that limit is 0: the "pilot JPF"
 *    row, € 2.000 with maatwerk vanaf € 2.000 and afwijzen vanaf 0, is refused);
 * 3. otherwise maatwerk: a human decision of the fund.
 * A pro-forma outcome binds the real request when neither amount is 5% or more above the other and the
 * looptijd is the pro-forma's or at most 36 months; it never turns an automatic acceptance into
 * a refusal ("Standaard aanvraag"). Pure: no I/O, no clock, no Temporal import.
 */
import { z } from 'zod';
import { buildOnce } from './build-once';
import { formatEuro, type Cents } from './money';

/** Longest looptijd accepted automatically (Waarborgfonds, accepteer-automatisch.feature: "looptijd <= 36 maanden"). */
export const MAX_AUTOMATIC_LOOPTIJD_MAANDEN = 36;
/** A pro-forma binds within this deviation, exclusive (pro-forma-borgstelling-gebruiken.feature: 5249 binds, 5250 not). */
export const PRO_FORMA_TOLERANCE_PERCENT = 5;

export const BORGSTELLING_UITKOMSTEN = ['geaccepteerd', 'maatwerk', 'afgewezen'] as const;
export type BorgstellingUitkomst = (typeof BORGSTELLING_UITKOMSTEN)[number];

const cents = (field: string) =>
  z
    .number({ error: `${field} moet een getal (centen) zijn` })
    .int({ error: `${field} moet een geheel aantal centen zijn` })
    .min(0, { error: `${field} mag niet negatief zijn` })
    .max(100_000_000_00, { error: `${field} is onwaarschijnlijk groot` });

const months = (field: string) =>
  z
    .number({ error: `${field} moet een getal (maanden) zijn` })
    .int({ error: `${field} moet een geheel aantal maanden zijn` })
    .min(1, { error: `${field} moet minstens 1 maand zijn` })
    .max(600, { error: `${field} mag hoogstens 600 maanden zijn` });

/** A borgstelling categorie of the fund (data-dictionary borgstelling_categorie: beslissingstabel + premie). */
export const borgstellingCategorieSchema = buildOnce('domain/borgstelling#categorie', () =>
  z
    .object({
      accepterenVanafCents: cents('accepterenVanafCents'),
      maatwerkVanafCents: cents('maatwerkVanafCents'),
      afwijzenVanafCents: cents('afwijzenVanafCents'),
      /** Premium in basis points of the bruto kredietsom: 100 = 1%. */
      premieBasisPoints: z
        .number({ error: 'premieBasisPoints moet een getal zijn (100 = 1%)' })
        .int({ error: 'premieBasisPoints moet een geheel getal zijn (100 = 1%)' })
        .min(0, { error: 'premieBasisPoints mag niet negatief zijn' })
        .max(10_000, { error: 'premieBasisPoints mag hoogstens 10000 (100%) zijn' }),
    })
    .strict(),
);
export type BorgstellingCategorie = z.infer<typeof borgstellingCategorieSchema>;

/** The fund's standard category 100 (borgstelling-aanvragen.feature, Achtergrond): 1%, 0 / 5.000 / 10.000. */
export const DEFAULT_BORGSTELLING_CATEGORIE: BorgstellingCategorie = Object.freeze({
  accepterenVanafCents: 0,
  maatwerkVanafCents: 500_000,
  afwijzenVanafCents: 1_000_000,
  premieBasisPoints: 100,
});

export const proFormaSchema = buildOnce('domain/borgstelling#proForma', () =>
  z
    .object({
      brutoKredietsomCents: cents('proForma.brutoKredietsomCents').min(1, {
        error: 'proForma.brutoKredietsomCents moet groter dan nul zijn',
      }),
      looptijdMaanden: months('proForma.looptijdMaanden'),
      uitkomst: z.enum(BORGSTELLING_UITKOMSTEN, {
        error: 'proForma.uitkomst moet geaccepteerd, maatwerk of afgewezen zijn',
      }),
      /** A pro-forma binds once (pro-forma-borgstelling-gebruiken.feature, "eenmalig gebruiken"). */
      gebruikt: z.boolean({ error: 'proForma.gebruikt moet true of false zijn' }).optional(),
    })
    .strict(),
);
export type ProForma = z.infer<typeof proFormaSchema>;

/** One aanvraag borgstelling, as the kredietbank makes it (and the CLI reads it). */
export const borgstellingRequestSchema = buildOnce('domain/borgstelling#request', () =>
  z
    .object({
      brutoKredietsomCents: cents('brutoKredietsomCents').min(1, {
        error: 'brutoKredietsomCents moet groter dan nul zijn',
      }),
      looptijdMaanden: months('looptijdMaanden'),
      gemeenteAangesloten: z.boolean({ error: 'gemeenteAangesloten moet true of false zijn' }),
      categorie: borgstellingCategorieSchema,
      proForma: proFormaSchema.optional(),
    })
    .strict(),
);
export type BorgstellingRequest = z.infer<typeof borgstellingRequestSchema>;

export interface BorgstellingAssessment {
  outcome: BorgstellingUitkomst;
  /** The premium due if the borgstelling is issued; 0 when it is refused (no verkoop is registered). */
  premiumCents: Cents;
  /** One Dutch sentence (B1) that says why. */
  reason: string;
  /** Whether a pro-forma outcome decided it. */
  boundByProForma: boolean;
}

/** Premium: the category's percentage of the bruto kredietsom, truncated to the cent (€ 4.999,99 × 1% = € 49,99). */
export function borgstellingPremium(brutoKredietsomCents: Cents, premieBasisPoints: number): Cents {
  if (!Number.isSafeInteger(brutoKredietsomCents) || brutoKredietsomCents < 0)
    throw new RangeError(
      `Kredietsom moet een niet-negatief aantal centen zijn, niet ${brutoKredietsomCents}`,
    );
  if (!Number.isSafeInteger(premieBasisPoints) || premieBasisPoints < 0)
    throw new RangeError(`Premie (basispunten) ongeldig: ${premieBasisPoints}`);
  return Number((BigInt(brutoKredietsomCents) * BigInt(premieBasisPoints)) / 10_000n);
}

/** True when neither amount is 5% or more above the other (integer arithmetic, no floats). */
export function withinProFormaTolerance(aCents: Cents, bCents: Cents): boolean {
  const high = BigInt(Math.max(aCents, bCents));
  const low = BigInt(Math.min(aCents, bCents));
  return high * 100n < low * BigInt(100 + PRO_FORMA_TOLERANCE_PERCENT);
}

function maatwerkGrounds(r: Omit<BorgstellingRequest, 'proForma'>): string[] {
  const c = r.categorie;
  const grounds: string[] = [];
  if (!r.gemeenteAangesloten) grounds.push('de gemeente staat niet op de lijst van de kredietbank');
  if (r.brutoKredietsomCents < c.accepterenVanafCents)
    grounds.push(`het bedrag ligt onder ${formatEuro(c.accepterenVanafCents)} (accepteren vanaf)`);
  if (r.brutoKredietsomCents >= c.maatwerkVanafCents)
    grounds.push(`het bedrag is ${formatEuro(c.maatwerkVanafCents)} (maatwerk vanaf) of meer`);
  if (r.looptijdMaanden > MAX_AUTOMATIC_LOOPTIJD_MAANDEN)
    grounds.push(`de looptijd is langer dan ${MAX_AUTOMATIC_LOOPTIJD_MAANDEN} maanden`);
  return grounds;
}

/** The decision without a pro-forma (accepteer-automatisch.feature, "Beoordeel aanvraag zonder pro-forma aanvraag"). */
export function assessStandard(r: Omit<BorgstellingRequest, 'proForma'>): {
  outcome: BorgstellingUitkomst;
  reason: string;
} {
  const c = r.categorie;
  const amount = formatEuro(r.brutoKredietsomCents);
  const grounds = maatwerkGrounds(r);
  if (grounds.length === 0)
    return {
      outcome: 'geaccepteerd',
      reason:
        `Het bedrag van ${amount} is ${formatEuro(c.accepterenVanafCents)} of meer en minder dan ` +
        `${formatEuro(c.maatwerkVanafCents)}, de looptijd is ${r.looptijdMaanden} maanden en de gemeente ` +
        'staat op de lijst van de kredietbank: het waarborgfonds geeft de borgstelling automatisch af.',
    };
  if (r.brutoKredietsomCents >= c.afwijzenVanafCents)
    return {
      outcome: 'afgewezen',
      reason: `Het bedrag van ${amount} is ${formatEuro(c.afwijzenVanafCents)} (afwijzen vanaf) of meer: het waarborgfonds wijst de aanvraag af.`,
    };
  return {
    outcome: 'maatwerk',
    reason: `Het waarborgfonds beslist zelf over deze aanvraag (maatwerk), want ${grounds.join(' en ')}.`,
  };
}

const UITKOMST_WORD: Record<BorgstellingUitkomst, string> = {
  geaccepteerd: 'geaccepteerd',
  maatwerk: 'in behandeling (maatwerk)',
  afgewezen: 'afgewezen',
};

/** Why a pro-forma does not bind this request, or null when it does. */
function proFormaMismatch(r: BorgstellingRequest, p: ProForma): string | null {
  if (p.gebruikt) return 'de pro-forma aanvraag is al eens gebruikt';
  if (p.uitkomst === 'maatwerk') return 'over de pro-forma aanvraag is nog niet beslist';
  if (!withinProFormaTolerance(r.brutoKredietsomCents, p.brutoKredietsomCents))
    return `het bedrag wijkt ${PRO_FORMA_TOLERANCE_PERCENT}% of meer af van de pro-forma aanvraag (${formatEuro(p.brutoKredietsomCents)})`;
  if (r.looptijdMaanden !== p.looptijdMaanden && r.looptijdMaanden > MAX_AUTOMATIC_LOOPTIJD_MAANDEN)
    return `de looptijd wijkt af van de pro-forma aanvraag (${p.looptijdMaanden} maanden) en is langer dan ${MAX_AUTOMATIC_LOOPTIJD_MAANDEN} maanden`;
  return null;
}

/** The fund's decision on one aanvraag borgstelling, with the premium and a Dutch reason. */
export function assessBorgstelling(request: BorgstellingRequest): BorgstellingAssessment {
  const standard = assessStandard(request);
  const premium = (outcome: BorgstellingUitkomst) =>
    outcome === 'afgewezen'
      ? 0
      : borgstellingPremium(request.brutoKredietsomCents, request.categorie.premieBasisPoints);
  const done = (outcome: BorgstellingUitkomst, reason: string, boundByProForma = false) => ({
    outcome,
    premiumCents: premium(outcome),
    reason,
    boundByProForma,
  });
  const p = request.proForma;
  // An automatic acceptance stands whatever the pro-forma said (accepteer-automatisch.feature, "Standaard aanvraag").
  if (!p || standard.outcome === 'geaccepteerd') return done(standard.outcome, standard.reason);
  const mismatch = proFormaMismatch(request, p);
  if (mismatch !== null)
    return done(
      standard.outcome,
      `${standard.reason.replace(/\.$/, '')}; de pro-forma aanvraag geldt niet, want ${mismatch}.`,
    );
  return done(
    p.uitkomst,
    `De aanvraag wijkt minder dan ${PRO_FORMA_TOLERANCE_PERCENT}% af van de pro-forma aanvraag ` +
      `(${formatEuro(p.brutoKredietsomCents)}, ${p.looptijdMaanden} maanden), die is ${UITKOMST_WORD[p.uitkomst]}: ` +
      'die uitkomst geldt ook voor deze aanvraag.',
    true,
  );
}
