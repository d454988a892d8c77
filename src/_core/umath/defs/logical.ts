/** Logical ufuncs: truth of any dtype (non-zero; complex non-zero in either part), bool out. */
import { binaryKernel, unaryKernel } from '../loops.js';
import { makeUfunc } from '../ufunc.js';

const BIN = '??->? bb->? BB->? hh->? HH->? ii->? II->? ll->? LL->? ee->? ff->? dd->? FF->? DD->?';
const UN = '?->? b->? B->? h->? H->? i->? I->? l->? L->? e->? f->? d->? F->? D->?';
const t = (x: number | bigint) => x !== 0 && x !== 0n;
const ct = (re: number, im: number) => re !== 0 || im !== 0;

function logical(name: string, identity: boolean, op: (a: boolean, b: boolean) => boolean) {
  return makeUfunc({
    name,
    nin: 2,
    nout: 1,
    identity,
    types: BIN,
    kernel: binaryKernel(name, {
      int: (a, b) => op(t(a), t(b)),
      big: (a, b) => op(t(a), t(b)),
      float: (a, b) => op(t(a), t(b)),
      complexToReal: (ar, ai, br, bi) => op(ct(ar, ai), ct(br, bi)),
    }),
  });
}

export const logical_and = logical('logical_and', true, (a, b) => a && b);
export const logical_or = logical('logical_or', false, (a, b) => a || b);
export const logical_xor = logical('logical_xor', false, (a, b) => a !== b);

export const logical_not = makeUfunc({
  name: 'logical_not',
  nin: 1,
  nout: 1,
  identity: null,
  types: UN,
  kernel: unaryKernel('logical_not', {
    int: (a) => !t(a),
    big: (a) => !t(a),
    float: (a) => !t(a),
    complexToReal: (re, im) => !ct(re, im),
  }),
});
