/**
 * `np.random.RandomState`: the legacy API over MT19937 (NumPy's mtrand.pyx), whose streams
 * NumPy keeps unchanged: legacy seeding, the tuple state with the cached gauss, masked
 * bounded integers, and the frozen samplers of ./distributions.
 */
import { type DTypeLike, float64, int64, type KeyOf, type ValidDType } from '../../_core/dtype.js';
import { OverflowError, ValueError } from '../../_core/errors.js';
import { NDArray } from '../../_core/ndarray.js';
import { BitGenerator } from '../bit_generator/bit_generator.js';
import { MT19937 } from '../bit_generator/mt19937.js';
import * as C from '../distributions/continuous.js';
import * as D from '../distributions/discrete.js';
import { choice } from '../generator/choice.js';
import { runBinomial, subtract, triangular } from '../generator/generator.js';
import { boundedIntegers } from '../generator/integers.js';
import {
  legacyDirichlet,
  legacyMultinomial,
  multivariateNormal,
} from '../generator/multivariate.js';
import { bind, Cons, run, type Size, shapeOf, toParam, zipParams } from '../generator/params.js';
import { permutation, shuffle } from '../generator/shuffle.js';
import type { IntScalar, SizeArg, Sized, SizedInt, Unsized, UnsizedInt } from '../types.js';
import * as L from './distributions.js';

function warn(msg: string, category: string): void {
  const p = (globalThis as { process?: { emitWarning?: (m: string, t: string) => void } }).process;
  if (p?.emitWarning) p.emitWarning(msg, category);
  else console.warn(`${category}: ${msg}`);
}

const isNone = (v: unknown) => v === null || v === undefined;

export class RandomState {
  _bit_generator!: BitGenerator;
  /** The aug_bitgen_t: bit generator plus the cached second normal. */
  _aug!: L.LegacyState;
  readonly _binomial = new D.BinomialState();

  constructor(seed?: unknown) {
    let bg: BitGenerator;
    if (seed instanceof BitGenerator) bg = seed;
    else {
      bg = new MT19937();
      if (!isNone(seed)) (bg as MT19937)._legacy_seeding(seed);
    }
    this._initialize_bit_generator(bg);
  }

  /** @internal (set_bit_generator) */
  _initialize_bit_generator(bg: BitGenerator): void {
    this._bit_generator = bg;
    this._aug = new L.LegacyState(bg);
  }

  private get bg(): BitGenerator {
    return this._bit_generator;
  }

  toString(): string {
    return `RandomState(${this._bit_generator.name})`;
  }

  /** `seed(seed=None)`: legacy MT19937 seeding, and the gauss cache reset. */
  seed(seed?: unknown): void {
    if (!(this._bit_generator instanceof MT19937))
      throw new TypeError('can only re-seed a MT19937 BitGenerator');
    this._bit_generator._legacy_seeding(seed ?? null);
    this._aug.has_gauss = 0;
    this._aug.gauss = 0.0;
  }

  /** `get_state(legacy=True)`: ['MT19937', key, pos, has_gauss, gauss], or the dict. */
  get_state(...args: unknown[]): unknown {
    const a = bind('get_state', ['legacy'], [true], args);
    let legacy = !!a.legacy;
    const st = this._bit_generator.state as Record<string, any>;
    st.has_gauss = this._aug.has_gauss;
    st.gauss = this._aug.gauss;
    if (st.bit_generator !== 'MT19937' && legacy) {
      warn(
        'get_state and legacy can only be used with the MT19937 BitGenerator. To silence this warning, set `legacy` to False.',
        'RuntimeWarning',
      );
      legacy = false;
    }
    if (legacy) return [st.bit_generator, st.state.key, st.state.pos, st.has_gauss, st.gauss];
    return st;
  }

  /** `set_state(state)` from the dict or the legacy tuple (a JS array). */
  set_state(state: unknown): void {
    let st: Record<string, any>;
    if (
      state !== null &&
      typeof state === 'object' &&
      !Array.isArray(state) &&
      !(state instanceof NDArray)
    ) {
      const s = state as Record<string, any>;
      if (!('bit_generator' in s) || !('state' in s))
        throw new ValueError('state dictionary is not valid.');
      st = s;
    } else {
      if (!Array.isArray(state)) throw new TypeError('state must be a dict or a tuple.');
      if (state[0] !== 'MT19937')
        throw new ValueError('set_state can only be used with legacy MT19937 state instances.');
      st = { bit_generator: state[0], state: { key: state[1], pos: state[2] } };
      if (state.length > 3) {
        st.has_gauss = state[3];
        st.gauss = state[4];
      }
    }
    const gauss = st.gauss ?? 0.0;
    const hasGauss = st.has_gauss ?? 0;
    this._aug.gauss = Number(gauss);
    this._aug.has_gauss = Number(hasGauss);
    this._bit_generator.state = st;
  }

  // Scalar parameters and no size: a number; a size (positional or in the options): an array.
  random_sample(): number;
  random_sample(size: SizeArg): NDArray<'float64'>;
  random_sample(...args: [...unknown[], Sized]): NDArray<'float64'>;
  random_sample(...args: [...number[], Unsized]): number;
  random_sample(...args: unknown[]): number | NDArray<'float64'>;
  random_sample(...args: unknown[]): number | NDArray {
    const a = bind('random_sample', ['size'], [null], args);
    return this.sample(a.size);
  }

  // Scalar parameters and no size: a number; a size (positional or in the options): an array.
  random(): number;
  random(size: SizeArg): NDArray<'float64'>;
  random(...args: [...unknown[], Sized]): NDArray<'float64'>;
  random(...args: [...number[], Unsized]): number;
  random(...args: unknown[]): number | NDArray<'float64'>;
  random(...args: unknown[]): number | NDArray {
    const a = bind('random', ['size'], [null], args);
    return this.sample(a.size);
  }

  private sample(size: Size): number | NDArray {
    if (isNone(size)) return this.bg.nextDouble();
    const out = NDArray.empty(shapeOf(size), float64);
    this.bg.fillDouble(new Float64Array(out.buffer as ArrayBuffer), 0, out.size);
    return out;
  }

  /** `rand(d0, d1, ...)`: uniform samples of that shape (a number with no argument). */
  rand(): number;
  rand(d0: number, ...dims: number[]): NDArray<'float64'>;
  rand(...dims: number[]): number | NDArray<'float64'>;
  rand(...dims: number[]): number | NDArray {
    return this.sample(dims.length === 0 ? null : dims);
  }

  /** `randn(d0, d1, ...)`: standard normals of that shape. */
  randn(): number;
  randn(d0: number, ...dims: number[]): NDArray<'float64'>;
  randn(...dims: number[]): number | NDArray<'float64'>;
  randn(...dims: number[]): number | NDArray {
    return this.normals(dims.length === 0 ? null : dims);
  }

  // Scalar parameters and no size: a number; a size (positional or in the options): an array.
  standard_normal(): number;
  standard_normal(size: SizeArg): NDArray<'float64'>;
  standard_normal(...args: [...unknown[], Sized]): NDArray<'float64'>;
  standard_normal(...args: [...number[], Unsized]): number;
  standard_normal(...args: unknown[]): number | NDArray<'float64'>;
  standard_normal(...args: unknown[]): number | NDArray {
    const a = bind('standard_normal', ['size'], [null], args);
    return this.normals(a.size);
  }

  private normals(size: Size): number | NDArray {
    if (isNone(size)) return L.gauss(this._aug);
    const out = NDArray.empty(shapeOf(size), float64);
    L.fillGauss(this._aug, new Float64Array(out.buffer as ArrayBuffer), 0, out.size);
    return out;
  }

  /** `randint(low, high=None, size=None, dtype=int)`: masked rejection, half-open. */
  // Scalar bounds and no size: a number (a boolean for dtype bool); a size: an array.
  randint(low: number | bigint, high?: number | bigint | null): number;
  randint<D extends DTypeLike = 'int64'>(
    low: unknown,
    high: unknown,
    size: SizeArg,
    dtype?: ValidDType<D>,
  ): NDArray<KeyOf<D>>;
  randint<D extends DTypeLike = 'int64'>(
    ...args: [...unknown[], SizedInt<ValidDType<D>>]
  ): NDArray<KeyOf<D>>;
  randint<D extends DTypeLike = 'int64'>(
    low: number | bigint,
    high: number | bigint | null | undefined,
    opts: UnsizedInt<ValidDType<D>>,
  ): IntScalar<D>;
  randint<D extends DTypeLike = 'int64'>(
    low: number | bigint,
    opts: UnsizedInt<ValidDType<D>>,
  ): IntScalar<D>;
  randint(...args: unknown[]): number | boolean | NDArray;
  randint(...args: unknown[]): unknown {
    const a = bind(
      'randint',
      ['low', 'high', 'size', 'dtype'],
      [undefined, null, null, 'int64'],
      args,
    );
    let { low, high } = a;
    if (isNone(high)) {
      high = low;
      low = 0;
    }
    const dt = a.dtype === Number || isNone(a.dtype) ? 'int64' : a.dtype;
    return boundedIntegers(this.bg, low, high, a.size, dt, true, false, 'randint');
  }

  /** `random_integers(low, high=None, size=None)`: deprecated closed-interval randint. */
  // Scalar parameters and no size: a number; a size (positional or in the options): an array.
  random_integers(low: number, high?: number): number;
  random_integers(low: unknown, high: unknown, size: SizeArg): NDArray<'int64'>;
  random_integers(...args: [...unknown[], Sized]): NDArray<'int64'>;
  random_integers(...args: [...number[], Unsized]): number;
  random_integers(...args: unknown[]): number | NDArray<'int64'>;
  random_integers(...args: unknown[]): unknown {
    const a = bind('random_integers', ['low', 'high', 'size'], [undefined, null, null], args);
    let { low, high } = a;
    if (isNone(high)) {
      warn(
        `This function is deprecated. Please call randint(1, ${low} + 1) instead`,
        'DeprecationWarning',
      );
      high = low;
      low = 1;
    } else {
      warn(
        `This function is deprecated. Please call randint(${low}, ${high} + 1) instead`,
        'DeprecationWarning',
      );
    }
    const h = typeof high === 'bigint' ? high + 1n : Math.trunc(Number(high)) + 1;
    return this.randint(low, h, { size: a.size, dtype: 'int64' });
  }

  /** `tomaxint(size=None)`: non-negative int64 (next_uint64 >> 1). */
  // Scalar parameters and no size: a number; a size (positional or in the options): an array.
  tomaxint(): number;
  tomaxint(size: SizeArg): NDArray<'int64'>;
  tomaxint(...args: [...unknown[], Sized]): NDArray<'int64'>;
  tomaxint(...args: [...number[], Unsized]): number;
  tomaxint(...args: unknown[]): number | NDArray<'int64'>;
  tomaxint(...args: unknown[]): unknown {
    const a = bind('tomaxint', ['size'], [null], args);
    const draw = (): [number, number] => {
      this.bg.next64();
      return [this.bg.hi >>> 1, ((this.bg.lo >>> 1) | ((this.bg.hi & 1) << 31)) >>> 0];
    };
    if (isNone(a.size)) {
      const [h, l] = draw();
      return h * 4294967296 + l;
    }
    const out = NDArray.empty(shapeOf(a.size), int64);
    const w = new Uint32Array(out.buffer as ArrayBuffer);
    for (let i = 0; i < out.size; i++) [w[2 * i + 1], w[2 * i]] = draw();
    return out;
  }

  bytes(length: number): Uint8Array {
    const n = Math.floor((length - 1) / 4) + 1;
    const words = this.randint(0, 4294967296, { size: n, dtype: 'uint32' }) as NDArray;
    return new Uint8Array(words.buffer as ArrayBuffer, 0, n * 4).slice(0, length);
  }

  choice(...args: unknown[]): unknown {
    const a = bind('choice', ['a', 'size', 'replace', 'p'], [undefined, null, true, null], args);
    const host = {
      bg: this.bg,
      legacy: true,
      uniform: (shape: number[]) => {
        const o = new Float64Array(shape.reduce((x, y) => x * y, 1));
        this.bg.fillDouble(o, 0, o.length);
        return o;
      },
      ints: (n: number, shape: number[]) => this.randint(0, n, { size: shape }) as NDArray,
    };
    return choice(host, a.a, a.size, !!a.replace, a.p, 0, true);
  }

  // Scalar parameters and no size: a number; a size (positional or in the options): an array.
  uniform(low?: number, high?: number): number;
  uniform(low: unknown, high: unknown, size: SizeArg): NDArray<'float64'>;
  uniform(...args: [...unknown[], Sized]): NDArray<'float64'>;
  uniform(...args: [...number[], Unsized]): number;
  uniform(...args: unknown[]): number | NDArray<'float64'>;
  uniform(...args: unknown[]): number | NDArray {
    const a = bind('uniform', ['low', 'high', 'size'], [0.0, 1.0, null], args);
    const lo = toParam(a.low);
    const hi = toParam(a.high);
    if (lo.shape.length === 0 && hi.shape.length === 0) {
      const range = hi.data[0]! - lo.data[0]!;
      if (!Number.isFinite(range)) throw new OverflowError('Range exceeds valid bounds');
      return run(
        this.bg,
        C.uniform,
        a.size,
        [
          [lo.data[0], '', Cons.NONE],
          [range, '', Cons.NONE],
        ],
        false,
      );
    }
    const range = subtract(hi, lo);
    if (!range.data.every(Number.isFinite)) throw new OverflowError('Range exceeds valid bounds');
    return run(
      this.bg,
      C.uniform,
      a.size,
      [
        [lo.value, '', Cons.NONE],
        [range.arr, '', Cons.NONE],
      ],
      false,
    );
  }

  private cont(
    name: string,
    names: string[],
    defaults: unknown[],
    args: unknown[],
    fn: any,
    cons: [string, Cons][],
    aug = true,
  ): number | NDArray {
    const a = bind(name, [...names, 'size'], [...defaults, null], args);
    return run(
      aug ? this._aug : this.bg,
      fn,
      a.size,
      names.map((n, i) => [a[n], cons[i]![0], cons[i]![1]]),
      false,
    );
  }

  private disc(
    name: string,
    names: string[],
    defaults: unknown[],
    args: unknown[],
    fn: any,
    cons: [string, Cons][],
    aug = false,
  ): number | NDArray {
    const a = bind(name, [...names, 'size'], [...defaults, null], args);
    return run(
      aug ? this._aug : this.bg,
      fn,
      a.size,
      names.map((n, i) => [a[n], cons[i]![0], cons[i]![1]]),
      true,
    );
  }

  // Scalar parameters and no size: a number; a size (positional or in the options): an array.
  beta(a: number, b: number): number;
  beta(a: unknown, b: unknown, size: SizeArg): NDArray<'float64'>;
  beta(...args: [...unknown[], Sized]): NDArray<'float64'>;
  beta(...args: [...number[], Unsized]): number;
  beta(...args: unknown[]): number | NDArray<'float64'>;
  beta(...args: unknown[]): number | NDArray {
    return this.cont('beta', ['a', 'b'], [undefined, undefined], args, L.beta, [
      ['a', Cons.POSITIVE],
      ['b', Cons.POSITIVE],
    ]);
  }

  // Scalar parameters and no size: a number; a size (positional or in the options): an array.
  exponential(scale?: number): number;
  exponential(scale: unknown, size: SizeArg): NDArray<'float64'>;
  exponential(...args: [...unknown[], Sized]): NDArray<'float64'>;
  exponential(...args: [...number[], Unsized]): number;
  exponential(...args: unknown[]): number | NDArray<'float64'>;
  exponential(...args: unknown[]): number | NDArray {
    return this.cont('exponential', ['scale'], [1.0], args, L.exponential, [
      ['scale', Cons.NON_NEGATIVE],
    ]);
  }

  // Scalar parameters and no size: a number; a size (positional or in the options): an array.
  standard_exponential(): number;
  standard_exponential(size: SizeArg): NDArray<'float64'>;
  standard_exponential(...args: [...unknown[], Sized]): NDArray<'float64'>;
  standard_exponential(...args: [...number[], Unsized]): number;
  standard_exponential(...args: unknown[]): number | NDArray<'float64'>;
  standard_exponential(...args: unknown[]): number | NDArray {
    return this.cont('standard_exponential', [], [], args, L.standardExponential, []);
  }

  // Scalar parameters and no size: a number; a size (positional or in the options): an array.
  normal(loc?: number, scale?: number): number;
  normal(loc: unknown, scale: unknown, size: SizeArg): NDArray<'float64'>;
  normal(...args: [...unknown[], Sized]): NDArray<'float64'>;
  normal(...args: [...number[], Unsized]): number;
  normal(...args: unknown[]): number | NDArray<'float64'>;
  normal(...args: unknown[]): number | NDArray {
    return this.cont('normal', ['loc', 'scale'], [0.0, 1.0], args, L.normal, [
      ['', Cons.NONE],
      ['scale', Cons.NON_NEGATIVE],
    ]);
  }

  // Scalar parameters and no size: a number; a size (positional or in the options): an array.
  standard_gamma(shape: number): number;
  standard_gamma(shape: unknown, size: SizeArg): NDArray<'float64'>;
  standard_gamma(...args: [...unknown[], Sized]): NDArray<'float64'>;
  standard_gamma(...args: [...number[], Unsized]): number;
  standard_gamma(...args: unknown[]): number | NDArray<'float64'>;
  standard_gamma(...args: unknown[]): number | NDArray {
    return this.cont('standard_gamma', ['shape'], [undefined], args, L.standardGamma, [
      ['shape', Cons.NON_NEGATIVE],
    ]);
  }

  // Scalar parameters and no size: a number; a size (positional or in the options): an array.
  gamma(shape: number, scale?: number): number;
  gamma(shape: unknown, scale: unknown, size: SizeArg): NDArray<'float64'>;
  gamma(...args: [...unknown[], Sized]): NDArray<'float64'>;
  gamma(...args: [...number[], Unsized]): number;
  gamma(...args: unknown[]): number | NDArray<'float64'>;
  gamma(...args: unknown[]): number | NDArray {
    return this.cont('gamma', ['shape', 'scale'], [undefined, 1.0], args, L.gamma, [
      ['shape', Cons.NON_NEGATIVE],
      ['scale', Cons.NON_NEGATIVE],
    ]);
  }

  // Scalar parameters and no size: a number; a size (positional or in the options): an array.
  f(dfnum: number, dfden: number): number;
  f(dfnum: unknown, dfden: unknown, size: SizeArg): NDArray<'float64'>;
  f(...args: [...unknown[], Sized]): NDArray<'float64'>;
  f(...args: [...number[], Unsized]): number;
  f(...args: unknown[]): number | NDArray<'float64'>;
  f(...args: unknown[]): number | NDArray {
    return this.cont('f', ['dfnum', 'dfden'], [undefined, undefined], args, L.f, [
      ['dfnum', Cons.POSITIVE],
      ['dfden', Cons.POSITIVE],
    ]);
  }

  // Scalar parameters and no size: a number; a size (positional or in the options): an array.
  noncentral_f(dfnum: number, dfden: number, nonc: number): number;
  noncentral_f(dfnum: unknown, dfden: unknown, nonc: unknown, size: SizeArg): NDArray<'float64'>;
  noncentral_f(...args: [...unknown[], Sized]): NDArray<'float64'>;
  noncentral_f(...args: [...number[], Unsized]): number;
  noncentral_f(...args: unknown[]): number | NDArray<'float64'>;
  noncentral_f(...args: unknown[]): number | NDArray {
    return this.cont(
      'noncentral_f',
      ['dfnum', 'dfden', 'nonc'],
      [undefined, undefined, undefined],
      args,
      L.noncentralF,
      [
        ['dfnum', Cons.POSITIVE],
        ['dfden', Cons.POSITIVE],
        ['nonc', Cons.NON_NEGATIVE],
      ],
    );
  }

  // Scalar parameters and no size: a number; a size (positional or in the options): an array.
  chisquare(df: number): number;
  chisquare(df: unknown, size: SizeArg): NDArray<'float64'>;
  chisquare(...args: [...unknown[], Sized]): NDArray<'float64'>;
  chisquare(...args: [...number[], Unsized]): number;
  chisquare(...args: unknown[]): number | NDArray<'float64'>;
  chisquare(...args: unknown[]): number | NDArray {
    return this.cont('chisquare', ['df'], [undefined], args, L.chisquare, [['df', Cons.POSITIVE]]);
  }

  // Scalar parameters and no size: a number; a size (positional or in the options): an array.
  noncentral_chisquare(df: number, nonc: number): number;
  noncentral_chisquare(df: unknown, nonc: unknown, size: SizeArg): NDArray<'float64'>;
  noncentral_chisquare(...args: [...unknown[], Sized]): NDArray<'float64'>;
  noncentral_chisquare(...args: [...number[], Unsized]): number;
  noncentral_chisquare(...args: unknown[]): number | NDArray<'float64'>;
  noncentral_chisquare(...args: unknown[]): number | NDArray {
    return this.cont(
      'noncentral_chisquare',
      ['df', 'nonc'],
      [undefined, undefined],
      args,
      L.noncentralChisquare,
      [
        ['df', Cons.POSITIVE],
        ['nonc', Cons.NON_NEGATIVE],
      ],
    );
  }

  // Scalar parameters and no size: a number; a size (positional or in the options): an array.
  standard_cauchy(): number;
  standard_cauchy(size: SizeArg): NDArray<'float64'>;
  standard_cauchy(...args: [...unknown[], Sized]): NDArray<'float64'>;
  standard_cauchy(...args: [...number[], Unsized]): number;
  standard_cauchy(...args: unknown[]): number | NDArray<'float64'>;
  standard_cauchy(...args: unknown[]): number | NDArray {
    return this.cont('standard_cauchy', [], [], args, L.standardCauchy, []);
  }

  // Scalar parameters and no size: a number; a size (positional or in the options): an array.
  standard_t(df: number): number;
  standard_t(df: unknown, size: SizeArg): NDArray<'float64'>;
  standard_t(...args: [...unknown[], Sized]): NDArray<'float64'>;
  standard_t(...args: [...number[], Unsized]): number;
  standard_t(...args: unknown[]): number | NDArray<'float64'>;
  standard_t(...args: unknown[]): number | NDArray {
    return this.cont('standard_t', ['df'], [undefined], args, L.standardT, [['df', Cons.POSITIVE]]);
  }

  // Scalar parameters and no size: a number; a size (positional or in the options): an array.
  vonmises(mu: number, kappa: number): number;
  vonmises(mu: unknown, kappa: unknown, size: SizeArg): NDArray<'float64'>;
  vonmises(...args: [...unknown[], Sized]): NDArray<'float64'>;
  vonmises(...args: [...number[], Unsized]): number;
  vonmises(...args: unknown[]): number | NDArray<'float64'>;
  vonmises(...args: unknown[]): number | NDArray {
    return this.cont(
      'vonmises',
      ['mu', 'kappa'],
      [undefined, undefined],
      args,
      L.vonmises,
      [
        ['mu', Cons.NONE],
        ['kappa', Cons.NON_NEGATIVE],
      ],
      false,
    );
  }

  // Scalar parameters and no size: a number; a size (positional or in the options): an array.
  pareto(a: number): number;
  pareto(a: unknown, size: SizeArg): NDArray<'float64'>;
  pareto(...args: [...unknown[], Sized]): NDArray<'float64'>;
  pareto(...args: [...number[], Unsized]): number;
  pareto(...args: unknown[]): number | NDArray<'float64'>;
  pareto(...args: unknown[]): number | NDArray {
    return this.cont('pareto', ['a'], [undefined], args, L.pareto, [['a', Cons.POSITIVE]]);
  }

  // Scalar parameters and no size: a number; a size (positional or in the options): an array.
  weibull(a: number): number;
  weibull(a: unknown, size: SizeArg): NDArray<'float64'>;
  weibull(...args: [...unknown[], Sized]): NDArray<'float64'>;
  weibull(...args: [...number[], Unsized]): number;
  weibull(...args: unknown[]): number | NDArray<'float64'>;
  weibull(...args: unknown[]): number | NDArray {
    return this.cont('weibull', ['a'], [undefined], args, L.weibull, [['a', Cons.NON_NEGATIVE]]);
  }

  // Scalar parameters and no size: a number; a size (positional or in the options): an array.
  power(a: number): number;
  power(a: unknown, size: SizeArg): NDArray<'float64'>;
  power(...args: [...unknown[], Sized]): NDArray<'float64'>;
  power(...args: [...number[], Unsized]): number;
  power(...args: unknown[]): number | NDArray<'float64'>;
  power(...args: unknown[]): number | NDArray {
    return this.cont('power', ['a'], [undefined], args, L.power, [['a', Cons.POSITIVE]]);
  }

  // Scalar parameters and no size: a number; a size (positional or in the options): an array.
  laplace(loc?: number, scale?: number): number;
  laplace(loc: unknown, scale: unknown, size: SizeArg): NDArray<'float64'>;
  laplace(...args: [...unknown[], Sized]): NDArray<'float64'>;
  laplace(...args: [...number[], Unsized]): number;
  laplace(...args: unknown[]): number | NDArray<'float64'>;
  laplace(...args: unknown[]): number | NDArray {
    return this.cont(
      'laplace',
      ['loc', 'scale'],
      [0.0, 1.0],
      args,
      C.laplace,
      [
        ['loc', Cons.NONE],
        ['scale', Cons.NON_NEGATIVE],
      ],
      false,
    );
  }

  // Scalar parameters and no size: a number; a size (positional or in the options): an array.
  gumbel(loc?: number, scale?: number): number;
  gumbel(loc: unknown, scale: unknown, size: SizeArg): NDArray<'float64'>;
  gumbel(...args: [...unknown[], Sized]): NDArray<'float64'>;
  gumbel(...args: [...number[], Unsized]): number;
  gumbel(...args: unknown[]): number | NDArray<'float64'>;
  gumbel(...args: unknown[]): number | NDArray {
    return this.cont(
      'gumbel',
      ['loc', 'scale'],
      [0.0, 1.0],
      args,
      C.gumbel,
      [
        ['loc', Cons.NONE],
        ['scale', Cons.NON_NEGATIVE],
      ],
      false,
    );
  }

  // Scalar parameters and no size: a number; a size (positional or in the options): an array.
  logistic(loc?: number, scale?: number): number;
  logistic(loc: unknown, scale: unknown, size: SizeArg): NDArray<'float64'>;
  logistic(...args: [...unknown[], Sized]): NDArray<'float64'>;
  logistic(...args: [...number[], Unsized]): number;
  logistic(...args: unknown[]): number | NDArray<'float64'>;
  logistic(...args: unknown[]): number | NDArray {
    return this.cont(
      'logistic',
      ['loc', 'scale'],
      [0.0, 1.0],
      args,
      C.logistic,
      [
        ['loc', Cons.NONE],
        ['scale', Cons.NON_NEGATIVE],
      ],
      false,
    );
  }

  // Scalar parameters and no size: a number; a size (positional or in the options): an array.
  lognormal(mean?: number, sigma?: number): number;
  lognormal(mean: unknown, sigma: unknown, size: SizeArg): NDArray<'float64'>;
  lognormal(...args: [...unknown[], Sized]): NDArray<'float64'>;
  lognormal(...args: [...number[], Unsized]): number;
  lognormal(...args: unknown[]): number | NDArray<'float64'>;
  lognormal(...args: unknown[]): number | NDArray {
    return this.cont('lognormal', ['mean', 'sigma'], [0.0, 1.0], args, L.lognormal, [
      ['mean', Cons.NONE],
      ['sigma', Cons.NON_NEGATIVE],
    ]);
  }

  // Scalar parameters and no size: a number; a size (positional or in the options): an array.
  rayleigh(scale?: number): number;
  rayleigh(scale: unknown, size: SizeArg): NDArray<'float64'>;
  rayleigh(...args: [...unknown[], Sized]): NDArray<'float64'>;
  rayleigh(...args: [...number[], Unsized]): number;
  rayleigh(...args: unknown[]): number | NDArray<'float64'>;
  rayleigh(...args: unknown[]): number | NDArray {
    return this.cont(
      'rayleigh',
      ['scale'],
      [1.0],
      args,
      L.rayleigh,
      [['scale', Cons.NON_NEGATIVE]],
      false,
    );
  }

  // Scalar parameters and no size: a number; a size (positional or in the options): an array.
  wald(mean: number, scale: number): number;
  wald(mean: unknown, scale: unknown, size: SizeArg): NDArray<'float64'>;
  wald(...args: [...unknown[], Sized]): NDArray<'float64'>;
  wald(...args: [...number[], Unsized]): number;
  wald(...args: unknown[]): number | NDArray<'float64'>;
  wald(...args: unknown[]): number | NDArray {
    return this.cont('wald', ['mean', 'scale'], [undefined, undefined], args, L.wald, [
      ['mean', Cons.POSITIVE],
      ['scale', Cons.POSITIVE],
    ]);
  }

  // Scalar parameters and no size: a number; a size (positional or in the options): an array.
  triangular(left: number, mode: number, right: number): number;
  triangular(left: unknown, mode: unknown, right: unknown, size: SizeArg): NDArray<'float64'>;
  triangular(...args: [...unknown[], Sized]): NDArray<'float64'>;
  triangular(...args: [...number[], Unsized]): number;
  triangular(...args: unknown[]): number | NDArray<'float64'>;
  triangular(...args: unknown[]): number | NDArray {
    const a = bind(
      'triangular',
      ['left', 'mode', 'right', 'size'],
      [undefined, undefined, undefined, null],
      args,
    );
    return triangular(this.bg, a.left, a.mode, a.right, a.size);
  }

  // Scalar parameters and no size: a number; a size (positional or in the options): an array.
  binomial(n: number, p: number): number;
  binomial(n: unknown, p: unknown, size: SizeArg): NDArray<'int64'>;
  binomial(...args: [...unknown[], Sized]): NDArray<'int64'>;
  binomial(...args: [...number[], Unsized]): number;
  binomial(...args: unknown[]): number | NDArray<'int64'>;
  binomial(...args: unknown[]): number | NDArray {
    const a = bind('binomial', ['n', 'p', 'size'], [undefined, undefined, null], args);
    const st = this._binomial;
    return runBinomial(
      this.bg,
      a.n,
      a.p,
      a.size,
      (bg, p, n) => L.legacyBinomial(bg, p, n, st),
      Cons.LEGACY_NON_NEGATIVE_INBOUNDS_LONG,
    );
  }

  // Scalar parameters and no size: a number; a size (positional or in the options): an array.
  negative_binomial(n: number, p: number): number;
  negative_binomial(n: unknown, p: unknown, size: SizeArg): NDArray<'int64'>;
  negative_binomial(...args: [...unknown[], Sized]): NDArray<'int64'>;
  negative_binomial(...args: [...number[], Unsized]): number;
  negative_binomial(...args: unknown[]): number | NDArray<'int64'>;
  negative_binomial(...args: unknown[]): number | NDArray {
    return this.disc(
      'negative_binomial',
      ['n', 'p'],
      [undefined, undefined],
      args,
      L.negativeBinomial,
      [
        ['n', Cons.POSITIVE],
        ['p', Cons.BOUNDED_0_1],
      ],
      true,
    );
  }

  // Scalar parameters and no size: a number; a size (positional or in the options): an array.
  poisson(lam?: number): number;
  poisson(lam: unknown, size: SizeArg): NDArray<'int64'>;
  poisson(...args: [...unknown[], Sized]): NDArray<'int64'>;
  poisson(...args: [...number[], Unsized]): number;
  poisson(...args: unknown[]): number | NDArray<'int64'>;
  poisson(...args: unknown[]): number | NDArray {
    return this.disc('poisson', ['lam'], [1.0], args, D.poisson, [['lam', Cons.LEGACY_POISSON]]);
  }

  // Scalar parameters and no size: a number; a size (positional or in the options): an array.
  zipf(a: number): number;
  zipf(a: unknown, size: SizeArg): NDArray<'int64'>;
  zipf(...args: [...unknown[], Sized]): NDArray<'int64'>;
  zipf(...args: [...number[], Unsized]): number;
  zipf(...args: unknown[]): number | NDArray<'int64'>;
  zipf(...args: unknown[]): number | NDArray {
    return this.disc('zipf', ['a'], [undefined], args, L.zipf, [['a', Cons.GT_1]]);
  }

  // Scalar parameters and no size: a number; a size (positional or in the options): an array.
  geometric(p: number): number;
  geometric(p: unknown, size: SizeArg): NDArray<'int64'>;
  geometric(...args: [...unknown[], Sized]): NDArray<'int64'>;
  geometric(...args: [...number[], Unsized]): number;
  geometric(...args: unknown[]): number | NDArray<'int64'>;
  geometric(...args: unknown[]): number | NDArray {
    return this.disc('geometric', ['p'], [undefined], args, L.geometric, [
      ['p', Cons.BOUNDED_GT_0_1],
    ]);
  }

  // Scalar parameters and no size: a number; a size (positional or in the options): an array.
  logseries(p: number): number;
  logseries(p: unknown, size: SizeArg): NDArray<'int64'>;
  logseries(...args: [...unknown[], Sized]): NDArray<'int64'>;
  logseries(...args: [...number[], Unsized]): number;
  logseries(...args: unknown[]): number | NDArray<'int64'>;
  logseries(...args: unknown[]): number | NDArray {
    return this.disc('logseries', ['p'], [undefined], args, L.logseries, [
      ['p', Cons.BOUNDED_LT_0_1],
    ]);
  }

  // Scalar parameters and no size: a number; a size (positional or in the options): an array.
  hypergeometric(ngood: number, nbad: number, nsample: number): number;
  hypergeometric(ngood: unknown, nbad: unknown, nsample: unknown, size: SizeArg): NDArray<'int64'>;
  hypergeometric(...args: [...unknown[], Sized]): NDArray<'int64'>;
  hypergeometric(...args: [...number[], Unsized]): number;
  hypergeometric(...args: unknown[]): number | NDArray<'int64'>;
  hypergeometric(...args: unknown[]): number | NDArray {
    const a = bind(
      'hypergeometric',
      ['ngood', 'nbad', 'nsample', 'size'],
      [undefined, undefined, undefined, null],
      args,
    );
    const g = toParam(a.ngood, true);
    const b = toParam(a.nbad, true);
    const s = toParam(a.nsample, true);
    if (zipParams([g, b, s], (gv, bv, sv) => gv! + bv! < sv!))
      throw new ValueError('ngood + nbad < nsample');
    return run(
      this.bg,
      L.hypergeometric,
      a.size,
      [
        [g.value, 'ngood', Cons.LEGACY_NON_NEGATIVE_INBOUNDS_LONG],
        [b.value, 'nbad', Cons.NON_NEGATIVE],
        [s.value, 'nsample', Cons.GTE_1],
      ],
      true,
      [true, true, true],
    );
  }

  multivariate_normal(...args: unknown[]): NDArray {
    const a = bind(
      'multivariate_normal',
      ['mean', 'cov', 'size', 'check_valid', 'tol'],
      [undefined, undefined, null, 'warn', 1e-8],
      args,
    );
    const normals = (shape: number[]) => {
      const o = new Float64Array(shape.reduce((x, y) => x * y, 1));
      L.fillGauss(this._aug, o, 0, o.length);
      return o;
    };
    return multivariateNormal(normals, a.mean, a.cov, a.size, a.check_valid, a.tol, 'svd', true);
  }

  multinomial(...args: unknown[]): NDArray {
    const a = bind('multinomial', ['n', 'pvals', 'size'], [undefined, undefined, null], args);
    return legacyMultinomial(this.bg, a.n, a.pvals, a.size, this._binomial);
  }

  dirichlet(...args: unknown[]): NDArray {
    const a = bind('dirichlet', ['alpha', 'size'], [undefined, null], args);
    return legacyDirichlet(this._aug, a.alpha, a.size);
  }

  shuffle(x: unknown): void {
    shuffle(this.bg, x, 0, true);
  }

  permutation(x: unknown): NDArray {
    return permutation(this.bg, x, 0, true);
  }
}
