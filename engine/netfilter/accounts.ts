/**
 * User and group names as getpwnam/getgrnam see them on the lab host:
 * /etc/passwd and /etc/group, or Debian 12's base accounts when the lab has
 * no such file.
 */
import type { ReadFile } from "./names.js";
import { ETC_GROUP, ETC_PASSWD } from "../data/etc-base.js";

const DEBIAN_PASSWD = table(ETC_PASSWD, []);
const DEBIAN_GROUP = table(ETC_GROUP, []);

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
