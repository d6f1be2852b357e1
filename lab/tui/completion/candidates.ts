/**
 * What a word may complete to: command names the shell knows, or entries of
 * the lab filesystem (relative to the shell's directory, `~` meaning HOME).
 * A directory is marked with a trailing slash.
 */

/** The part of the lab filesystem completion reads. */
export interface CompletionFiles {
  readdir(path: string): string[];
  stat(path: string): { type: "file" | "dir" | "symlink" };
}

export interface Candidate {
  /** The full replacement for the word, without escapes. */
  readonly value: string;
  /** What a listing shows: the last path component, `/` after a directory. */
  readonly display: string;
  readonly isDir: boolean;
}

export function commandCandidates(prefix: string, names: readonly string[]): Candidate[] {
  return [...new Set(names)]
    .filter((name) => name.startsWith(prefix))
    .sort()
    .map((name) => ({ value: name, display: name, isDir: false }));
}

export function pathCandidates(word: string, files: CompletionFiles, cwd: string, home: string): Candidate[] {
  const slash = word.lastIndexOf("/");
  const dirPart = word.slice(0, slash + 1);
  const base = word.slice(slash + 1);
  const dir = resolve(dirPart, cwd, home);
  let names: string[];
  try {
    names = files.readdir(dir);
  } catch {
    return [];
  }
  return names
    .filter((name) => name.startsWith(base) && (base.startsWith(".") || !name.startsWith(".")))
    .sort()
    .map((name) => {
      const isDir = isDirectory(files, `${dir.replace(/\/$/, "")}/${name}`);
      return { value: dirPart + name, display: isDir ? `${name}/` : name, isDir };
    });
}

/** The directory a word's leading part names ("" is the working directory). */
function resolve(dirPart: string, cwd: string, home: string): string {
  const expanded = dirPart.startsWith("~/") ? home + dirPart.slice(1) : dirPart;
  if (expanded === "") return cwd;
  return expanded.startsWith("/") ? expanded : `${cwd.replace(/\/$/, "")}/${expanded}`;
}

function isDirectory(files: CompletionFiles, path: string): boolean {
  try {
    return files.stat(path).type === "dir";
  } catch {
    return false;
  }
}
