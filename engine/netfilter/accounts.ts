/**
 * User and group names as getpwnam/getgrnam see them on the lab host:
 * /etc/passwd and /etc/group, or Debian 12's base accounts when the lab has
 * no such file.
 */
import type { ReadFile } from "./names.js";

const DEBIAN_PASSWD: readonly [string, number][] = [
  ["root", 0], ["daemon", 1], ["bin", 2], ["sys", 3], ["sync", 4], ["games", 5], ["man", 6], ["lp", 7], ["mail", 8],
  ["news", 9], ["uucp", 10], ["proxy", 13], ["www-data", 33], ["backup", 34], ["list", 38], ["irc", 39], ["_apt", 42],
  ["nobody", 65534],
];

const DEBIAN_GROUP: readonly [string, number][] = [
  ["root", 0], ["daemon", 1], ["bin", 2], ["sys", 3], ["adm", 4], ["tty", 5], ["disk", 6], ["lp", 7], ["mail", 8],
  ["news", 9], ["uucp", 10], ["man", 12], ["proxy", 13], ["kmem", 15], ["dialout", 20], ["fax", 21], ["voice", 22],
  ["cdrom", 24], ["floppy", 25], ["tape", 26], ["sudo", 27], ["audio", 29], ["dip", 30], ["www-data", 33], ["backup", 34],
  ["operator", 37], ["list", 38], ["irc", 39], ["src", 40], ["shadow", 42], ["utmp", 43], ["video", 44], ["sasl", 45],
  ["plugdev", 46], ["staff", 50], ["games", 60], ["users", 100], ["nogroup", 65534],
];

export interface Accounts {
  uid(name: string): number | undefined;
  userName(uid: number): string | undefined;
  gid(name: string): number | undefined;
  groupName(gid: number): string | undefined;
}

function table(text: string | undefined, fallback: readonly [string, number][]): [string, number][] {
  if (text === undefined) return [...fallback];
  return text.split("\n").flatMap((line) => {
    const [name, , id] = line.split(":");
    return name && id && /^\d+$/.test(id) ? [[name, Number(id)] as [string, number]] : [];
  });
}

export function accountsFromFiles(read: ReadFile): Accounts {
  let users: [string, number][] | undefined;
  let groups: [string, number][] | undefined;
  const u = () => (users ??= table(read("/etc/passwd"), DEBIAN_PASSWD));
  const g = () => (groups ??= table(read("/etc/group"), DEBIAN_GROUP));
  return {
    uid: (name) => u().find(([n]) => n === name)?.[1],
    userName: (uid) => u().find(([, id]) => id === uid)?.[0],
    gid: (name) => g().find(([n]) => n === name)?.[1],
    groupName: (gid) => g().find(([, id]) => id === gid)?.[0],
  };
}
