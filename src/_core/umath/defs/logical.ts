/** Logical ufuncs: truth of any dtype (non-zero; complex non-zero in either part), bool out. */
import { type DType, uint64 } from '../../dtype.js';
import { intBounds } from '../../elements.js';
import { binaryKernel, unaryKernel } from '../loops.js';
import type { LoopSig, Operand } from '../resolve.js';
import { makeUfunc } from '../ufunc.js';
import { andBytes, notBytes, orBytes, xorBytes } from './logical_bytes.js';

const BIN = '??->? bb->? BB->? hh->? HH->? ii->? II->? ll->? LL->? ee->? ff->? dd->? FF->? DD->?';
const UN = '?->? b->? B->? h->? H->? i->? I->? l->? L->? e->? f->? d->? F->? D->?';
const t = (x: number | bigint) => x !== 0 && x !== 0n;
const ct = (re: number, im: number) => re !== 0 || im !== 0;

/**
 * Only truth values matter, so a Python int outside the array's integer range is compared
 * through a wider loop instead of raising (NumPy gives a result here too).
 */
function wideForWeakInts(ops: Operand[], _c: DType | null, loops: LoopSig[]): LoopSig | null {
  const w = ops.find((o) => o.weak);
  const s = ops.find((o) => !o.weak);
  if (!w || !s || !w.weak || (s.dtype.kind !== 'i' && s.dtype.kind !== 'u')) return null;
  const v = w.value;
  if (typeof v !== 'bigint' && !(typeof v === 'number' && Number.isSafeInteger(v))) return null;
  const [lo, hi] = intBounds(s.dtype);
  const b = BigInt(v);
  if (b >= lo && b <= hi) return null;
  return loops.find((l) => l.types === (s.dtype === uint64 ? 'dd->?' : 'll->?'))!;
}

function logical(
  name: string,
  identity: boolean,
  op: (a: boolean, b: boolean) => boolean,
  bytes: (a: Uint8Array, b: Uint8Array, out: Uint8Array) => void,
) {
  return makeUfunc({
    name,
    nin: 2,
    nout: 1,
    identity,
    types: BIN,
    special: wideForWeakInts,
    kernel: binaryKernel(name, {
      int: (a, b) => op(t(a), t(b)),
      big: (a, b) => op(t(a), t(b)),
      float: (a, b) => op(t(a), t(b)),
      complexToReal: (ar, ai, br, bi) => op(ct(ar, ai), ct(br, bi)),
    }),
    fast: { '??->?': { aa: bytes } },
  });
}

export const logical_and = logical('logical_and', true, (a, b) => a && b, andBytes);
export const logical_or = logical('logical_or', false, (a, b) => a || b, orBytes);
export const logical_xor = logical('logical_xor', false, (a, b) => a !== b, xorBytes);

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
  fast: { '?->?': { a: notBytes } },
});
