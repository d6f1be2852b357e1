/** Who and what the lab host is: whoami, id, uname — root on a Debian 12 kernel. */
import { fail, ok, type LabCommand } from "../types.js";

export const KERNEL_RELEASE = "6.1.0-27-amd64";
const KERNEL_VERSION = "#1 SMP PREEMPT_DYNAMIC Debian 6.1.115-1 (2024-11-01)";

export const whoamiCommand: LabCommand = {
  name: "whoami",
  summary: "print the user name (root)",
  run: () => ok("root\n"),
};

export const idCommand: LabCommand = {
  name: "id",
  summary: "print the user and group ids",
  run(ctx) {
    const arg = ctx.argv[1];
    if (arg === "-u") return ok("0\n");
    if (arg === "-g") return ok("0\n");
    if (arg === "-un" || arg === "-nu") return ok("root\n");
    return ok("uid=0(root) gid=0(root) groups=0(root)\n");
  },
};

export const unameCommand: LabCommand = {
  name: "uname",
  summary: "print the kernel name and release",
  run(ctx) {
    const fields: Record<string, string> = {
      s: "Linux",
      n: ctx.ns.hostname,
      r: KERNEL_RELEASE,
      v: KERNEL_VERSION,
      m: "x86_64",
      o: "GNU/Linux",
    };
    const wanted: string[] = [];
    for (const arg of ctx.argv.slice(1)) {
      if (arg === "-a" || arg === "--all") wanted.push("s", "n", "r", "v", "m", "o");
      else if (/^-[snrvmo]+$/.test(arg)) wanted.push(...arg.slice(1));
      else return fail(`uname: invalid option -- '${arg.replace(/^-+/, "").slice(0, 1)}'\nTry 'uname --help' for more information.\n`);
    }
    if (wanted.length === 0) wanted.push("s");
    const order = "snrvmo";
    const unique = [...new Set(wanted)].sort((a, b) => order.indexOf(a) - order.indexOf(b));
    return ok(unique.map((k) => fields[k]).join(" ") + "\n");
  },
};
