/**
 * Money is an integer number of euro-cents, everywhere. No float ever enters a money path:
 * parsing works on the digits of the text, formatting on integer division.
 */
export type Cents = number;

export function assertCents(value: number, what = 'bedrag'): Cents {
  if (!Number.isSafeInteger(value))
    throw new RangeError(`${what} moet een geheel aantal centen zijn, niet ${value}`);
  return value;
}

const GROUPS = /\B(?=(\d{3})+(?!\d))/g;

/** nl-NL: 123456 → "€ 1.234,56"; -500 → "-€ 5,00". */
export function formatEuro(cents: Cents): string {
  assertCents(cents);
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const euros = ((abs - (abs % 100)) / 100).toString().replace(GROUPS, '.');
  const rest = (abs % 100).toString().padStart(2, '0');
  return `${sign}€ ${euros},${rest}`;
}

const EURO_TEXT = /^(-)?\s*(?:€|EUR)?\s*(-)?\s*(\d{1,3}(?:\.\d{3})+|\d+)(?:[,.](\d{1,2}))?\s*$/i;
const PLAIN_DOT_DECIMAL = /^(-)?\s*(?:€|EUR)?\s*(\d+)\.(\d{1,2})\s*$/i;

/**
 * Parses "€ 1.234,56", "1234,56", "1.234" (thousands) and "1234.56" (decimal point) into cents.
 * A single dot followed by one or two digits is a decimal point; dots between groups of three are thousands.
 */
export function parseEuro(text: string): Cents {
  const plain = PLAIN_DOT_DECIMAL.exec(text);
  if (plain) {
    const [, minus, euros, decimals] = plain as unknown as [string, string | undefined, string, string];
    return signed(minus, BigInt(euros) * 100n + BigInt(decimals.padEnd(2, '0')));
  }
  const match = EURO_TEXT.exec(text);
  if (!match) throw new RangeError(`Geen geldig bedrag: ${JSON.stringify(text)} (voorbeeld: € 1.234,56)`);
  const [, minusBefore, minusAfter, euros, decimals] = match as unknown as [
    string,
    string | undefined,
    string | undefined,
    string,
    string | undefined,
  ];
  // "-€ -5" or "--5" is not a double negative but a typo: refuse rather than guess.
  if (minusBefore && minusAfter)
    throw new RangeError(`Geen geldig bedrag: ${JSON.stringify(text)} (twee mintekens)`);
  const whole = BigInt(euros.replace(/\./g, ''));
  return signed(minusBefore ?? minusAfter, whole * 100n + BigInt((decimals ?? '0').padEnd(2, '0')));
}

function signed(minus: string | undefined, cents: bigint): Cents {
  const value = Number(minus ? -cents : cents);
  return assertCents(value);
}
