/**
 * The lab host's filesystem: a FileTree in the world plus virtual mounts
 * (/proc/sys) computed from the world. Synchronous; errors are thrown as
 * Node-style errno messages ("ENOENT: no such file or directory, open '/x'"),
 * which the shell's utilities turn into the usual "No such file or directory".
 */
import type { FileTree, FsNode, VirtualMount } from "./types.js";
import { baseName, isUnder, normalizePath, parentOf } from "./path.js";

const MAX_SYMLINK_HOPS = 40;

export interface FsStatInfo {
  type: "file" | "dir" | "symlink";
  mode: number;
  size: number;
  mtimeMs: number;
}

export class LabFs {
  constructor(
    private readonly tree: FileTree,
    private readonly now: () => number,
    private readonly mounts: () => readonly VirtualMount[] = () => [],
  ) {}

  /** Follows symlinks in every component; returns the real path. */
  realpath(path: string, op = "stat"): string {
    let p = normalizePath(path);
    for (let hops = 0; hops < MAX_SYMLINK_HOPS; hops++) {
      const parts = p.split("/").filter(Boolean);
      let cur = "";
      let redirected = false;
      for (let i = 0; i < parts.length; i++) {
        cur = `${cur}/${parts[i]}`;
        const node = this.tree[cur];
        if (node?.type === "symlink") {
          const target = node.target.startsWith("/") ? node.target : `${parentOf(cur)}/${node.target}`;
          p = normalizePath([target, ...parts.slice(i + 1)].join("/"));
          redirected = true;
          break;
        }
      }
      if (!redirected) return p;
    }
    throw new Error(`ELOOP: too many levels of symbolic links, ${op} '${path}'`);
  }

  private mountFor(path: string): VirtualMount | undefined {
    return this.mounts().find((m) => path === m.prefix || isUnder(path, m.prefix));
  }

  exists(path: string): boolean {
    try {
      this.stat(path);
      return true;
    } catch {
      return false;
    }
  }

  stat(path: string): FsStatInfo {
    const p = this.realpath(path);
    const mount = this.mountFor(p);
    if (mount) {
      if (mount.list(p)) return { type: "dir", mode: 0o555, size: 0, mtimeMs: this.now() };
      const f = mount.file(p);
      if (f) return { type: "file", mode: f.mode ?? 0o644, size: 0, mtimeMs: this.now() };
      throw new Error(`ENOENT: no such file or directory, stat '${path}'`);
    }
    return this.describe(this.tree[p], path, "stat");
  }

  lstat(path: string): FsStatInfo {
    const p = normalizePath(path);
    const node = this.tree[this.realpath(parentOf(p)) + (p === "/" ? "" : "/" + baseName(p))] ?? this.tree[p];
    if (node?.type === "symlink") return { type: "symlink", mode: node.mode, size: node.target.length, mtimeMs: node.mtimeMs };
    return this.stat(path);
  }

  private describe(node: FsNode | undefined, path: string, op: string): FsStatInfo {
    if (!node) throw new Error(`ENOENT: no such file or directory, ${op} '${path}'`);
    const size = node.type === "file" ? utf8Length(node.content) : node.type === "symlink" ? node.target.length : 4096;
    return { type: node.type, mode: node.mode, size, mtimeMs: node.mtimeMs };
  }

  readFile(path: string): string {
    const p = this.realpath(path, "open");
    const mount = this.mountFor(p);
    if (mount) {
      if (mount.list(p)) throw new Error(`EISDIR: illegal operation on a directory, read '${path}'`);
      const f = mount.file(p);
      if (!f) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return f.read();
    }
    const node = this.tree[p];
    if (!node) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
    if (node.type !== "file") throw new Error(`EISDIR: illegal operation on a directory, read '${path}'`);
    return node.content;
  }

  writeFile(path: string, content: string, append = false): void {
    const p = this.realpath(path, "open");
    const mount = this.mountFor(p);
    if (mount) {
      const f = mount.file(p);
      if (!f) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      const refused = f.write(content);
      if (refused) throw new Error(`${refused}, write '${path}'`);
      return;
    }
    const parent = this.tree[parentOf(p)];
    if (!parent) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
    if (parent.type !== "dir") throw new Error(`ENOTDIR: not a directory, open '${path}'`);
    const node = this.tree[p];
    if (node?.type === "dir") throw new Error(`EISDIR: illegal operation on a directory, write '${path}'`);
    const previous = node?.type === "file" && append ? node.content : "";
    this.tree[p] = { type: "file", content: previous + content, mode: node?.mode ?? 0o644, mtimeMs: this.now() };
  }

  mkdir(path: string, recursive = false): void {
    const p = normalizePath(path);
    const node = this.tree[p];
    if (node) {
      if (recursive && node.type === "dir") return;
      throw new Error(`EEXIST: file already exists, mkdir '${path}'`);
    }
    const parent = parentOf(p);
    if (!this.tree[parent]) {
      if (!recursive) throw new Error(`ENOENT: no such file or directory, mkdir '${path}'`);
      this.mkdir(parent, true);
    }
    this.tree[p] = { type: "dir", mode: 0o755, mtimeMs: this.now() };
  }

  readdir(path: string): string[] {
    const p = this.realpath(path, "scandir");
    const mount = this.mountFor(p);
    if (mount) {
      const names = mount.list(p);
      if (!names) throw new Error(`ENOTDIR: not a directory, scandir '${path}'`);
      return [...names].sort();
    }
    const node = this.tree[p];
    if (!node) throw new Error(`ENOENT: no such file or directory, scandir '${path}'`);
    if (node.type !== "dir") throw new Error(`ENOTDIR: not a directory, scandir '${path}'`);
    const names = new Set<string>();
    for (const key of Object.keys(this.tree)) {
      if (parentOf(key) === p && key !== "/") names.add(baseName(key));
    }
    for (const m of this.mounts()) if (parentOf(m.prefix) === p) names.add(baseName(m.prefix));
    return [...names].sort();
  }

  rm(path: string, recursive = false, force = false): void {
    const p = normalizePath(path);
    if (this.mountFor(p)) throw new Error(`EPERM: operation not permitted, rm '${path}'`);
    const node = this.tree[p];
    if (!node) {
      if (force) return;
      throw new Error(`ENOENT: no such file or directory, rm '${path}'`);
    }
    const children = Object.keys(this.tree).filter((k) => isUnder(k, p));
    if (node.type === "dir" && children.length > 0 && !recursive) {
      throw new Error(`ENOTEMPTY: directory not empty, rm '${path}'`);
    }
    for (const k of children) delete this.tree[k];
    delete this.tree[p];
  }

  copy(src: string, dest: string, recursive = false): void {
    const s = this.realpath(src, "cp");
    const d = normalizePath(dest);
    const node = this.tree[s];
    if (!node) throw new Error(`ENOENT: no such file or directory, cp '${src}'`);
    if (node.type === "dir") {
      if (!recursive) throw new Error(`EISDIR: is a directory, cp '${src}'`);
      if (d === s || isUnder(d, s)) throw new Error(`EINVAL: cannot copy '${src}' into itself, '${dest}'`);
      this.mkdir(d, true);
      for (const k of Object.keys(this.tree).filter((k) => parentOf(k) === s)) this.copy(k, `${d}/${baseName(k)}`, true);
      return;
    }
    if (node.type === "symlink") {
      this.tree[d] = { ...node, mtimeMs: this.now() };
      return;
    }
    this.writeFile(d, node.content);
  }

  move(src: string, dest: string): void {
    const s = normalizePath(src);
    const d = normalizePath(dest);
    if (s === d) return;
    if (!this.tree[s]) throw new Error(`ENOENT: no such file or directory, mv '${src}'`);
    if (isUnder(d, s)) throw new Error(`EINVAL: cannot move '${src}' into itself, '${dest}'`);
    if (!this.tree[parentOf(d)]) throw new Error(`ENOENT: no such file or directory, mv '${src}'`);
    for (const k of Object.keys(this.tree).filter((k) => k === s || isUnder(k, s))) {
      const node = this.tree[k]!;
      delete this.tree[k];
      this.tree[d + k.slice(s.length)] = node;
    }
  }

  symlink(target: string, linkPath: string): void {
    const p = normalizePath(linkPath);
    if (this.tree[p]) throw new Error(`EEXIST: file already exists, symlink '${target}' -> '${linkPath}'`);
    if (!this.tree[parentOf(p)]) throw new Error(`ENOENT: no such file or directory, symlink '${target}' -> '${linkPath}'`);
    this.tree[p] = { type: "symlink", target, mode: 0o777, mtimeMs: this.now() };
  }

  readlink(path: string): string {
    const node = this.tree[normalizePath(path)];
    if (!node) throw new Error(`ENOENT: no such file or directory, readlink '${path}'`);
    if (node.type !== "symlink") throw new Error(`EINVAL: invalid argument, readlink '${path}'`);
    return node.target;
  }

  chmod(path: string, mode: number): void {
    const node = this.tree[this.realpath(path, "chmod")];
    if (!node) throw new Error(`ENOENT: no such file or directory, chmod '${path}'`);
    node.mode = mode;
  }

  touch(path: string, mtimeMs: number): void {
    const node = this.tree[this.realpath(path, "utime")];
    if (!node) throw new Error(`ENOENT: no such file or directory, utime '${path}'`);
    node.mtimeMs = mtimeMs;
  }

  allPaths(): string[] {
    return Object.keys(this.tree).sort();
  }
}

function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}
