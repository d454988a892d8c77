/**
 * `np.random`: NumPy's random module, stream for stream (API.md §9).
 *
 * The legacy functions (`np.random.seed`, `rand`, `randn`, `randint`, `normal`, …) are the
 * methods of one global RandomState over MT19937, as in NumPy; `default_rng` makes a
 * Generator over PCG64. Exported as the `random` namespace of the package.
 */
import { bindArgs } from '../_core/multiarray/args.js';
import type { NDArray } from '../_core/ndarray.js';
import { BitGenerator } from './bit_generator/bit_generator.js';
import { MT19937 } from './bit_generator/mt19937.js';
import { PCG64, PCG64DXSM } from './bit_generator/pcg64.js';
import { Philox } from './bit_generator/philox.js';
import { SeedSequence } from './bit_generator/seed_sequence.js';
import { SFC64 } from './bit_generator/sfc64.js';
import { Generator } from './generator/generator.js';
import { RandomState } from './legacy/random_state.js';

export {
  BitGenerator,
  Generator,
  MT19937,
  PCG64,
  PCG64DXSM,
  Philox,
  RandomState,
  SeedSequence,
  SFC64,
};

/** `default_rng(seed=None)`: a Generator over PCG64 (or over the bit generator / Generator given). */
export function default_rng(...args: unknown[]): Generator {
  const { seed } = bindArgs('default_rng', ['seed'], args);
  if (seed instanceof BitGenerator) return new Generator(seed);
  if (seed instanceof Generator) return seed;
  if (seed instanceof RandomState) return new Generator(seed._bit_generator);
  return new Generator(new PCG64(seed as never));
}

/** The global RandomState behind the module-level functions. */
const _rand = new RandomState();

/** `np.random.seed(seed=None)`: reseed the global MT19937 (legacy seeding). */
export function seed(s?: unknown): void {
  if (_rand._bit_generator instanceof MT19937) _rand.seed(s);
  else {
    // NumPy 2.4 replaces the bit generator's state only (the cached gauss stays).
    const C = _rand._bit_generator.constructor as new (s?: unknown) => BitGenerator;
    _rand._bit_generator.state = new C(s).state;
  }
}

export const get_state = (...a: unknown[]): unknown => _rand.get_state(...a);
export const set_state = (state: unknown): void => _rand.set_state(state);
export const get_bit_generator = (): BitGenerator => _rand._bit_generator;
export const set_bit_generator = (bg: BitGenerator): void => _rand._initialize_bit_generator(bg);

/**
 * The module-level function `name`: the global RandomState's method, with its overloads
 * (a number for scalar parameters, an array with a size).
 */
const m = <N extends keyof RandomState>(name: N): RandomState[N] =>
  ((...a: unknown[]) => (_rand[name] as (...x: unknown[]) => unknown)(...a)) as RandomState[N];

export const beta = m('beta');
export const binomial = m('binomial');
export const bytes = (length: number): Uint8Array => _rand.bytes(length);
export const chisquare = m('chisquare');
export const choice = m('choice');
export const dirichlet = (...a: unknown[]): NDArray => _rand.dirichlet(...a);
export const exponential = m('exponential');
export const f = m('f');
export const gamma = m('gamma');
export const geometric = m('geometric');
export const gumbel = m('gumbel');
export const hypergeometric = m('hypergeometric');
export const laplace = m('laplace');
export const logistic = m('logistic');
export const lognormal = m('lognormal');
export const logseries = m('logseries');
export const multinomial = (...a: unknown[]): NDArray => _rand.multinomial(...a);
export const multivariate_normal = (...a: unknown[]): NDArray => _rand.multivariate_normal(...a);
export const negative_binomial = m('negative_binomial');
export const noncentral_chisquare = m('noncentral_chisquare');
export const noncentral_f = m('noncentral_f');
export const normal = m('normal');
export const pareto = m('pareto');
export const permutation = (x: unknown): NDArray => _rand.permutation(x);
export const poisson = m('poisson');
export const power = m('power');
export const rand = m('rand');
export const randint = m('randint');
export const randn = m('randn');
export const random = m('random');
export const random_integers = m('random_integers');
export const random_sample = m('random_sample');
export const ranf = m('random_sample');
export const sample = m('random_sample');
export const rayleigh = m('rayleigh');
export const shuffle = (x: unknown): void => _rand.shuffle(x);
export const standard_cauchy = m('standard_cauchy');
export const standard_exponential = m('standard_exponential');
export const standard_gamma = m('standard_gamma');
export const standard_normal = m('standard_normal');
export const standard_t = m('standard_t');
export const triangular = m('triangular');
export const uniform = m('uniform');
export const vonmises = m('vonmises');
export const wald = m('wald');
export const weibull = m('weibull');
export const zipf = m('zipf');
