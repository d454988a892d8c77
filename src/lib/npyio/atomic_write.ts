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
  let pos = 0;
  try {
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
  replaceWith(tmp, path, pos);
}

/**
 * Above this size the new file replaces the old one in two renames (see replaceWith).
 * Measured on ext4 with 100 MB: one rename over the old file costs 10-70 ms of forced
 * writeback, the two renames ~0.1 ms.
 */
const TWO_STEP_MIN_BYTES = 8 << 20;

/**
 * Move the finished temporary file `tmp` (of `size` bytes) to `path`.
 *
 * Small files: one rename over the old file (atomic). Large files: ext4 (auto_da_alloc)
 * flushes the new file's data to disk inside a rename that replaces an existing file,
 * which made a 100 MB save 2-3 times slower than NumPy's (NumPy truncates in place). So
 * the old file is first renamed aside, the new one renamed into place, then the old one
 * removed; the new data is complete before either rename, so a failed save still never
 * replaces a good file (if the second rename fails, the old file is renamed back). The
 * cost: for the microseconds between the renames, readers of `path` find no file (with
 * one rename they always find the old or the new one), and a crash exactly there leaves
 * the old file under its temporary `.old` name instead of at `path`.
 *
 * The old file is held open across the switch and closed asynchronously: releasing a
 * large file's blocks and cached pages happens at its last close, which then runs on
 * libuv's thread pool instead of inside the synchronous rename/unlink.
 * (POSIX only: Windows may refuse to rename over an open file.)
 */
function replaceWith(tmp: string, path: string, size: number): void {
  const fs = nodeFs();
  let oldFd: number | null = null;
  if (process.platform !== 'win32') {
    try {
      oldFd = fs.openSync(path, 'r');
    } catch {
      // no previous file (or not readable): nothing to release
    }
  }
  const cleanup = () => {
    if (oldFd !== null) fs.closeSync(oldFd);
    try {
      fs.unlinkSync(tmp);
    } catch {
      // nothing to remove
    }
  };
  let aside: string | null = null;
  if (oldFd !== null && size >= TWO_STEP_MIN_BYTES && fs.fstatSync(oldFd).isFile()) {
    aside = `${tmp}.old`;
    try {
      fs.renameSync(path, aside);
    } catch {
      aside = null; // fall back to one rename over the old file
    }
  }
  try {
    fs.renameSync(tmp, path);
  } catch (e) {
    if (aside !== null) fs.renameSync(aside, path);
    cleanup();
    throw e;
  }
  if (aside !== null) {
    try {
      fs.unlinkSync(aside);
    } catch {
      // already gone
    }
  }
  if (oldFd !== null) fs.close(oldFd, () => {});
}
