/**
 * `np.Complex`: an immutable complex number, numtype's Python `complex`.
 * Arrays of complex dtype hand these out from `at`, `item` and `tolist`.
 */
export class Complex {
  constructor(
    readonly re: number,
    readonly im = 0,
  ) {
    Object.freeze(this);
  }

  /** Python's `repr(complex)`: `(1+2j)`, `1j`, `(nan+infj)`, `(-0-1j)`. */
  toString(): string {
    if (this.re === 0 && !Object.is(this.re, -0)) return `${pyFloatRepr(this.im, true)}j`;
    const sign = this.im < 0 || Object.is(this.im, -0) ? '-' : '+';
    return `(${pyFloatRepr(this.re, true)}${sign}${pyFloatRepr(Math.abs(this.im), true)}j)`;
  }

  equals(other: Complex): boolean {
    return this.re === other.re && this.im === other.im;
  }
}

/** Python's float repr; `complexPart` drops the `.0` of integral values as Python's complex repr does. */
export function pyFloatRepr(x: number, complexPart: boolean): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (Object.is(x, -0)) return complexPart ? '-0' : '-0.0';
  const abs = Math.abs(x);
  let s: string;
  if (abs !== 0 && (abs >= 1e16 || abs < 1e-4)) {
    s = x.toExponential();
    s = s.replace(/e([+-])(\d)$/, 'e$10$2');
  } else {
    s = String(x);
    if (!complexPart && !s.includes('.') && !s.includes('e')) s += '.0';
  }
  return s;
}

export function isComplex(x: unknown): x is Complex {
  return x instanceof Complex;
}
