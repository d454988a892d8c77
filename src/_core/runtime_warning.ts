/**
 * Python's `warnings.warn` for NumPy's non-FP warnings (`Mean of empty slice`,
 * `All-NaN slice encountered`, …). Like Python's default filter each message is shown
 * once (through `process.emitWarning` in Node); `catchWarnings` records every one.
 */
export interface CaughtWarning {
  message: string;
  category: string;
}

const shown = new Set<string>();
const catchers: CaughtWarning[][] = [];

/** Issue a warning of `category` (RuntimeWarning by default). */
export function warn(message: string, category = 'RuntimeWarning'): void {
  const c = catchers[catchers.length - 1];
  if (c) {
    c.push({ message, category });
    return;
  }
  const key = `${category}: ${message}`;
  if (shown.has(key)) return;
  shown.add(key);
  const p = (globalThis as { process?: { emitWarning?: (m: string, t: string) => void } }).process;
  if (p?.emitWarning) p.emitWarning(message, category);
  else console.warn(key);
}

/** Run `fn`, returning its result and the warnings issued meanwhile (Python's catch_warnings). */
export function catchWarnings<T>(fn: () => T): [T, CaughtWarning[]] {
  const list: CaughtWarning[] = [];
  catchers.push(list);
  try {
    return [fn(), list];
  } finally {
    catchers.pop();
  }
}
