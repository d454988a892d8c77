import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Complex } from '../../../src/_core/complex.js';
import * as d from '../../../src/_core/dtype.js';
import { DTypePromotionError, OverflowError } from '../../../src/_core/errors.js';
import {
  commonDType,
  promoteTypes,
  promoteWithWeak,
  resultType,
  weakScalarKind,
} from '../../../src/_core/numerictypes/promotion.js';
import { throwsNumpy } from '../../helpers.js';
import { array0d, D, fx, operand, specArg } from './fixture.js';

/** Check one fixture outcome: the dtype NumPy gave, or its exact error. */
function expectOutcome(
  fn: () => d.DType,
  c: { result?: string; error?: [string, string] },
  what: string,
) {
  if (c.error) throwsNumpy(fn, c.error[0], c.error[1]);
  else assert.equal(fn(), D(c.result!), what);
}

describe('promote_types (NumPy fixture)', () => {
  it('every pair of numeric, string and void dtypes', () => {
    for (const c of fx.promote_types) {
      expectOutcome(() => promoteTypes(specArg(c.a), specArg(c.b)), c, `${c.a} + ${c.b}`);
    }
    assert.ok(fx.promote_types.length >= 400);
  });

  it('examples from the contract', () => {
    assert.equal(promoteTypes('U3', 'S5'), d.unicodeDType(5));
    assert.equal(promoteTypes('i8', 'U3'), d.unicodeDType(21));
    assert.equal(promoteTypes(d.bool, 'S3'), d.bytesDType(5));
    assert.equal(promoteTypes(d.uint64, d.int64), d.float64);
    assert.equal(promoteTypes(d.int16, d.float16), d.float32);
  });
});

describe('result_type (NumPy fixture)', () => {
  it('dtypes, strong 0-d arrays and weak JS scalars, including random sequences', () => {
    for (const c of fx.result_type) {
      const args = c.args.map(operand);
      const what = JSON.stringify(c.args);
      if (c.result === 'object') {
        // NumPy falls back to object for a lone int beyond 64 bits; numtype has no object dtype.
        assert.throws(() => resultType(...args), OverflowError, what);
        continue;
      }
      expectOutcome(() => resultType(...args), c, what);
    }
  });

  it('no arguments', () => {
    throwsNumpy(() => resultType(), fx.result_type_empty[0], fx.result_type_empty[1]);
  });

  it('NEP 50: weak scalars keep the array dtype, 0-d arrays do not', () => {
    assert.equal(resultType(d.int8, 1000), d.int8);
    assert.equal(resultType(d.uint8, -1), d.uint8);
    assert.equal(resultType(d.float32, 2.5), d.float32);
    assert.equal(resultType(d.int64, 2.5), d.float64);
    assert.equal(resultType(d.float32, new Complex(0, 1)), d.complex64);
    assert.equal(resultType(d.float64, new Complex(0, 1)), d.complex128);
    assert.equal(resultType(d.float32, array0d('float64')), d.float64);
    assert.equal(resultType('f4', 1.5), d.float32);
    assert.equal(resultType(d.int8, 2n ** 100n), d.int8);
  });

  it('lone and all-weak scalars', () => {
    assert.equal(resultType(1), d.int64);
    assert.equal(resultType(-0), d.float64);
    assert.equal(resultType(0.5), d.float64);
    assert.equal(resultType(true), d.bool);
    assert.equal(resultType(2n ** 63n), d.uint64);
    assert.equal(resultType(1, 2.5), d.float64);
    assert.equal(resultType(2n ** 70n, 1), d.int64);
    assert.throws(() => resultType(2n ** 64n), {
      name: 'OverflowError',
      message: 'Python int too large to convert to C long',
    });
  });

  it('weak scalars and strings have no common dtype', () => {
    assert.throws(() => resultType('U3', 1), DTypePromotionError);
    assert.throws(() => resultType('U3', 1), TypeError);
  });
});

describe('helpers for the ufunc engine', () => {
  it('weakScalarKind', () => {
    assert.equal(weakScalarKind(3), 'int');
    assert.equal(weakScalarKind(-0), 'float');
    assert.equal(weakScalarKind(2 ** 53), 'float');
    assert.equal(weakScalarKind(3n), 'int');
    assert.equal(weakScalarKind(new Complex(1, 2)), 'complex');
    assert.equal(weakScalarKind(false), 'bool');
    assert.equal(weakScalarKind('f8'), null);
    assert.equal(weakScalarKind(d.float64), null);
  });

  it('commonDType and promoteWithWeak', () => {
    assert.equal(commonDType([d.int8, d.uint8, d.float16]), d.float16);
    assert.equal(commonDType([d.int8, d.uint16]), d.int32);
    assert.equal(commonDType([d.unicodeDType(2), d.int8, d.bytesDType(7)]), d.unicodeDType(7));
    assert.equal(promoteWithWeak([d.int16], ['int', 'float']), d.float64);
    assert.equal(promoteWithWeak([d.float16], ['complex']), d.complex64);
    assert.equal(promoteWithWeak([], ['int', 'complex']), d.complex128);
  });
});
