/**
 * `np.random.Generator`: the modern API over any bit generator (PCG64 by default), with every
 * method of NumPy's _generator.pyx. Each method binds its arguments (positionally or by NumPy
 * name in a trailing options object), validates them with NumPy's messages, and runs the
 * sampler of ../distributions through the shared drivers of params.ts.
 */
import {
  type DTypeLike,
  float32,
  float64,
  type KeyOf,
  dtype as toDType,
  uint32,
  type ValidDType,
} from '../../_core/dtype.js';
import { OverflowError, ValueError } from '../../_core/errors.js';
import { shapeRepr } from '../../_core/iter.js';
import { NDArray } from '../../_core/ndarray.js';
import type { BitGenerator } from '../bit_generator/bit_generator.js';
import * as C from '../distributions/continuous.js';
import * as D from '../distributions/discrete.js';
import { beta as betaFn, standardGamma, standardGammaF } from '../distributions/gamma.js';
import { log1p } from '../distributions/libm/index.js';
import {
  fillStandardNormal,
  standardExponential,
  standardExponentialF,
  standardNormal,
  standardNormalF,
} from '../distributions/ziggurat.js';
import type {
  FloatKey,
  IntScalar,
  SizeArg,
  Sized,
  SizedFloat,
  SizedInt,
  Unsized,
  UnsizedInt,
} from '../types.js';
import { choice } from './choice.js';
import { boundedIntegers } from './integers.js';
import {
  dirichlet,
  multinomial,
  multivariateHypergeometric,
  multivariateNormal,
} from './multivariate.js';
import {
  bind,
  broadcastShapes,
  broadcastTo,
  Cons,
  checkArray,
  checkOut,
  checkScalar,
  outData,
  type Param,
  POISSON_LAM_MAX,
  run,
  type Size,
  shapeOf,
  toParam,
  zipParams,
} from './params.js';
import { permutation, permuted, shuffle } from './shuffle.js';

const fr = Math.fround;

/** Fill a float64/float32 result from a per-draw function (double_fill / float_fill). */
function fill(
  bg: BitGenerator,
  size: Size,
  out: NDArray | null,
  f32: boolean,
  one: (bg: BitGenerator) => number,
  bulk?: (bg: BitGenerator, o: Float64Array, start: number, n: number) => void,
): number | NDArray {
  if ((size === null || size === undefined) && !out) return one(bg);
  const res = out ?? NDArray.empty(shapeOf(size), f32 ? float32 : float64);
  const d = outData(res);
  if (bulk && d instanceof Float64Array) bulk(bg, d, 0, d.length);
  else for (let i = 0; i < d.length; i++) d[i] = one(bg);
  return res;
}

/**
 * n normal draws: the ziggurat's bulk fill (the same draws as n calls of standardNormal),
 * then loc + scale * z as random_normal computes each.
 */
function bulkNormal(
  bg: BitGenerator,
  o: Float64Array,
  n: number,
  loc: number,
  scale: number,
): void {
  fillStandardNormal(bg, o, 0, n);
  for (let i = 0; i < n; i++) o[i] = loc + scale * o[i]!;
}

function floatDType(spec: unknown, fname: string): 'f8' | 'f4' {
  const dt = toDType((spec ?? 'float64') as never);
  if (dt === float64) return 'f8';
  if (dt === float32) return 'f4';
  throw new TypeError(`Unsupported dtype ${dt.repr()} for ${fname}`);
}

const scalarNone = (size: Size) => size === null || size === undefined;

export class Generator {
  readonly _bit_generator: BitGenerator;
  /** The binomial setup cache (binomial_t). */
  readonly _binomial = new D.BinomialState();

  constructor(bit_generator: BitGenerator) {
    if (!bit_generator || typeof (bit_generator as BitGenerator).next64 !== 'function') {
      throw new ValueError('Invalid bit generator. The bit generator must be instantiated.');
    }
    this._bit_generator = bit_generator;
  }

  get bit_generator(): BitGenerator {
    return this._bit_generator;
  }

  toString(): string {
    return `Generator(${this._bit_generator.name})`;
  }

  spawn(n_children: number): Generator[] {
    if (n_children < 0) throw new ValueError('n_children must be non-negative');
    return this._bit_generator.spawn(n_children).map((g) => new Generator(g));
  }

  private get bg(): BitGenerator {
    return this._bit_generator;
  }

  /** `random(size=None, dtype=np.float64, out=None)`: uniform [0, 1). */
  // Scalar parameters and no size: a number; a size (positional or in the options): an array.
  random(): number;
  random<D extends DTypeLike = 'float64'>(
    size: SizeArg,
    dtype?: ValidDType<D>,
    ...rest: unknown[]
  ): NDArray<KeyOf<D>>;
  random<K extends FloatKey>(
    ...args: [...unknown[], { out: NDArray<K>; [name: string]: unknown }]
  ): NDArray<K>;
  random<D extends DTypeLike = 'float64'>(
    ...args: [...unknown[], SizedFloat<ValidDType<D>>]
  ): NDArray<KeyOf<D>>;
  random(...args: [...number[], Unsized]): number;
  random(...args: unknown[]): number | NDArray;
  random(...args: unknown[]): number | NDArray {
    const a = bind('random', ['size', 'dtype', 'out'], [null, 'float64', null], args);
    const kind = floatDType(a.dtype, 'random');
    const out = checkOut(a.out, kind === 'f8' ? float64 : float32, a.size, false);
    if (kind === 'f8')
      return fill(
        this.bg,
        a.size,
        out,
        false,
        (bg) => bg.nextDouble(),
        (bg, o, s, n) => bg.fillDouble(o, s, n),
      );
    return fill(this.bg, a.size, out, true, (bg) => bg.nextFloat());
  }

  /** `standard_normal(size=None, dtype=np.float64, out=None)`: the ziggurat. */
  // Scalar parameters and no size: a number; a size (positional or in the options): an array.
  standard_normal(): number;
  standard_normal<D extends DTypeLike = 'float64'>(
    size: SizeArg,
    dtype?: ValidDType<D>,
    ...rest: unknown[]
  ): NDArray<KeyOf<D>>;
  standard_normal<K extends FloatKey>(
    ...args: [...unknown[], { out: NDArray<K>; [name: string]: unknown }]
  ): NDArray<K>;
  standard_normal<D extends DTypeLike = 'float64'>(
    ...args: [...unknown[], SizedFloat<ValidDType<D>>]
  ): NDArray<KeyOf<D>>;
  standard_normal(...args: [...number[], Unsized]): number;
  standard_normal(...args: unknown[]): number | NDArray;
  standard_normal(...args: unknown[]): number | NDArray {
    const a = bind('standard_normal', ['size', 'dtype', 'out'], [null, 'float64', null], args);
    const kind = floatDType(a.dtype, 'standard_normal');
    const out = checkOut(a.out, kind === 'f8' ? float64 : float32, a.size, false);
    if (kind === 'f8') return fill(this.bg, a.size, out, false, standardNormal, fillStandardNormal);
    return fill(this.bg, a.size, out, true, standardNormalF);
  }

  /** `standard_exponential(size=None, dtype=np.float64, method='zig', out=None)`. */
  // Scalar parameters and no size: a number; a size (positional or in the options): an array.
  standard_exponential(): number;
  standard_exponential<D extends DTypeLike = 'float64'>(
    size: SizeArg,
    dtype?: ValidDType<D>,
    ...rest: unknown[]
  ): NDArray<KeyOf<D>>;
  standard_exponential<K extends FloatKey>(
    ...args: [...unknown[], { out: NDArray<K>; [name: string]: unknown }]
  ): NDArray<K>;
  standard_exponential<D extends DTypeLike = 'float64'>(
    ...args: [...unknown[], SizedFloat<ValidDType<D>>]
  ): NDArray<KeyOf<D>>;
  standard_exponential(...args: [...number[], Unsized]): number;
  standard_exponential(...args: unknown[]): number | NDArray;
  standard_exponential(...args: unknown[]): number | NDArray {
    const a = bind(
      'standard_exponential',
      ['size', 'dtype', 'method', 'out'],
      [null, 'float64', 'zig', null],
      args,
    );
    const kind = floatDType(a.dtype, 'standard_exponential');
    const out = checkOut(a.out, kind === 'f8' ? float64 : float32, a.size, false);
    const zig = a.method === 'zig';
    if (kind === 'f8')
      return fill(
        this.bg,
        a.size,
        out,
        false,
        zig ? standardExponential : (bg) => -log1p(-bg.nextDouble()),
      );
    return fill(
      this.bg,
      a.size,
      out,
      true,
      zig ? standardExponentialF : (bg) => fr(-log1p(-bg.nextFloat())),
    );
  }

  /** `standard_gamma(shape, size=None, dtype=np.float64, out=None)`. */
  // Scalar parameters and no size: a number; a size (positional or in the options): an array.
  standard_gamma(shape: number): number;
  standard_gamma<D extends DTypeLike = 'float64'>(
    shape: unknown,
    size: SizeArg,
    dtype?: ValidDType<D>,
    ...rest: unknown[]
  ): NDArray<KeyOf<D>>;
  standard_gamma<K extends FloatKey>(
    ...args: [...unknown[], { out: NDArray<K>; [name: string]: unknown }]
  ): NDArray<K>;
  standard_gamma<D extends DTypeLike = 'float64'>(
    ...args: [...unknown[], SizedFloat<ValidDType<D>>]
  ): NDArray<KeyOf<D>>;
  standard_gamma(...args: [...number[], Unsized]): number;
  standard_gamma(...args: unknown[]): number | NDArray;
  standard_gamma(...args: unknown[]): number | NDArray {
    const a = bind(
      'standard_gamma',
      ['shape', 'size', 'dtype', 'out'],
      [undefined, null, 'float64', null],
      args,
    );
    const kind = floatDType(a.dtype, 'standard_gamma');
    if (kind === 'f8') {
      const out = checkOut(a.out, float64, a.size, true);
      return run(
        this.bg,
        standardGamma,
        a.size,
        [[a.shape, 'shape', Cons.NON_NEGATIVE]],
        false,
        [],
        out,
      );
    }
    const out = checkOut(a.out, float32, a.size, true);
    return this.gammaF32(a.shape, a.size, out);
  }

  /** `cont_f`: the float32 standard_gamma (parameters cast to float32 first). */
  private gammaF32(shape: unknown, size: Size, out: NDArray | null): number | NDArray {
    const p = toParam(shape);
    const pd = p.data.map(fr);
    if (p.shape.length > 0) {
      if (pd.some((v) => !Number.isNaN(v) && (v < 0 || Object.is(v, -0))))
        throw new ValueError('shape < 0');
      const res = out ?? NDArray.empty(scalarNone(size) ? p.shape : shapeOf(size), float32);
      broadcastShapes([res.dims, p.shape]);
      const b = broadcastShapes([res.dims, p.shape]);
      if (b.length !== res.ndim || b.some((d, i) => d !== res.dims[i])) {
        throw new ValueError(
          `Output size ${shapeRepr(res.dims)} is not compatible with broadcast dimensions of inputs ${shapeRepr(b)}.`,
        );
      }
      const o = outData(res);
      const vals = broadcastTo({ ...p, data: pd }, res.shape);
      for (let i = 0; i < o.length; i++) o[i] = standardGammaF(this.bg, vals[i]!);
      return res;
    }
    const v = pd[0]!;
    if (!Number.isNaN(v) && (v < 0 || Object.is(v, -0))) throw new ValueError('shape < 0');
    if (scalarNone(size) && !out) return standardGammaF(this.bg, v);
    const res = out ?? NDArray.empty(shapeOf(size), float32);
    const o = outData(res);
    for (let i = 0; i < o.length; i++) o[i] = standardGammaF(this.bg, v);
    return res;
  }

  /** `integers(low, high=None, size=None, dtype=np.int64, endpoint=False)`: Lemire's method. */
  // Scalar bounds and no size: a number (a boolean for dtype bool); a size: an array.
  integers(low: number | bigint, high?: number | bigint | null): number;
  integers<D extends DTypeLike = 'int64'>(
    low: unknown,
    high: unknown,
    size: SizeArg,
    dtype?: ValidDType<D>,
    endpoint?: boolean,
  ): NDArray<KeyOf<D>>;
  integers<D extends DTypeLike = 'int64'>(
    ...args: [...unknown[], SizedInt<ValidDType<D>>]
  ): NDArray<KeyOf<D>>;
  integers<D extends DTypeLike = 'int64'>(
    low: number | bigint,
    high: number | bigint | null | undefined,
    opts: UnsizedInt<ValidDType<D>>,
  ): IntScalar<D>;
  integers<D extends DTypeLike = 'int64'>(
    low: number | bigint,
    opts: UnsizedInt<ValidDType<D>>,
  ): IntScalar<D>;
  integers(...args: unknown[]): number | boolean | NDArray;
  integers(...args: unknown[]): unknown {
    const a = bind(
      'integers',
      ['low', 'high', 'size', 'dtype', 'endpoint'],
      [undefined, null, null, 'int64', false],
      args,
    );
    let { low, high } = a;
    if (high === null || high === undefined) {
      high = low;
      low = 0;
    }
    return boundedIntegers(
      this.bg,
      low,
      high,
      a.size,
      a.dtype ?? 'int64',
      false,
      !!a.endpoint,
      'integers',
    );
  }

  /** `bytes(length)`: little-endian bytes of uint32 draws. */
  bytes(length: number): Uint8Array {
    const n = Math.floor((length - 1) / 4) + 1;
    const words = this.integers(0, 4294967296, { size: n, dtype: uint32 }) as NDArray;
    return new Uint8Array(words.buffer as ArrayBuffer, 0, n * 4).slice(0, length);
  }

  /** `choice(a, size=None, replace=True, p=None, axis=0, shuffle=True)`. */
  choice(...args: unknown[]): unknown {
    const a = bind(
      'choice',
      ['a', 'size', 'replace', 'p', 'axis', 'shuffle'],
      [undefined, null, true, null, 0, true],
      args,
    );
    const host = {
      bg: this.bg,
      legacy: false,
      uniform: (shape: number[]) => {
        const o = new Float64Array(shape.reduce((x, y) => x * y, 1));
        this.bg.fillDouble(o, 0, o.length);
        return o;
      },
      ints: (n: number, shape: number[]) => {
        const r = this.integers(0, n, { size: shape, dtype: 'int64' });
        return r as NDArray;
      },
    };
    return choice(host, a.a, a.size, !!a.replace, a.p, a.axis, !!a.shuffle);
  }

  /** `uniform(low=0.0, high=1.0, size=None)`. */
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
      if (!Number.isFinite(range)) throw new OverflowError('high - low range exceeds valid bounds');
      return run(
        this.bg,
        C.uniform,
        a.size,
        [
          [lo.data[0], '', Cons.NONE],
          [range, 'high - low', Cons.NON_NEGATIVE],
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
        [range.arr, 'high - low', Cons.NON_NEGATIVE],
      ],
      false,
    );
  }

  // Scalar parameters and no size: a number; a size (positional or in the options): an array.
  normal(loc?: number, scale?: number): number;
  normal(loc: unknown, scale: unknown, size: SizeArg): NDArray<'float64'>;
  normal(...args: [...unknown[], Sized]): NDArray<'float64'>;
  normal(...args: [...number[], Unsized]): number;
  normal(...args: unknown[]): number | NDArray<'float64'>;
  normal(...args: unknown[]): number | NDArray {
    const a = bind('normal', ['loc', 'scale', 'size'], [0.0, 1.0, null], args);
    return run(
      this.bg,
      C.normal,
      a.size,
      [
        [a.loc, '', Cons.NONE],
        [a.scale, 'scale', Cons.NON_NEGATIVE],
      ],
      false,
      [],
      null,
      bulkNormal,
    );
  }

  // Scalar parameters and no size: a number; a size (positional or in the options): an array.
  beta(a: number, b: number): number;
  beta(a: unknown, b: unknown, size: SizeArg): NDArray<'float64'>;
  beta(...args: [...unknown[], Sized]): NDArray<'float64'>;
  beta(...args: [...number[], Unsized]): number;
  beta(...args: unknown[]): number | NDArray<'float64'>;
  beta(...args: unknown[]): number | NDArray {
    const a = bind('beta', ['a', 'b', 'size'], [undefined, undefined, null], args);
    return run(
      this.bg,
      betaFn,
      a.size,
      [
        [a.a, 'a', Cons.POSITIVE],
        [a.b, 'b', Cons.POSITIVE],
      ],
      false,
    );
  }

  // Scalar parameters and no size: a number; a size (positional or in the options): an array.
  exponential(scale?: number): number;
  exponential(scale: unknown, size: SizeArg): NDArray<'float64'>;
  exponential(...args: [...unknown[], Sized]): NDArray<'float64'>;
  exponential(...args: [...number[], Unsized]): number;
  exponential(...args: unknown[]): number | NDArray<'float64'>;
  exponential(...args: unknown[]): number | NDArray {
    const a = bind('exponential', ['scale', 'size'], [1.0, null], args);
    return run(this.bg, C.exponential, a.size, [[a.scale, 'scale', Cons.NON_NEGATIVE]], false);
  }

  // Scalar parameters and no size: a number; a size (positional or in the options): an array.
  gamma(shape: number, scale?: number): number;
  gamma(shape: unknown, scale: unknown, size: SizeArg): NDArray<'float64'>;
  gamma(...args: [...unknown[], Sized]): NDArray<'float64'>;
  gamma(...args: [...number[], Unsized]): number;
  gamma(...args: unknown[]): number | NDArray<'float64'>;
  gamma(...args: unknown[]): number | NDArray {
    const a = bind('gamma', ['shape', 'scale', 'size'], [undefined, 1.0, null], args);
    return run(
      this.bg,
      C.gamma,
      a.size,
      [
        [a.shape, 'shape', Cons.NON_NEGATIVE],
        [a.scale, 'scale', Cons.NON_NEGATIVE],
      ],
      false,
    );
  }

  // Scalar parameters and no size: a number; a size (positional or in the options): an array.
  f(dfnum: number, dfden: number): number;
  f(dfnum: unknown, dfden: unknown, size: SizeArg): NDArray<'float64'>;
  f(...args: [...unknown[], Sized]): NDArray<'float64'>;
  f(...args: [...number[], Unsized]): number;
  f(...args: unknown[]): number | NDArray<'float64'>;
  f(...args: unknown[]): number | NDArray {
    const a = bind('f', ['dfnum', 'dfden', 'size'], [undefined, undefined, null], args);
    return run(
      this.bg,
      C.f,
      a.size,
      [
        [a.dfnum, 'dfnum', Cons.POSITIVE],
        [a.dfden, 'dfden', Cons.POSITIVE],
      ],
      false,
    );
  }

  // Scalar parameters and no size: a number; a size (positional or in the options): an array.
  noncentral_f(dfnum: number, dfden: number, nonc: number): number;
  noncentral_f(dfnum: unknown, dfden: unknown, nonc: unknown, size: SizeArg): NDArray<'float64'>;
  noncentral_f(...args: [...unknown[], Sized]): NDArray<'float64'>;
  noncentral_f(...args: [...number[], Unsized]): number;
  noncentral_f(...args: unknown[]): number | NDArray<'float64'>;
  noncentral_f(...args: unknown[]): number | NDArray {
    const a = bind(
      'noncentral_f',
      ['dfnum', 'dfden', 'nonc', 'size'],
      [undefined, undefined, undefined, null],
      args,
    );
    return run(
      this.bg,
      C.noncentralF,
      a.size,
      [
        [a.dfnum, 'dfnum', Cons.POSITIVE],
        [a.dfden, 'dfden', Cons.POSITIVE],
        [a.nonc, 'nonc', Cons.NON_NEGATIVE],
      ],
      false,
    );
  }

  // Scalar parameters and no size: a number; a size (positional or in the options): an array.
  chisquare(df: number): number;
  chisquare(df: unknown, size: SizeArg): NDArray<'float64'>;
  chisquare(...args: [...unknown[], Sized]): NDArray<'float64'>;
  chisquare(...args: [...number[], Unsized]): number;
  chisquare(...args: unknown[]): number | NDArray<'float64'>;
  chisquare(...args: unknown[]): number | NDArray {
    const a = bind('chisquare', ['df', 'size'], [undefined, null], args);
    return run(this.bg, C.chisquare, a.size, [[a.df, 'df', Cons.POSITIVE]], false);
  }

  // Scalar parameters and no size: a number; a size (positional or in the options): an array.
  noncentral_chisquare(df: number, nonc: number): number;
  noncentral_chisquare(df: unknown, nonc: unknown, size: SizeArg): NDArray<'float64'>;
  noncentral_chisquare(...args: [...unknown[], Sized]): NDArray<'float64'>;
  noncentral_chisquare(...args: [...number[], Unsized]): number;
  noncentral_chisquare(...args: unknown[]): number | NDArray<'float64'>;
  noncentral_chisquare(...args: unknown[]): number | NDArray {
    const a = bind(
      'noncentral_chisquare',
      ['df', 'nonc', 'size'],
      [undefined, undefined, null],
      args,
    );
    return run(
      this.bg,
      C.noncentralChisquare,
      a.size,
      [
        [a.df, 'df', Cons.POSITIVE],
        [a.nonc, 'nonc', Cons.NON_NEGATIVE],
      ],
      false,
    );
  }

  // Scalar parameters and no size: a number; a size (positional or in the options): an array.
  standard_cauchy(): number;
  standard_cauchy(size: SizeArg): NDArray<'float64'>;
  standard_cauchy(...args: [...unknown[], Sized]): NDArray<'float64'>;
  standard_cauchy(...args: [...number[], Unsized]): number;
  standard_cauchy(...args: unknown[]): number | NDArray<'float64'>;
  standard_cauchy(...args: unknown[]): number | NDArray {
    const a = bind('standard_cauchy', ['size'], [null], args);
    return fill(this.bg, a.size, null, false, C.standardCauchy);
  }

  // Scalar parameters and no size: a number; a size (positional or in the options): an array.
  standard_t(df: number): number;
  standard_t(df: unknown, size: SizeArg): NDArray<'float64'>;
  standard_t(...args: [...unknown[], Sized]): NDArray<'float64'>;
  standard_t(...args: [...number[], Unsized]): number;
  standard_t(...args: unknown[]): number | NDArray<'float64'>;
  standard_t(...args: unknown[]): number | NDArray {
    const a = bind('standard_t', ['df', 'size'], [undefined, null], args);
    return run(this.bg, C.standardT, a.size, [[a.df, 'df', Cons.POSITIVE]], false);
  }

  // Scalar parameters and no size: a number; a size (positional or in the options): an array.
  vonmises(mu: number, kappa: number): number;
  vonmises(mu: unknown, kappa: unknown, size: SizeArg): NDArray<'float64'>;
  vonmises(...args: [...unknown[], Sized]): NDArray<'float64'>;
  vonmises(...args: [...number[], Unsized]): number;
  vonmises(...args: unknown[]): number | NDArray<'float64'>;
  vonmises(...args: unknown[]): number | NDArray {
    const a = bind('vonmises', ['mu', 'kappa', 'size'], [undefined, undefined, null], args);
    return run(
      this.bg,
      C.vonmises,
      a.size,
      [
        [a.mu, 'mu', Cons.NONE],
        [a.kappa, 'kappa', Cons.NON_NEGATIVE],
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
    const a = bind('pareto', ['a', 'size'], [undefined, null], args);
    return run(this.bg, C.pareto, a.size, [[a.a, 'a', Cons.POSITIVE]], false);
  }

  // Scalar parameters and no size: a number; a size (positional or in the options): an array.
  weibull(a: number): number;
  weibull(a: unknown, size: SizeArg): NDArray<'float64'>;
  weibull(...args: [...unknown[], Sized]): NDArray<'float64'>;
  weibull(...args: [...number[], Unsized]): number;
  weibull(...args: unknown[]): number | NDArray<'float64'>;
  weibull(...args: unknown[]): number | NDArray {
    const a = bind('weibull', ['a', 'size'], [undefined, null], args);
    return run(this.bg, C.weibull, a.size, [[a.a, 'a', Cons.NON_NEGATIVE]], false);
  }

  // Scalar parameters and no size: a number; a size (positional or in the options): an array.
  power(a: number): number;
  power(a: unknown, size: SizeArg): NDArray<'float64'>;
  power(...args: [...unknown[], Sized]): NDArray<'float64'>;
  power(...args: [...number[], Unsized]): number;
  power(...args: unknown[]): number | NDArray<'float64'>;
  power(...args: unknown[]): number | NDArray {
    const a = bind('power', ['a', 'size'], [undefined, null], args);
    return run(this.bg, C.power, a.size, [[a.a, 'a', Cons.POSITIVE]], false);
  }

  // Scalar parameters and no size: a number; a size (positional or in the options): an array.
  laplace(loc?: number, scale?: number): number;
  laplace(loc: unknown, scale: unknown, size: SizeArg): NDArray<'float64'>;
  laplace(...args: [...unknown[], Sized]): NDArray<'float64'>;
  laplace(...args: [...number[], Unsized]): number;
  laplace(...args: unknown[]): number | NDArray<'float64'>;
  laplace(...args: unknown[]): number | NDArray {
    const a = bind('laplace', ['loc', 'scale', 'size'], [0.0, 1.0, null], args);
    return run(
      this.bg,
      C.laplace,
      a.size,
      [
        [a.loc, 'loc', Cons.NONE],
        [a.scale, 'scale', Cons.NON_NEGATIVE],
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
    const a = bind('gumbel', ['loc', 'scale', 'size'], [0.0, 1.0, null], args);
    return run(
      this.bg,
      C.gumbel,
      a.size,
      [
        [a.loc, 'loc', Cons.NONE],
        [a.scale, 'scale', Cons.NON_NEGATIVE],
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
    const a = bind('logistic', ['loc', 'scale', 'size'], [0.0, 1.0, null], args);
    return run(
      this.bg,
      C.logistic,
      a.size,
      [
        [a.loc, 'loc', Cons.NONE],
        [a.scale, 'scale', Cons.NON_NEGATIVE],
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
    const a = bind('lognormal', ['mean', 'sigma', 'size'], [0.0, 1.0, null], args);
    return run(
      this.bg,
      C.lognormal,
      a.size,
      [
        [a.mean, 'mean', Cons.NONE],
        [a.sigma, 'sigma', Cons.NON_NEGATIVE],
      ],
      false,
    );
  }

  // Scalar parameters and no size: a number; a size (positional or in the options): an array.
  rayleigh(scale?: number): number;
  rayleigh(scale: unknown, size: SizeArg): NDArray<'float64'>;
  rayleigh(...args: [...unknown[], Sized]): NDArray<'float64'>;
  rayleigh(...args: [...number[], Unsized]): number;
  rayleigh(...args: unknown[]): number | NDArray<'float64'>;
  rayleigh(...args: unknown[]): number | NDArray {
    const a = bind('rayleigh', ['scale', 'size'], [1.0, null], args);
    return run(this.bg, C.rayleigh, a.size, [[a.scale, 'scale', Cons.NON_NEGATIVE]], false);
  }

  // Scalar parameters and no size: a number; a size (positional or in the options): an array.
  wald(mean: number, scale: number): number;
  wald(mean: unknown, scale: unknown, size: SizeArg): NDArray<'float64'>;
  wald(...args: [...unknown[], Sized]): NDArray<'float64'>;
  wald(...args: [...number[], Unsized]): number;
  wald(...args: unknown[]): number | NDArray<'float64'>;
  wald(...args: unknown[]): number | NDArray {
    const a = bind('wald', ['mean', 'scale', 'size'], [undefined, undefined, null], args);
    return run(
      this.bg,
      C.wald,
      a.size,
      [
        [a.mean, 'mean', Cons.POSITIVE],
        [a.scale, 'scale', Cons.POSITIVE],
      ],
      false,
    );
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
      (bg, p, n) => D.binomial(bg, p, n, st),
      Cons.NON_NEGATIVE,
    );
  }

  // Scalar parameters and no size: a number; a size (positional or in the options): an array.
  negative_binomial(n: number, p: number): number;
  negative_binomial(n: unknown, p: unknown, size: SizeArg): NDArray<'int64'>;
  negative_binomial(...args: [...unknown[], Sized]): NDArray<'int64'>;
  negative_binomial(...args: [...number[], Unsized]): number;
  negative_binomial(...args: unknown[]): number | NDArray<'int64'>;
  negative_binomial(...args: unknown[]): number | NDArray {
    const a = bind('negative_binomial', ['n', 'p', 'size'], [undefined, undefined, null], args);
    const n = toParam(a.n);
    const p = toParam(a.p);
    const msg = 'n too large or p too small, see Generator.negative_binomial Notes';
    const tooLarge = (nv: number, pv: number) =>
      ((1 - pv) / pv) * (nv + 10 * Math.sqrt(nv)) > POISSON_LAM_MAX;
    if (n.shape.length > 0 || p.shape.length > 0) {
      checkArray(n.data, 'n', Cons.POSITIVE_NOT_NAN);
      checkArray(p.data, 'p', Cons.BOUNDED_GT_0_1);
      if (zipParams([p, n], (pv, nv) => tooLarge(nv!, pv!))) throw new ValueError(msg);
    } else {
      checkScalar(n.data[0]!, 'n', Cons.POSITIVE_NOT_NAN);
      checkScalar(p.data[0]!, 'p', Cons.BOUNDED_GT_0_1);
      if (tooLarge(n.data[0]!, p.data[0]!)) throw new ValueError(msg);
    }
    return run(
      this.bg,
      D.negativeBinomial,
      a.size,
      [
        [a.n, 'n', Cons.NONE],
        [a.p, 'p', Cons.NONE],
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
    const a = bind('poisson', ['lam', 'size'], [1.0, null], args);
    return run(this.bg, D.poisson, a.size, [[a.lam, 'lam', Cons.POISSON]], true);
  }

  // Scalar parameters and no size: a number; a size (positional or in the options): an array.
  zipf(a: number): number;
  zipf(a: unknown, size: SizeArg): NDArray<'int64'>;
  zipf(...args: [...unknown[], Sized]): NDArray<'int64'>;
  zipf(...args: [...number[], Unsized]): number;
  zipf(...args: unknown[]): number | NDArray<'int64'>;
  zipf(...args: unknown[]): number | NDArray {
    const a = bind('zipf', ['a', 'size'], [undefined, null], args);
    return run(this.bg, D.zipf, a.size, [[a.a, 'a', Cons.GT_1]], true);
  }

  // Scalar parameters and no size: a number; a size (positional or in the options): an array.
  geometric(p: number): number;
  geometric(p: unknown, size: SizeArg): NDArray<'int64'>;
  geometric(...args: [...unknown[], Sized]): NDArray<'int64'>;
  geometric(...args: [...number[], Unsized]): number;
  geometric(...args: unknown[]): number | NDArray<'int64'>;
  geometric(...args: unknown[]): number | NDArray {
    const a = bind('geometric', ['p', 'size'], [undefined, null], args);
    return run(this.bg, D.geometric, a.size, [[a.p, 'p', Cons.BOUNDED_GT_0_1]], true);
  }

  // Scalar parameters and no size: a number; a size (positional or in the options): an array.
  logseries(p: number): number;
  logseries(p: unknown, size: SizeArg): NDArray<'int64'>;
  logseries(...args: [...unknown[], Sized]): NDArray<'int64'>;
  logseries(...args: [...number[], Unsized]): number;
  logseries(...args: unknown[]): number | NDArray<'int64'>;
  logseries(...args: unknown[]): number | NDArray {
    const a = bind('logseries', ['p', 'size'], [undefined, null], args);
    return run(this.bg, D.logseries, a.size, [[a.p, 'p', Cons.BOUNDED_LT_0_1]], true);
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
    const MAX = 1e9;
    if (g.data.some((v) => v >= MAX) || b.data.some((v) => v >= MAX)) {
      throw new ValueError('both ngood and nbad must be less than 1000000000');
    }
    if (zipParams([g, b, s], (gv, bv, sv) => gv! + bv! < sv!))
      throw new ValueError('ngood + nbad < nsample');
    return run(
      this.bg,
      D.hypergeometric,
      a.size,
      [
        [g.value, 'ngood', Cons.NON_NEGATIVE],
        [b.value, 'nbad', Cons.NON_NEGATIVE],
        [s.value, 'nsample', Cons.NON_NEGATIVE],
      ],
      true,
      [true, true, true],
    );
  }

  multivariate_normal(...args: unknown[]): NDArray {
    const a = bind(
      'multivariate_normal',
      ['mean', 'cov', 'size', 'check_valid', 'tol', 'method'],
      [undefined, undefined, null, 'warn', 1e-8, 'svd'],
      args,
    );
    const normals = (shape: number[]) => {
      const o = new Float64Array(shape.reduce((x, y) => x * y, 1));
      fillStandardNormal(this.bg, o, 0, o.length);
      return o;
    };
    return multivariateNormal(
      normals,
      a.mean,
      a.cov,
      a.size,
      a.check_valid,
      a.tol,
      a.method,
      false,
    );
  }

  multinomial(...args: unknown[]): NDArray {
    const a = bind('multinomial', ['n', 'pvals', 'size'], [undefined, undefined, null], args);
    return multinomial(this.bg, a.n, a.pvals, a.size, this._binomial);
  }

  multivariate_hypergeometric(...args: unknown[]): NDArray {
    const a = bind(
      'multivariate_hypergeometric',
      ['colors', 'nsample', 'size', 'method'],
      [undefined, undefined, null, 'marginals'],
      args,
    );
    return multivariateHypergeometric(this.bg, a.colors, a.nsample, a.size, a.method);
  }

  dirichlet(...args: unknown[]): NDArray {
    const a = bind('dirichlet', ['alpha', 'size'], [undefined, null], args);
    return dirichlet(this.bg, a.alpha, a.size);
  }

  permuted(...args: unknown[]): NDArray {
    const a = bind('permuted', ['x', 'axis', 'out'], [undefined, null, null], args);
    return permuted(this.bg, a.x, a.axis, a.out);
  }

  shuffle(...args: unknown[]): void {
    const a = bind('shuffle', ['x', 'axis'], [undefined, 0], args);
    shuffle(this.bg, a.x, a.axis, false);
  }

  permutation(...args: unknown[]): NDArray {
    const a = bind('permutation', ['x', 'axis'], [undefined, 0], args);
    return permutation(this.bg, a.x, a.axis, false);
  }
}

/** high - low, broadcast, as a float64 array parameter. */
export function subtract(hi: Param, lo: Param): { arr: NDArray; data: Float64Array } {
  const shape = broadcastShapes([hi.shape, lo.shape]);
  const arr = NDArray.empty(shape, float64);
  const d = new Float64Array(arr.buffer as ArrayBuffer);
  const h = broadcastTo(hi, shape);
  const l = broadcastTo(lo, shape);
  for (let i = 0; i < d.length; i++) d[i] = h[i]! - l[i]!;
  return { arr, data: d };
}

/** triangular with its own validation (scalar and array wording). */
export function triangular(
  bg: BitGenerator,
  left: unknown,
  mode: unknown,
  right: unknown,
  size: Size,
): number | NDArray {
  const l = toParam(left);
  const m = toParam(mode);
  const r = toParam(right);
  if (l.shape.length === 0 && m.shape.length === 0 && r.shape.length === 0) {
    const fl = l.data[0]!;
    const fm = m.data[0]!;
    const frt = r.data[0]!;
    if (fl > fm) throw new ValueError('left > mode');
    if (fm > frt) throw new ValueError('mode > right');
    if (fl === frt) throw new ValueError('left == right');
    return run(
      bg,
      C.triangular,
      size,
      [
        [fl, '', Cons.NONE],
        [fm, '', Cons.NONE],
        [frt, '', Cons.NONE],
      ],
      false,
    );
  }
  const pair = (x: Param, y: Param, test: (a: number, b: number) => boolean) =>
    zipParams([x, y], (a, b) => test(a!, b!));
  if (pair(l, m, (a, b) => a > b)) throw new ValueError('left > mode');
  if (pair(m, r, (a, b) => a > b)) throw new ValueError('mode > right');
  if (pair(l, r, (a, b) => a === b)) throw new ValueError('left == right');
  return run(
    bg,
    C.triangular,
    size,
    [
      [l.value, '', Cons.NONE],
      [m.value, '', Cons.NONE],
      [r.value, '', Cons.NONE],
    ],
    false,
  );
}

/** binomial(n, p): p checked before n; n is integer-valued (int64 conversion). */
export function runBinomial(
  bg: BitGenerator,
  n: unknown,
  p: unknown,
  size: Size,
  f: (bg: BitGenerator, p: number, n: number) => number,
  nCons: Cons,
): number | NDArray {
  return run(
    bg,
    (g: BitGenerator, pv: number, nv: number) => f(g, pv, nv),
    size,
    [
      [p, 'p', Cons.BOUNDED_0_1],
      [n, 'n', nCons],
    ],
    true,
    [false, true],
  );
}
