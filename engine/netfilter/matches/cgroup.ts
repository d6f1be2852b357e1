/**
 * -m cgroup (libxt_cgroup.c revision 2, xt_cgroup.c): the sending socket's
 * cgroup v2 path (it or below) or its net_cls classid. The lab's processes
 * all live in the root cgroup "/" and net_cls is not mounted (classid 0):
 * the kernel refuses any other path (cgroup_get_from_path fails: EINVAL).
 * Packets without a local socket never match.
 */
import type { MatchModule } from "../extension.js";
import { saveString, x6Uint } from "../xt-helpers.js";

export interface CgroupData {
  path?: string;
  invertPath: boolean;
  classid?: number;
  invertClassid: boolean;
}

/** The cgroup v2 hierarchy of the lab host: the root only. */
const CGROUPS: readonly string[] = ["/"];
const normal = (path: string): string => (path.startsWith("/") ? path : `/${path}`).replace(/\/+$/, "") || "/";

export const cgroupMatch: MatchModule<CgroupData> = {
  name: "cgroup",
  options: [{ name: "path", invert: true }, { name: "cgroup", invert: true }],
  init: () => ({ invertPath: false, invertClassid: false }),
  parse(d, opt, arg, invert) {
    if (opt === "path") return { ...d, path: arg!.slice(0, 4095), invertPath: invert };
    const v = x6Uint("cgroup", opt, arg!, 0, 0xffffffff);
    return typeof v === "number" ? { ...d, classid: v, invertClassid: invert } : v;
  },
  save: (d) =>
    `${d.path !== undefined ? `${d.invertPath ? " !" : ""} --path ${saveString(d.path)}` : ""}${d.classid !== undefined ? `${d.invertClassid ? " !" : ""} --cgroup ${d.classid}` : ""}`,
  print: (d) =>
    ` cgroup${d.path !== undefined ? ` ${d.invertPath ? "! " : ""}${d.path}` : ""}${d.classid !== undefined ? ` ${d.invertClassid ? "! " : ""}${d.classid}` : ""}`,
  check(d) {
    if (d.path !== undefined && d.classid !== undefined) return { dmesg: "xt_cgroup: path and classid specified" };
    if (d.path === undefined && d.classid === undefined) return { dmesg: "xt_cgroup: no path or classid specified" };
    if (d.path !== undefined && !CGROUPS.includes(normal(d.path))) return { dmesg: "xt_cgroup: invalid path, errno=-2" };
    return undefined;
  },
  match(d, p) {
    if (!p.socket) return false;
    if (d.path !== undefined) return !d.invertPath;
    return (d.classid === 0) !== d.invertClassid;
  },
};
