/**
 * Exact decimal numbers for figures read from spreadsheets. A figure is kept as whole digits
 * and a count of decimal places (1234,5 = 12345 with 1 place), so changing its unit (nghìn đồng
 * → triệu đồng) moves the decimal point and never rounds: no binary floating-point drift.
 */

export interface Decimal {
  /** The digits, with the sign: 12345 for 1234,5 and -12345 for -1234,5. */
  digits: bigint;
  /** How many of the digits are decimals (0 or more). */
  scale: number;
}

const TEN = 10n;

/** Drops trailing decimal zeros: 12300 with 2 places is 123. */
export function normalise(d: Decimal): Decimal {
  let { digits, scale } = d;
  while (scale > 0 && digits % TEN === 0n) {
    digits /= TEN;
    scale -= 1;
  }
  return { digits, scale };
}

/** Multiplies by 10^power (a negative power divides), exactly. */
export function shift(d: Decimal, power: number): Decimal {
  if (power >= 0) {
    const up = Math.min(power, d.scale);
    return normalise({ digits: d.digits * TEN ** BigInt(power - up), scale: d.scale - up });
  }
  return normalise({ digits: d.digits, scale: d.scale - power });
}

/** "1234.5", "-0.003", "1200": the plain form, with a dot, as a program reads it. */
export function toPlain(d: Decimal): string {
  const { digits, scale } = normalise(d);
  const negative = digits < 0n;
  const abs = (negative ? -digits : digits).toString();
  if (scale === 0) return `${negative ? '-' : ''}${abs}`;
  const padded = abs.padStart(scale + 1, '0');
  return `${negative ? '-' : ''}${padded.slice(0, -scale)}.${padded.slice(-scale)}`;
}

/** The figure as a JavaScript number (exact for figures of up to 15 significant digits). */
export function toNumber(d: Decimal): number {
  return Number(toPlain(d));
}

/** Reads a plain decimal ("-1234.5"); undefined when the text is not one. */
export function fromPlain(text: string): Decimal | undefined {
  const m = /^(-)?(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) return undefined;
  const digits = BigInt(`${m[2]}${m[3] ?? ''}`);
  return normalise({ digits: m[1] ? -digits : digits, scale: m[3]?.length ?? 0 });
}

/**
 * A number stored in a cell. Excel keeps 15 significant digits, so a value like
 * 0.30000000000000004 (left by a formula) is the 0.3 Excel shows.
 */
export function fromCellNumber(value: number): Decimal | undefined {
  if (!Number.isFinite(value)) return undefined;
  const text = Number(value.toPrecision(15)).toString();
  if (/e/i.test(text)) {
    // Very large or very small: expand the exponent exactly.
    const [mantissa, exp] = text.toLowerCase().split('e');
    const base = fromPlain(mantissa!);
    return base && shift(base, Number(exp));
  }
  return fromPlain(text);
}

export function isWhole(d: Decimal): boolean {
  return normalise(d).scale === 0;
}

export function isNegative(d: Decimal): boolean {
  return d.digits < 0n;
}

export function isZero(d: Decimal): boolean {
  return d.digits === 0n;
}

export function add(a: Decimal, b: Decimal): Decimal {
  const scale = Math.max(a.scale, b.scale);
  const x = a.digits * TEN ** BigInt(scale - a.scale);
  const y = b.digits * TEN ** BigInt(scale - b.scale);
  return normalise({ digits: x + y, scale });
}

export function equals(a: Decimal, b: Decimal): boolean {
  const x = normalise(a);
  const y = normalise(b);
  return x.digits === y.digits && x.scale === y.scale;
}

/** Vietnamese writing: "1.234.567,5" (dot between thousands, comma before decimals). */
export function toVietnamese(d: Decimal): string {
  const plain = toPlain(d);
  const [whole, decimals] = plain.split('.');
  const negative = whole!.startsWith('-');
  const digits = negative ? whole!.slice(1) : whole!;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${negative ? '-' : ''}${grouped}${decimals ? `,${decimals}` : ''}`;
}
