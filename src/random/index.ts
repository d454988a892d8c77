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

type F = (...a: unknown[]) => any;
const m =
  (name: keyof RandomState): F =>
  (...a: unknown[]) =>
    (_rand[name] as F)(...a);

export const beta: F = m('beta');
export const binomial: F = m('binomial');
export const bytes = (length: number): Uint8Array => _rand.bytes(length);
export const chisquare: F = m('chisquare');
export const choice: F = m('choice');
export const dirichlet = (...a: unknown[]): NDArray => _rand.dirichlet(...a);
export const exponential: F = m('exponential');
export const f: F = m('f');
export const gamma: F = m('gamma');
export const geometric: F = m('geometric');
export const gumbel: F = m('gumbel');
export const hypergeometric: F = m('hypergeometric');
export const laplace: F = m('laplace');
export const logistic: F = m('logistic');
export const lognormal: F = m('lognormal');
export const logseries: F = m('logseries');
export const multinomial = (...a: unknown[]): NDArray => _rand.multinomial(...a);
export const multivariate_normal = (...a: unknown[]): NDArray => _rand.multivariate_normal(...a);
export const negative_binomial: F = m('negative_binomial');
export const noncentral_chisquare: F = m('noncentral_chisquare');
export const noncentral_f: F = m('noncentral_f');
export const normal: F = m('normal');
export const pareto: F = m('pareto');
export const permutation = (x: unknown): NDArray => _rand.permutation(x);
export const poisson: F = m('poisson');
export const power: F = m('power');
export const rand = (...dims: number[]): number | NDArray => _rand.rand(...dims);
export const randint: F = m('randint');
export const randn = (...dims: number[]): number | NDArray => _rand.randn(...dims);
export const random: F = m('random');
export const random_integers: F = m('random_integers');
export const random_sample: F = m('random_sample');
export const ranf: F = m('random_sample');
export const sample: F = m('random_sample');
export const rayleigh: F = m('rayleigh');
export const shuffle = (x: unknown): void => _rand.shuffle(x);
export const standard_cauchy: F = m('standard_cauchy');
export const standard_exponential: F = m('standard_exponential');
export const standard_gamma: F = m('standard_gamma');
export const standard_normal: F = m('standard_normal');
export const standard_t: F = m('standard_t');
export const triangular: F = m('triangular');
export const uniform: F = m('uniform');
export const vonmises: F = m('vonmises');
export const wald: F = m('wald');
export const weibull: F = m('weibull');
export const zipf: F = m('zipf');
