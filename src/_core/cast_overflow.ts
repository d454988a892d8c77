/**
 * The FP overflow of narrowing one Python float (elements.ts's conversions) reported through
 * np.errstate. A leaf module: elements.ts sits below the ufunc machinery in the import graph,
 * so umath/errstate.ts plugs its reporter in here when it loads instead of being imported.
 */
let report: () => void = () => {};

/** A finite value became inf in a narrower float: "overflow encountered in cast". */
export function castOverflowed(): void {
  report();
}

/** @internal Set by umath/errstate.ts. */
export function onCastOverflow(fn: () => void): void {
  report = fn;
}
