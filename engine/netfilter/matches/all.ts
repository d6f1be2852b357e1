/** The match modules `-m` can load. Add a module here to make it loadable. */
import type { MatchModule } from "../extension.js";
import { addrtypeMatch } from "./addrtype.js";
import { commentMatch } from "./comment.js";
import { connlimitMatch } from "./connlimit.js";
import { connmarkMatch } from "./connmark.js";
import { conntrackMatch, stateMatch } from "./conntrack.js";
import { dscpMatch } from "./dscp.js";
import { ecnMatch } from "./ecn.js";
import { hashlimitMatch } from "./hashlimit.js";
import { helperMatch } from "./helper.js";
import { icmpMatch } from "./icmp.js";
import { iprangeMatch } from "./iprange.js";
import { lengthMatch } from "./length.js";
import { limitMatch } from "./limit.js";
import { macMatch } from "./mac.js";
import { markMatch } from "./mark.js";
import { multiportMatch } from "./multiport.js";
import { ownerMatch } from "./owner.js";
import { physdevMatch } from "./physdev.js";
import { pkttypeMatch } from "./pkttype.js";
import { quotaMatch } from "./quota.js";
import { recentMatch } from "./recent.js";
import { rpfilterMatch } from "./rpfilter.js";
import { sctpMatch } from "./sctp.js";
import { setMatch } from "./set.js";
import { socketMatch } from "./socket.js";
import { statisticMatch } from "./statistic.js";
import { stringMatch } from "./string.js";
import { tcpMatch } from "./tcp.js";
import { tcpmssMatch } from "./tcpmss.js";
import { timeMatch } from "./time.js";
import { tosMatch } from "./tos.js";
import { ttlMatch } from "./ttl.js";
import { udpMatch } from "./udp.js";
import { u32Match } from "./u32.js";
import { espMatch } from "./esp.js";
import { ahMatch } from "./ah.js";
import { policyMatch } from "./policy.js";
import { connbytesMatch } from "./connbytes.js";
import { dccpMatch } from "./dccp.js";
import { devgroupMatch } from "./devgroup.js";
import { cpuMatch } from "./cpu.js";
import { realmMatch } from "./realm.js";
import { clusterMatch } from "./cluster.js";
import { nfacctMatch } from "./nfacct.js";
import { bpfMatch } from "./bpf.js";
import { cgroupMatch } from "./cgroup.js";
import { ipcompMatch } from "./ipcomp.js";
import { rateestMatch } from "./rateest.js";
import { ipvsMatch } from "./ipvs.js";
import { osfMatch } from "./osf.js";

export const MATCHES: readonly MatchModule<any>[] = [
  tcpMatch, udpMatch, icmpMatch, multiportMatch, iprangeMatch, stateMatch, conntrackMatch, commentMatch, markMatch,
  addrtypeMatch, limitMatch, macMatch, pkttypeMatch, lengthMatch, ttlMatch, statisticMatch,
  ownerMatch, physdevMatch, connmarkMatch, dscpMatch, tosMatch, recentMatch, connlimitMatch, stringMatch, hashlimitMatch,
  setMatch, sctpMatch, helperMatch, quotaMatch, tcpmssMatch, ecnMatch, socketMatch,
  timeMatch, rpfilterMatch,
  u32Match, espMatch, ahMatch, policyMatch, connbytesMatch, dccpMatch, devgroupMatch,
  cpuMatch, realmMatch, clusterMatch, nfacctMatch, bpfMatch, cgroupMatch, ipcompMatch, rateestMatch, ipvsMatch, osfMatch,
];
