import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Complex } from '../../../src/_core/complex.js';
import * as d from '../../../src/_core/dtype.js';
import { type Casting, canCast } from '../../../src/_core/numerictypes/promotion.js';
import { throwsNumpy } from '../../helpers.js';
import { array0d, fx, specArg } from './fixture.js';

describe('can_cast (NumPy fixture)', () => {
  it('every pair of numeric, string and void dtypes under every casting mode', () => {
    let n = 0;
    for (const c of fx.can_cast) {
      fx.modes.forEach((mode: Casting, i: number) => {
        assert.equal(
          canCast(specArg(c.from), specArg(c.to), mode),
          c.modes[i],
          `${c.from} -> ${c.to} ${mode}`,
        );
        n++;
      });
    }
    assert.ok(n >= 2000);
  });

  it('errors', () => {
    const e = fx.can_cast_errors;
    throwsNumpy(() => canCast(1, d.int64), e.int[0], e.int[1]);
    throwsNumpy(() => canCast(1.5, d.float64), e.float[0], e.float[1]);
    throwsNumpy(() => canCast(new Complex(0, 1), d.complex128), e.complex[0], e.complex[1]);
    throwsNumpy(() => canCast(true, d.int64), e.bool[0], e.bool[1]);
    throwsNumpy(() => canCast('i8', 'f8', 'bogus' as Casting), e.badmode[0], e.badmode[1]);
    throwsNumpy(() => canCast('abc', 'f8'), e.badfrom[0], e.badfrom[1]);
    throwsNumpy(() => canCast('f8', 'abc'), e.badto[0], e.badto[1]);
  });

  it('arrays cast by dtype, never by value; options object', () => {
    assert.equal(canCast(array0d('int64'), d.int8), false);
    assert.equal(canCast(array0d('int8'), d.int64), true);
    assert.equal(canCast(d.int64, d.int8, { casting: 'same_kind' }), true);
    assert.equal(canCast(d.float64, d.int8, { casting: 'same_kind' }), false);
    assert.equal(canCast(d.float64, d.int8, {}), false);
    throwsNumpy(
      () => canCast(d.float64, d.int8, { bogus: 1 } as never),
      'TypeError',
      "can_cast() got an unexpected keyword argument 'bogus'",
    );
  });
});
