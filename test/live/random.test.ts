/**
 * Live differential test of np.random against python3 + NumPy: random seeds, bit
 * generators, sizes and parameter values (array parameters too), run in one Python batch
 * through scripts/fixtures/gen_random.py --live, compared bit for bit.
 * Skipped when python3 has no NumPy. Set NUMTYPE_LIVE_SEED to replay a run.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasNumpy, pyJSON, seededRandom } from '../helpers.js';
import { type Case, describe, runCase } from '../random/runner.js';

const SEED = Number(process.env.NUMTYPE_LIVE_SEED ?? Date.now() % 1e9);
const rnd = seededRandom(SEED);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
const uni = (lo: number, hi: number) => lo + (hi - lo) * rnd();
const int = (lo: number, hi: number) => Math.floor(uni(lo, hi));
/** A positive parameter, sometimes an array of them. */
const pos = (lo: number, hi: number): unknown =>
  rnd() < 0.25 ? [uni(lo, hi), uni(lo, hi)] : uni(lo, hi);
const prob = (lo = 0.01, hi = 0.99): unknown =>
  rnd() < 0.25 ? [uni(lo, hi), uni(lo, hi)] : uni(lo, hi);
const size = (): unknown => pick([5, 8, [2, 3], 1, 13]);

type Gen = () => [unknown[], Record<string, unknown>];
const GEN: Record<string, Gen> = {
  random: () => [[], { size: size() }],
  standard_normal: () => [[], { size: size(), dtype: pick(['float64', 'float32']) }],
  standard_exponential: () => [[], { size: size(), dtype: pick(['float64', 'float32']) }],
  standard_gamma: () => [[uni(0.05, 6)], { size: size() }],
  integers: () => {
    const lo = int(-1000, 1000);
    return [
      [lo, lo + int(1, 5000)],
      { size: size(), dtype: pick(['int64', 'int32', 'int16', 'uint64']) },
    ];
  },
  normal: () => [[uni(-5, 5), pos(0.1, 5)], { size: size() }],
  uniform: () => [[uni(-5, 0), uni(0, 5)], { size: size() }],
  beta: () => [[pos(0.1, 4), pos(0.1, 4)], { size: size() }],
  exponential: () => [[pos(0.1, 5)], { size: size() }],
  gamma: () => [[pos(0.1, 8), uni(0.5, 3)], { size: size() }],
  f: () => [[pos(0.5, 10), pos(0.5, 10)], { size: size() }],
  noncentral_f: () => [[uni(0.5, 10), uni(0.5, 10), uni(0, 4)], { size: size() }],
  chisquare: () => [[pos(0.3, 10)], { size: size() }],
  noncentral_chisquare: () => [[uni(0.3, 5), uni(0, 4)], { size: size() }],
  standard_cauchy: () => [[], { size: size() }],
  standard_t: () => [[pos(0.3, 20)], { size: size() }],
  pareto: () => [[pos(0.3, 5)], { size: size() }],
  weibull: () => [[pos(0.3, 5)], { size: size() }],
  power: () => [[pos(0.3, 5)], { size: size() }],
  laplace: () => [[uni(-2, 2), pos(0.1, 3)], { size: size() }],
  gumbel: () => [[uni(-2, 2), pos(0.1, 3)], { size: size() }],
  logistic: () => [[uni(-2, 2), pos(0.1, 3)], { size: size() }],
  lognormal: () => [[uni(-1, 1), pos(0.1, 2)], { size: size() }],
  rayleigh: () => [[pos(0.1, 3)], { size: size() }],
  wald: () => [[pos(0.2, 3), pos(0.2, 3)], { size: size() }],
  triangular: () => [[-1, uni(-1, 2), 2], { size: size() }],
  binomial: () => [[int(0, 2000), prob(0, 1)], { size: size() }],
  negative_binomial: () => [[uni(0.5, 30), uni(0.05, 1)], { size: size() }],
  poisson: () => [[pos(0.1, 80)], { size: size() }],
  zipf: () => [[pos(1.1, 4)], { size: size() }],
  geometric: () => [[prob(0.005, 1)], { size: size() }],
  logseries: () => [[prob(0, 0.99)], { size: size() }],
  hypergeometric: () => {
    const g = int(0, 400);
    const b = int(0, 400);
    return [[g, b, int(0, g + b + 1)], { size: size() }];
  },
  multinomial: () => {
    const a = uni(0, 0.5);
    const b = uni(0, 0.5);
    return [[int(0, 300), [a, b, 1 - a - b]], { size: pick([2, 3]) }];
  },
  dirichlet: () => [[[uni(0.05, 3), uni(0.05, 3), uni(0.01, 0.2)]], { size: pick([2, 3]) }],
  choice: () => [[int(1, 50)], { size: int(1, 5), replace: rnd() < 0.5 }],
  permutation: () => [[int(1, 30)], {}],
};
const LEGACY = {
  rand: () => [[int(1, 9)], {}] as [unknown[], Record<string, unknown>],
  randn: () => [[int(1, 9)], {}] as [unknown[], Record<string, unknown>],
  randint: () => {
    const lo = int(-1000, 1000);
    return [
      [lo, lo + int(1, 5000)],
      { size: size(), dtype: pick(['int64', 'int32', 'uint16']) },
    ] as [unknown[], Record<string, unknown>];
  },
};
/** Large sizes: the bulk paths (WebAssembly kernels, block fills) take over from 64 values. */
const bulk = () => int(64, 4000);
const BULK: [api: 'gen' | 'rs', method: string, g: Gen][] = [
  ['gen', 'random', () => [[], { size: bulk() }]],
  ['gen', 'standard_normal', () => [[], { size: bulk() }]],
  [
    'gen',
    'integers',
    () => {
      const lo = int(-1e6, 1e6);
      const span = pick([2, 100, 4097, 3_000_000, 2 ** 31, 2 ** 32 - 1, 2 ** 32 + 5]);
      return [[lo, lo + span], { size: bulk(), dtype: pick(['int64', 'int64', 'int32']) }];
    },
  ],
  ['rs', 'rand', () => [[bulk()], {}]],
  ['rs', 'randn', () => [[bulk()], {}]],
  ['rs', 'random_sample', () => [[], { size: bulk() }]],
  [
    'rs',
    'randint',
    () => {
      const lo = int(-1e6, 1e6);
      const span = pick([2, 100, 3_000_000, 2 ** 31, 2 ** 32 + 5]);
      return [[lo, lo + span], { size: bulk(), dtype: pick(['int64', 'int32']) }];
    },
  ],
];
const GEN_ONLY = new Set(['random', 'integers', 'multivariate_hypergeometric']);
const BITGENS = ['PCG64', 'MT19937', 'PCG64DXSM', 'Philox', 'SFC64'];

function buildCases(): Case[] {
  const cases: Case[] = [];
  for (let rep = 0; rep < 3; rep++) {
    for (const [method, g] of Object.entries(GEN)) {
      const [args, kwargs] = g();
      const api = GEN_ONLY.has(method) || rnd() < 0.5 ? 'gen' : 'rs';
      if (api === 'rs' && ['standard_normal', 'standard_exponential'].includes(method))
        delete kwargs.dtype;
      cases.push({ api, bitgen: pick(BITGENS), seed: int(0, 2 ** 32), method, args, kwargs });
    }
    for (const [api, method, g] of BULK) {
      const [args, kwargs] = g();
      cases.push({ api, bitgen: pick(BITGENS), seed: int(0, 2 ** 32), method, args, kwargs });
    }
    for (const [method, g] of Object.entries(LEGACY)) {
      const [args, kwargs] = g();
      cases.push({ api: 'rs', bitgen: 'PCG64', seed: int(0, 2 ** 32), method, args, kwargs });
    }
  }
  return cases;
}

test(`np.random matches live NumPy (seed ${SEED})`, {
  skip: !hasNumpy() && 'python3 with NumPy not available',
}, () => {
  const cases = buildCases();
  const code =
    "sys.path.insert(0, 'scripts/fixtures')\nsys.argv = ['gen_random.py', '--live']\nimport runpy\nrunpy.run_path('scripts/fixtures/gen_random.py', run_name='__main__')\n";
  const results = pyJSON<Case[]>(code, JSON.stringify(cases));
  const bad: string[] = [];
  for (const c of results) {
    const d = runCase(c);
    if (d) bad.push(`${describe(c)}: ${d}`);
  }
  assert.deepEqual(bad, [], `replay with NUMTYPE_LIVE_SEED=${SEED}`);
});
