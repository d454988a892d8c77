import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Complex } from '../../../src/_core/complex.js';
import * as d from '../../../src/_core/dtype.js';
import { finfo, iinfo } from '../../../src/_core/numerictypes/getlimits.js';
import { throwsNumpy } from '../../helpers.js';
import { array0d, fx } from './fixture.js';

const FINFO_ATTRS = [
  'bits',
  'eps',
  'epsneg',
  'max',
  'min',
  'tiny',
  'smallest_normal',
  'smallest_subnormal',
  'resolution',
  'precision',
  'iexp',
  'maxexp',
  'minexp',
  'negep',
  'machep',
  'nexp',
  'nmant',
] as const;

describe('finfo (NumPy fixture)', () => {
  for (const [name, exp] of Object.entries<any>(fx.finfo)) {
    it(name, () => {
      const f = finfo(name);
      for (const a of FINFO_ATTRS) assert.equal(f[a], exp[a], `${name}.${a}`);
      assert.equal(f.dtype.name, exp.dtype);
      assert.equal(String(f), exp.str);
      assert.equal(f.repr(), exp.repr);
    });
  }

  it('complex describes its component, as the same object', () => {
    assert.equal(finfo(d.complex64), finfo(d.float32));
    assert.equal(finfo(d.complex128).dtype, d.float64);
  });

  it('JS scalars and arrays', () => {
    assert.equal(finfo(0.5).dtype, d.float64);
    assert.equal(finfo(new Complex(0, 1)).dtype, d.float64);
    assert.equal(finfo(array0d('float16')).dtype, d.float16);
  });

  it('errors', () => {
    const e = fx.limits_errors.finfo;
    for (const spec of ['int32', 'bool', 'uint64', 'U3', 'S3'])
      throwsNumpy(() => finfo(spec), e[spec][0], e[spec][1]);
    throwsNumpy(() => finfo(1), e.pyint[0], e.pyint[1]);
  });
});

describe('iinfo (NumPy fixture)', () => {
  for (const [name, exp] of Object.entries<any>(fx.iinfo)) {
    it(name, () => {
      const i = iinfo(name);
      assert.equal(i.bits, exp.bits);
      assert.equal(String(i.min), exp.min);
      assert.equal(String(i.max), exp.max);
      assert.equal(typeof i.max, exp.bits === 64 ? 'bigint' : 'number');
      assert.equal(i.kind, exp.kind);
      assert.equal(i.key, exp.key);
      assert.equal(i.dtype.name, exp.dtype);
      assert.equal(String(i), exp.str);
      assert.equal(i.repr(), exp.repr);
    });
  }

  it('JS scalars and arrays', () => {
    assert.equal(iinfo(7).dtype, d.int64);
    assert.equal(iinfo(7n).max, 2n ** 63n - 1n);
    assert.equal(iinfo(array0d('uint8')).max, 255);
  });

  it('errors', () => {
    const e = fx.limits_errors.iinfo;
    for (const spec of ['float64', 'float16', 'complex64', 'bool', 'U3', 'S3']) {
      throwsNumpy(() => iinfo(spec), e[spec][0], e[spec][1]);
    }
    throwsNumpy(() => iinfo(1.5), e.pyfloat[0], e.pyfloat[1]);
  });
});
