import { it } from "vitest";
import { ipt, pair, world } from "./topo.js";
import { sendOne } from "../../../engine/path/send.js";
import { udpDatagram } from "../../../engine/path/segments.js";
it("prof", () => {
  const w = world();
  const { a, b } = pair(w);
  for (let i = 0; i < 1000; i++) ipt(w, b, `-A INPUT -p tcp --dport ${10000 + i} -j ACCEPT`);
  const pkt = udpDatagram(a, 0x0a630001, 0x0a630002, 40000, 53, 10, 1);
  const t = performance.now();
  for (let i = 0; i < 5000; i++) sendOne(w, a, pkt, "x", false);
  console.log("us/pkt", ((performance.now() - t) / 5000) * 1000);
});
