/**
 * The everyday utilities the lab shell takes from just-bash. Left out on
 * purpose: anything that could reach outside the lab (curl, wget,
 * html-to-markdown, python, js-exec, sqlite3) and the ones the lab provides
 * itself on the world (date, hostname, whoami, ls, env, printenv) or for the learner (help).
 */
import type { CommandName } from "just-bash";

export const SHELL_UTILITIES: CommandName[] = [
  "echo", "cat", "printf", "mkdir", "rmdir", "touch", "rm", "cp", "mv", "ln", "chmod", "pwd",
  "readlink", "head", "tail", "wc", "stat", "grep", "fgrep", "egrep", "sed", "awk", "sort", "uniq",
  "comm", "cut", "paste", "tr", "rev", "nl", "fold", "expand", "unexpand", "strings", "split", "column",
  "join", "tee", "find", "basename", "dirname", "tree", "du", "alias", "unalias",
  "xargs", "true", "false", "clear", "bash", "sh", "jq", "base64", "diff", "sleep", "timeout",
  "time", "seq", "expr", "md5sum", "sha1sum", "sha256sum", "file", "which", "tac", "od",
  "gzip", "gunzip", "zcat", "tar", "yq",
];
