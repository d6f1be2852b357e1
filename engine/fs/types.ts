/**
 * The lab host's filesystem as data: absolute, normalized paths to nodes.
 * Directories are explicit nodes; "/" always exists.
 */
export type FsNode =
  | { type: "file"; content: string; mode: number; mtimeMs: number }
  | { type: "dir"; mode: number; mtimeMs: number }
  | { type: "symlink"; target: string; mode: number; mtimeMs: number };

export type FileTree = Record<string, FsNode>;

/** A file whose contents are computed from the world on read and applied to it on write (/proc/sys). */
export interface VirtualFile {
  /** Permission bits. @default 0o644 */
  readonly mode?: number;
  read(): string;
  /** Returns an errno-style message ("EINVAL: invalid argument") to refuse the write. */
  write(content: string): string | undefined;
}

/** Serves the virtual part of the tree (such as /proc/sys) for one namespace. */
export interface VirtualMount {
  readonly prefix: string;
  /** Lists the names directly under a virtual directory, or undefined when it is not one. */
  list(path: string): string[] | undefined;
  file(path: string): VirtualFile | undefined;
}
