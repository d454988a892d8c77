/** The breadth sweep's report: numtype ms, NumPy ms and their ratio per case, worst first. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const js = JSON.parse(readFileSync(path.join(here, 'js.json'))), py = JSON.parse(readFileSync(path.join(here, 'py.json')));
const rows = Object.keys(js).map((k) => [k, js[k], py[k] ?? {}]);
rows.sort((x, y) => ((y[1].ms ?? 0) / (y[2].ms ?? 1)) - ((x[1].ms ?? 0) / (x[2].ms ?? 1)));
for (const [k, j, p] of rows) console.log(k.padEnd(22), j.error ? 'JS ERR ' + j.error : j.ms.toFixed(3).padStart(9), p.error ? 'PY ERR ' + p.error : (p.ms ?? NaN).toFixed(3).padStart(9), j.ms && p.ms ? (j.ms / p.ms).toFixed(2).padStart(7) : '');
