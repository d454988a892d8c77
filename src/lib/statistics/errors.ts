/** Python's RuntimeError, which NumPy's `cov` raises for bad weight shapes (not yet in _core/errors). */
export class RuntimeError extends Error {
  override name = 'RuntimeError';
}
