/**
 * -m nfacct (libxt_nfacct.c, xt_nfacct.c): count packets in a named nfacct
 * object. The lab has no nfacct objects (no `nfacct add`), so the kernel
 * refuses every rule with ENOENT, as on a host where none was created.
 */
import type { MatchModule } from "../extension.js";
import { fail, saveString } from "../xt-helpers.js";

export interface NfacctData {
  name: string;
}

export const nfacctMatch: MatchModule<NfacctData> = {
  name: "nfacct",
  options: [{ name: "nfacct-name", mandatory: true }],
  init: () => ({ name: "" }),
  parse(_d, _opt, arg) {
    if (arg === "") return fail("Argument must have a minimum length of 1 characters\n");
    if (arg!.includes("\n")) return fail("Newlines not allowed in --nfacct-name");
    return { name: arg!.slice(0, 31) };
  },
  save: (d) => ` --nfacct-name ${saveString(d.name)}`,
  print: (d) => ` nfacct-name ${saveString(d.name)}`,
  check: (d) => ({ dmesg: `xt_nfacct: accounting object \`${d.name}' does not exist`, errno: "ENOENT" }),
  match: () => true,
};
