import { DEFAULT_POLICY, PolicyError, resolvePolicy } from '../../../domain/policy';

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
    expect(policy.waarborgfonds).toEqual({ automaticThresholdCents: 500_000, premiumBasisPoints: 150 });
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
});
