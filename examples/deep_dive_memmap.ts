// NumPy: The Definitive Deep Dive — 7. Memory Mapping (memmap) (seeds/004)
import { closeSync, ftruncateSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as np from '../src/index.js';

const dir = mkdtempSync(path.join(tmpdir(), 'numtype-')); // added: a fresh temporary directory,
process.chdir(dir); // removed at exit
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const fd = openSync('data.bin', 'w'); // added: a sparse 400 MB file of float32 zeros
ftruncateSync(fd, 10000 * 10000 * 4);
closeSync(fd);
// Access a 100GB file as if it were an array
const fp = np.memmap('data.bin', { dtype: 'float32', mode: 'r', shape: [10000, 10000] });
const section = fp.get('500:600, :'); // Only this section is loaded into RAM
void section;
