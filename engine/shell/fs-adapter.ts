/**
 * Lets just-bash's utilities (cat, ls, grep, redirections...) work on the lab
 * host's filesystem. Every call goes to LabFs; nothing here touches a disk.
 */
import { unsafeBytesFromLatin1, type FsStat, type IFileSystem } from "just-bash";
import type { LabFs, FsStatInfo } from "../fs/lab-fs.js";
import { resolvePath } from "../fs/path.js";
import { bytesToText, textToBytes } from "./byte-string.js";

type FileContent = string | Uint8Array;
type WriteOptions = Parameters<IFileSystem["writeFile"]>[2];

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** What to store: just-bash writes a command's bytes as a latin1 string with the encoding "binary". */
function asText(content: FileContent, options: WriteOptions): string {
  if (typeof content !== "string") return decoder.decode(content);
  const encoding = typeof options === "string" ? options : options?.encoding;
  return encoding === "binary" || encoding === "latin1" ? bytesToText(unsafeBytesFromLatin1(content)) : content;
}

function toStat(info: FsStatInfo): FsStat {
  return {
    isFile: info.type === "file",
    isDirectory: info.type === "dir",
    isSymbolicLink: info.type === "symlink",
    mode: info.mode,
    size: info.size,
    mtime: new Date(info.mtimeMs),
  };
}

export function justBashFs(fs: LabFs, now: () => number): IFileSystem {
  return {
    readFile: async (path) => fs.readFile(path),
    // `cmd < FILE` and cat read bytes: in one pass, not a byte at a time from a buffer.
    readFileBytes: async (path) => textToBytes(fs.readFile(path)),
    readFileBuffer: async (path) => encoder.encode(fs.readFile(path)),
    writeFile: async (path, content, options) => fs.writeFile(path, asText(content, options)),
    appendFile: async (path, content, options) => fs.writeFile(path, asText(content, options), true),
    exists: async (path) => fs.exists(path),
    stat: async (path) => toStat(fs.stat(path)),
    lstat: async (path) => toStat(fs.lstat(path)),
    mkdir: async (path, options) => fs.mkdir(path, options?.recursive ?? false),
    readdir: async (path) => fs.readdir(path),
    readdirWithFileTypes: async (path) =>
      fs.readdir(path).map((name) => {
        const info = fs.lstat(`${path === "/" ? "" : path}/${name}`);
        return { name, isFile: info.type === "file", isDirectory: info.type === "dir", isSymbolicLink: info.type === "symlink" };
      }),
    rm: async (path, options) => fs.rm(path, options?.recursive ?? false, options?.force ?? false),
    cp: async (src, dest, options) => fs.copy(src, dest, options?.recursive ?? false),
    mv: async (src, dest) => fs.move(src, dest),
    resolvePath: (base, path) => resolvePath(base, path),
    getAllPaths: () => fs.allPaths(),
    chmod: async (path, mode) => fs.chmod(path, mode),
    symlink: async (target, linkPath) => fs.symlink(target, linkPath),
    link: async (existing, newPath) => fs.copy(existing, newPath),
    readlink: async (path) => fs.readlink(path),
    realpath: async (path) => {
      const real = fs.realpath(path);
      fs.stat(real);
      return real;
    },
    utimes: async (path, _atime, mtime) => fs.touch(path, mtime.getTime() || now()),
  };
}
