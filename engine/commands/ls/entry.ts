/**
 * One file as ls sees it (lstat, or stat for a command-line symlink it
 * follows): what the lab's filesystem keeps, plus what ext4, procfs and
 * devtmpfs would report for it — link counts, 1K blocks, device numbers.
 */
import type { LabFs, FsStatInfo } from "../../fs/lab-fs.js";

export interface LsEntry {
  /** The name as ls prints it: the operand as typed, or the name in its directory. */
  readonly name: string;
  /** The absolute path in the lab. */
  readonly path: string;
  readonly type: "file" | "dir" | "symlink" | "char";
  readonly mode: number;
  readonly nlink: number;
  readonly uid: number;
  readonly gid: number;
  readonly size: number;
  /** Allocated space in 1K blocks (ext4's 4K blocks; nothing for procfs, devices and short symlinks). */
  readonly blocks: number;
  readonly mtimeMs: number;
  readonly target?: string;
  /** major, minor of a character device. */
  readonly device?: readonly [number, number];
}

/** Debian 12's character devices that the lab's /dev has: major, minor and group. */
const DEVICES: Readonly<Record<string, { dev: readonly [number, number]; gid: number }>> = {
  "/dev/null": { dev: [1, 3], gid: 0 },
  "/dev/zero": { dev: [1, 5], gid: 0 },
  "/dev/full": { dev: [1, 7], gid: 0 },
  "/dev/random": { dev: [1, 8], gid: 0 },
  "/dev/urandom": { dev: [1, 9], gid: 0 },
  "/dev/tty": { dev: [5, 0], gid: 5 },
};

/** ext4 keeps a symlink's target in the inode when it is shorter than 60 bytes. */
const FAST_SYMLINK_MAX = 59;

/** Throws the filesystem's errno error when the path does not exist. */
export function lsEntry(fs: LabFs, name: string, path: string, follow: boolean): LsEntry {
  const info = follow ? fs.stat(path) : fs.lstat(path);
  const virtual = isVirtualDir(info);
  const device = DEVICES[follow ? safeRealpath(fs, path) : path];
  if (device && info.type === "file") {
    return { name, path, type: "char", mode: 0o666, nlink: 1, uid: 0, gid: device.gid, size: 0, blocks: 0, mtimeMs: info.mtimeMs, device: device.dev };
  }
  const base = { name, path, mode: info.mode, uid: 0, gid: 0, size: info.size, mtimeMs: info.mtimeMs };
  if (info.type === "symlink") {
    const target = fs.readlink(path);
    return { ...base, type: "symlink", nlink: 1, blocks: target.length > FAST_SYMLINK_MAX ? 4 : 0, target };
  }
  if (info.type === "dir") {
    // procfs directories count one link; ext4's count . and each subdirectory's ..
    const nlink = virtual && path.startsWith("/proc/") ? 1 : 2 + subdirectories(fs, path);
    return { ...base, type: "dir", nlink, blocks: virtual ? 0 : 4 };
  }
  // Virtual files report size 0, so they take no blocks either.
  return { ...base, type: "file", nlink: 1, blocks: Math.ceil(info.size / 4096) * 4 };
}

function subdirectories(fs: LabFs, path: string): number {
  let n = 0;
  for (const child of fs.readdir(path)) {
    try {
      if (fs.lstat(`${path === "/" ? "" : path}/${child}`).type === "dir") n++;
    } catch {
      // A name that vanished between readdir and lstat counts for nothing.
    }
  }
  return n;
}

/** A directory served by a virtual mount (/proc/sys, /dev, /usr/bin): LabFs gives it no size; the tree's are 4096 bytes. */
function isVirtualDir(info: FsStatInfo): boolean {
  return info.type === "dir" && info.size === 0;
}

function safeRealpath(fs: LabFs, path: string): string {
  try {
    return fs.realpath(path);
  } catch {
    return path;
  }
}
