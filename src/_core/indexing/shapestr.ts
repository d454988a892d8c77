/**
 * Shapes as NumPy's C code prints them in messages: `(3,)`, `(2,3)`, `()` — no
 * space after the commas, unlike Python's tuple repr.
 */
export function cShape(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(',')})`;
}

/** NumPy's broadcast of several shapes, or null when they don't broadcast. */
export function broadcastShapes(shapes: readonly (readonly number[])[]): number[] | null {
  const nd = Math.max(0, ...shapes.map((s) => s.length));
  const out = new Array<number>(nd).fill(1);
  for (const s of shapes) {
    const off = nd - s.length;
    for (let i = 0; i < s.length; i++) {
      const n = s[i]!;
      const cur = out[off + i]!;
      if (cur === 1) out[off + i] = n;
      else if (n !== 1 && n !== cur) return null;
    }
  }
  return out;
}
