/**
 * The static types of np.random (checked by tsc in `npm run typecheck`): scalar parameters
 * without a size give a number, a size (positional or in the options object) gives an
 * NDArray of the sampler's dtype, and calls the overloads cannot place get the union. The
 * runtime test checks that the values really are what the types say.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NDArray } from '../../src/_core/ndarray.js';
import * as R from '../../src/random/index.js';
import type { Equal, Expect } from '../types/assert.js';

type F32 = NDArray<'float32'>;
type F64 = NDArray<'float64'>;
type I64 = NDArray<'int64'>;

const g = R.default_rng(1);
const rs = new R.RandomState(1);
const arr = g.random(3);

const gRandom = g.random();
const gRandomN = g.random(5);
const gRandomShape = g.random([2, 3]);
const gRandomF32 = g.random(5, 'float32');
const gRandomOpts = g.random({ size: 4 });
const gRandomOptsF32 = g.random({ size: 4, dtype: 'float32' });
const gRandomOut = g.random({ out: g.random(2, 'float32'), dtype: 'float32' });
const gNormal = g.standard_normal();
const gNormalN = g.standard_normal(3);
const gNormalF32 = g.standard_normal({ size: 3, dtype: 'float32' });
const gExp = g.standard_exponential(3);
const gGamma = g.standard_gamma(2.5);
const gGammaN = g.standard_gamma(2.5, 4);
const gInt = g.integers(10);
const gInt2 = g.integers(0, 100);
const gIntN = g.integers(0, 100, 5);
const gIntOpts = g.integers(0, 100, { size: 5 });
const gIntI32 = g.integers(0, 100, 5, 'int32');
const gIntOptsU8 = g.integers(0, 100, { size: 5, dtype: 'uint8' });
const gIntBool = g.integers(0, 2, { dtype: 'bool' });
const gIntScalarOpts = g.integers(0, 10, { endpoint: true });
const gIntArr = g.integers([1, 2] as unknown, 10);
const gNorm = g.normal();
const gNorm2 = g.normal(1, 2);
const gNormSized = g.normal(1, 2, 6);
const gNormOpts = g.normal({ loc: 1, size: [2, 2] });
const gNormScalarOpts = g.normal({ loc: 1 });
const gNormArr = g.normal(arr);
const gPois = g.poisson(3);
const gPoisN = g.poisson(3, 10);
const gBinom = g.binomial(10, 0.5, { size: 3 });
const gCauchy = g.standard_cauchy();
const gCauchyN = g.standard_cauchy(4);
const rsRand = rs.rand();
const rsRandN = rs.rand(2, 3);
const rsRandn = rs.randn(4);
const rsRandint = rs.randint(5);
const rsRandintN = rs.randint(0, 5, 10);
const rsRandintI32 = rs.randint(0, 5, { size: 10, dtype: 'int32' });
const rsNormal = rs.normal(0, 1);
const rsNormalN = rs.normal(0, 1, 3);
const rsPoisson = rs.poisson(2, { size: 3 });
const npRand = R.rand();
const npRandN = R.rand(3);
const npRandn = R.randn(2, 2);
const npRandint = R.randint(0, 10, 3);
const npRandintScalar = R.randint(10);
const npUniform = R.uniform(0, 1);
const npUniformN = R.uniform(0, 1, 5);
const npRandomSample = R.random_sample([2, 2]);
const npRandom = R.random();
const npStdNormal = R.standard_normal({ size: 3 });
const npBinomial = R.binomial(5, 0.5);

type _ = [
  Expect<Equal<typeof gRandom, number>>,
  Expect<Equal<typeof gRandomN, F64>>,
  Expect<Equal<typeof gRandomShape, F64>>,
  Expect<Equal<typeof gRandomF32, F32>>,
  Expect<Equal<typeof gRandomOpts, F64>>,
  Expect<Equal<typeof gRandomOptsF32, F32>>,
  Expect<Equal<typeof gRandomOut, F32>>,
  Expect<Equal<typeof gNormal, number>>,
  Expect<Equal<typeof gNormalN, F64>>,
  Expect<Equal<typeof gNormalF32, F32>>,
  Expect<Equal<typeof gExp, F64>>,
  Expect<Equal<typeof gGamma, number>>,
  Expect<Equal<typeof gGammaN, F64>>,
  Expect<Equal<typeof gInt, number>>,
  Expect<Equal<typeof gInt2, number>>,
  Expect<Equal<typeof gIntN, I64>>,
  Expect<Equal<typeof gIntOpts, I64>>,
  Expect<Equal<typeof gIntI32, NDArray<'int32'>>>,
  Expect<Equal<typeof gIntOptsU8, NDArray<'uint8'>>>,
  Expect<Equal<typeof gIntBool, boolean>>,
  Expect<Equal<typeof gIntScalarOpts, number>>,
  Expect<Equal<typeof gIntArr, number | boolean | NDArray>>,
  Expect<Equal<typeof gNorm, number>>,
  Expect<Equal<typeof gNorm2, number>>,
  Expect<Equal<typeof gNormSized, F64>>,
  Expect<Equal<typeof gNormOpts, F64>>,
  Expect<Equal<typeof gNormScalarOpts, number>>,
  Expect<Equal<typeof gNormArr, number | F64>>,
  Expect<Equal<typeof gPois, number>>,
  Expect<Equal<typeof gPoisN, I64>>,
  Expect<Equal<typeof gBinom, I64>>,
  Expect<Equal<typeof gCauchy, number>>,
  Expect<Equal<typeof gCauchyN, F64>>,
  Expect<Equal<typeof rsRand, number>>,
  Expect<Equal<typeof rsRandN, F64>>,
  Expect<Equal<typeof rsRandn, F64>>,
  Expect<Equal<typeof rsRandint, number>>,
  Expect<Equal<typeof rsRandintN, I64>>,
  Expect<Equal<typeof rsRandintI32, NDArray<'int32'>>>,
  Expect<Equal<typeof rsNormal, number>>,
  Expect<Equal<typeof rsNormalN, F64>>,
  Expect<Equal<typeof rsPoisson, I64>>,
  Expect<Equal<typeof npRand, number>>,
  Expect<Equal<typeof npRandN, F64>>,
  Expect<Equal<typeof npRandn, F64>>,
  Expect<Equal<typeof npRandint, I64>>,
  Expect<Equal<typeof npRandintScalar, number>>,
  Expect<Equal<typeof npUniform, number>>,
  Expect<Equal<typeof npUniformN, F64>>,
  Expect<Equal<typeof npRandomSample, F64>>,
  Expect<Equal<typeof npRandom, number>>,
  Expect<Equal<typeof npStdNormal, F64>>,
  Expect<Equal<typeof npBinomial, number>>,
];

test('np.random values are what their static types say', () => {
  const scalars: [unknown, string][] = [
    [gRandom, 'number'],
    [gNormal, 'number'],
    [gGamma, 'number'],
    [gInt, 'number'],
    [gInt2, 'number'],
    [gIntBool, 'boolean'],
    [gIntScalarOpts, 'number'],
    [gNorm, 'number'],
    [gNorm2, 'number'],
    [gNormScalarOpts, 'number'],
    [gPois, 'number'],
    [gCauchy, 'number'],
    [rsRand, 'number'],
    [rsRandint, 'number'],
    [rsNormal, 'number'],
    [npRand, 'number'],
    [npRandintScalar, 'number'],
    [npUniform, 'number'],
    [npRandom, 'number'],
    [npBinomial, 'number'],
  ];
  for (const [v, t] of scalars) assert.equal(typeof v, t);
  const arrays: [unknown, string][] = [
    [gRandomN, 'float64'],
    [gRandomShape, 'float64'],
    [gRandomF32, 'float32'],
    [gRandomOpts, 'float64'],
    [gRandomOptsF32, 'float32'],
    [gRandomOut, 'float32'],
    [gNormalN, 'float64'],
    [gNormalF32, 'float32'],
    [gExp, 'float64'],
    [gGammaN, 'float64'],
    [gIntN, 'int64'],
    [gIntOpts, 'int64'],
    [gIntI32, 'int32'],
    [gIntOptsU8, 'uint8'],
    [gIntArr, 'int64'],
    [gNormSized, 'float64'],
    [gNormOpts, 'float64'],
    [gNormArr, 'float64'],
    [gPoisN, 'int64'],
    [gBinom, 'int64'],
    [gCauchyN, 'float64'],
    [rsRandN, 'float64'],
    [rsRandn, 'float64'],
    [rsRandintN, 'int64'],
    [rsRandintI32, 'int32'],
    [rsNormalN, 'float64'],
    [rsPoisson, 'int64'],
    [npRandN, 'float64'],
    [npRandn, 'float64'],
    [npRandint, 'int64'],
    [npUniformN, 'float64'],
    [npRandomSample, 'float64'],
    [npStdNormal, 'float64'],
  ];
  for (const [v, dt] of arrays) {
    assert.ok(v instanceof NDArray);
    assert.equal(v.dtype.name, dt);
  }
});
