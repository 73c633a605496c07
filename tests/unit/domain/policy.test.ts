import { DEFAULT_POLICY, PolicyError, resolvePolicy, waarborgfondsSettings } from '../../../domain/policy';

describe('policy', () => {
  test('defaults are the practice norms of domain.md', () => {
    expect(DEFAULT_POLICY).toMatchObject({
      creditorAnswerWerkdagen: 10,
      defaultConvenantMonths: 4,
      looptijdMonths: 18,
      schuldregelingDays: 120,
      noodstopMonths: 4,
      noodstopExtensionMonths: 8,
      waarborgfonds: { automaticThresholdCents: 500_000, premiumBasisPoints: 100 },
      beschikkingVerordeningWeeks: 8,
      nazorgCheckInMonths: [3, 12],
      reviewIntervalMonths: 6,
    });
  });

  test('a gemeente overrides some values and keeps the rest', () => {
    const policy = resolvePolicy({
      looptijdMonths: 36,
      waarborgfonds: { premiumBasisPoints: 150 },
      beschikkingVerordeningWeeks: 6,
    });
    expect(policy.looptijdMonths).toBe(36);
    expect(policy.waarborgfonds).toMatchObject({ automaticThresholdCents: 500_000, premiumBasisPoints: 150 });
    expect(policy.creditorAnswerWerkdagen).toBe(10);
    expect(policy.beschikkingVerordeningWeeks).toBe(6);
  });

  test('the beschikking term cannot exceed the statutory 8 weeks', () => {
    expect(() => resolvePolicy({ beschikkingVerordeningWeeks: 9 })).toThrow(/beschikkingVerordeningWeeks/);
  });

  test('statutory terms are not configurable', () => {
    expect(() => resolvePolicy({ eersteGesprekWeeks: 6 } as never)).toThrow(PolicyError);
  });

  test('errors name the field', () => {
    try {
      resolvePolicy({ waarborgfonds: { premiumBasisPoints: -1 }, reminderLeadWerkdagen: 2.5 });
      throw new Error('expected PolicyError');
    } catch (error) {
      expect(error).toBeInstanceOf(PolicyError);
      expect((error as PolicyError).errors.map((e) => e.field).sort()).toEqual([
        'reminderLeadWerkdagen',
        'waarborgfonds.premiumBasisPoints',
      ]);
    }
  });

  test('a reminder must come before the answer term ends', () => {
    expect(() => resolvePolicy({ creditorAnswerWerkdagen: 5, reminderLeadWerkdagen: 5 })).toThrow(
      /reminderLeadWerkdagen/,
    );
  });

  test("waarborgfonds: the fund's category 100 by default (sbnnl/documentatie borgstelling-aanvragen.feature: 1%, 0 / 5.000 / 10.000), a list of gemeenten and the address", () => {
    expect(DEFAULT_POLICY.waarborgfonds.categorie).toEqual({
      accepterenVanafCents: 0,
      maatwerkVanafCents: 500_000,
      afwijzenVanafCents: 1_000_000,
      premieBasisPoints: 100,
    });
    const policy = resolvePolicy({ waarborgfonds: { aangeslotenGemeenten: ['GM0599', 'GM0606'] } });
    expect(waarborgfondsSettings(policy).gemeenteAangesloten('GM0606')).toBe(true);
    expect(waarborgfondsSettings(policy).gemeenteAangesloten('GM0363')).toBe(false);
    expect(waarborgfondsSettings(DEFAULT_POLICY).gemeenteAangesloten('GM0363')).toBe(true);
    expect(() => resolvePolicy({ waarborgfonds: { aangeslotenGemeenten: ['Rotterdam'] } })).toThrow(
      /waarborgfonds.aangeslotenGemeenten\[0\]/,
    );
  });

  test('waarborgfondsSettings fills in a policy recorded before the categorie and adres existed', () => {
    const old = { waarborgfonds: { automaticThresholdCents: 500_000, premiumBasisPoints: 100 } } as never;
    expect(waarborgfondsSettings(old).categorie.maatwerkVanafCents).toBe(500_000);
    expect(waarborgfondsSettings(old).adres.name).toBe('Waarborgfonds Saneringskredieten');
  });
});
