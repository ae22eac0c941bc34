/** Exact rational numbers on bigint: always normalised (gcd 1, positive denominator). */
export interface Fraction {
  readonly n: bigint;
  readonly d: bigint;
}

/** The greatest common divisor of two integers (non-negative). */
export function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

export function frac(n: bigint | number, d: bigint | number = 1n): Fraction {
  let nn = BigInt(n);
  let dd = BigInt(d);
  if (dd === 0n) throw new Error('fraction with a zero denominator');
  if (dd < 0n) {
    nn = -nn;
    dd = -dd;
  }
  if (dd === 1n) return { n: nn, d: 1n };
  const g = gcd(nn, dd);
  return g === 1n ? { n: nn, d: dd } : { n: nn / g, d: dd / g };
}

export const ZERO: Fraction = { n: 0n, d: 1n };
export const ONE: Fraction = { n: 1n, d: 1n };

/** a + sign·b on normalised inputs, with Knuth's smaller gcds (the result needs no further reduction). */
function addSigned(a: Fraction, b: Fraction, negate: boolean): Fraction {
  const bn = negate ? -b.n : b.n;
  if (a.d === 1n && b.d === 1n) return { n: a.n + bn, d: 1n };
  if (a.d === b.d) return frac(a.n + bn, a.d);
  const g = gcd(a.d, b.d);
  if (g === 1n) return { n: a.n * b.d + bn * a.d, d: a.d * b.d };
  const t = a.n * (b.d / g) + bn * (a.d / g);
  if (t === 0n) return ZERO;
  const g2 = gcd(t, g);
  return { n: t / g2, d: (a.d / g) * (b.d / g2) };
}
export const add = (a: Fraction, b: Fraction): Fraction => addSigned(a, b, false);
export const sub = (a: Fraction, b: Fraction): Fraction => addSigned(a, b, true);
export function mul(a: Fraction, b: Fraction): Fraction {
  if (a.n === 0n || b.n === 0n) return ZERO;
  const g1 = gcd(a.n, b.d);
  const g2 = gcd(b.n, a.d);
  return { n: (a.n / g1) * (b.n / g2), d: (a.d / g2) * (b.d / g1) };
}
export function div(a: Fraction, b: Fraction): Fraction {
  if (b.n === 0n) throw new Error('division by zero');
  return frac(a.n * b.d, a.d * b.n);
}
/** −1, 0 or 1 as a is less than, equal to or greater than b. */
export function compare(a: Fraction, b: Fraction): -1 | 0 | 1 {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}
export const eq = (a: Fraction, b: Fraction): boolean => a.n === b.n && a.d === b.d;
export const isInteger = (a: Fraction): boolean => a.d === 1n;
/** The largest integer not above a. */
export function floor(a: Fraction): bigint {
  const q = a.n / a.d;
  return a.n < 0n && q * a.d !== a.n ? q - 1n : q;
}

/** Parses an integer or a plain decimal ("12", "-3.25", "1e3" is refused). */
export function parseDecimal(text: string): Fraction {
  const m = /^\s*(-?)(\d+)(?:\.(\d*))?\s*$/.exec(text) ?? /^\s*(-?)()\.(\d+)\s*$/.exec(text);
  if (!m) throw new Error(`not a number: "${text}"`);
  const sign = m[1] === '-' ? -1n : 1n;
  const whole = m[2] || '0';
  const decimals = m[3] ?? '';
  return frac(sign * BigInt(whole + decimals), 10n ** BigInt(decimals.length));
}

/** "a/b", or the integer alone. */
export const toString = (a: Fraction): string => (a.d === 1n ? a.n.toString() : `${a.n}/${a.d}`);

/** An exact decimal when the denominator has only the factors 2 and 5, otherwise "a/b". */
export function toDecimal(a: Fraction): string {
  if (a.d === 1n) return a.n.toString();
  let d = a.d;
  let twos = 0;
  let fives = 0;
  while (d % 2n === 0n) {
    d /= 2n;
    twos++;
  }
  while (d % 5n === 0n) {
    d /= 5n;
    fives++;
  }
  if (d !== 1n) return toString(a);
  const digits = Math.max(twos, fives);
  const scaled = (a.n * 10n ** BigInt(digits)) / a.d;
  const neg = scaled < 0n;
  const s = (neg ? -scaled : scaled).toString().padStart(digits + 1, '0');
  return `${neg ? '-' : ''}${s.slice(0, s.length - digits)}.${s.slice(s.length - digits)}`;
}

/** a × k for an integer k: the gcd is taken with the small k only. */
export function mulInt(a: Fraction, k: bigint): Fraction {
  if (k === 0n || a.n === 0n) return ZERO;
  const g = gcd(k, a.d);
  return g === 1n ? { n: a.n * k, d: a.d } : { n: a.n * (k / g), d: a.d / g };
}

/** a ÷ k for a non-zero integer k: the gcd is taken with the small k only. */
export function divInt(a: Fraction, k: bigint): Fraction {
  if (k === 0n) throw new Error('division by zero');
  if (k < 0n) return divInt({ n: -a.n, d: a.d }, -k);
  const g = gcd(a.n, k);
  return g === 1n ? { n: a.n, d: a.d * k } : { n: a.n / g, d: a.d * (k / g) };
}
