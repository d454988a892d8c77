/**
 * Writing a file so that a failed write never replaces a good file: the bytes go to
 * a temporary file in the same directory, which is renamed over the target only
 * once everything was written (rename is atomic within one file system).
 */
import { nodeFs, nodePath } from './nodefs.js';

let counter = 0;

/**
 * Write the chunks that `produce` hands to `write` into `path` atomically.
 * `produce` may throw (e.g. a formatting error mid-way): the target is untouched.
 */
export function writeFileAtomic(
  path: string,
  produce: (write: (chunk: Uint8Array) => void) => void,
): void {
  const fs = nodeFs();
  const p = nodePath();
  const dir = p.dirname(path);
  const tmp = p.join(dir, `.${p.basename(path)}.${process.pid}.${Date.now()}.${counter++}.tmp`);
  const fd = fs.openSync(tmp, 'wx', 0o666);
  let ok = false;
  try {
    let pos = 0;
    produce((chunk) => {
      let off = 0;
      while (off < chunk.length) {
        // Large chunks are written in pieces (writeSync may write fewer bytes, and caps at 2 GiB).
        const n = fs.writeSync(fd, chunk, off, Math.min(chunk.length - off, 1 << 30), pos);
        off += n;
        pos += n;
      }
    });
    fs.closeSync(fd);
    ok = true;
  } finally {
    if (!ok) {
      try {
        fs.closeSync(fd);
      } catch {
        // already closed
      }
      try {
        fs.unlinkSync(tmp);
      } catch {
        // nothing to remove
      }
    }
  }
  // Hold the old file open across the rename, then close it asynchronously: releasing a
  // large replaced file's blocks and cached pages happens at its last close, which then
  // runs on libuv's thread pool instead of inside the synchronous rename.
  // (POSIX only: Windows may refuse to rename over an open file.)
  let oldFd: number | null = null;
  if (process.platform !== 'win32') {
    try {
      oldFd = fs.openSync(path, 'r');
    } catch {
      // no previous file (or not readable): nothing to release
    }
  }
  try {
    fs.renameSync(tmp, path);
  } catch (e) {
    if (oldFd !== null) fs.closeSync(oldFd);
    try {
      fs.unlinkSync(tmp);
    } catch {
      // nothing to remove
    }
    throw e;
  }
  if (oldFd !== null) fs.close(oldFd, () => {});
}
