/** The target modules `-j` can load (ACCEPT, DROP, RETURN, QUEUE and chain jumps are built in). */
import type { TargetModule } from "../extension.js";
import { checksumTarget } from "./checksum.js";
import { classifyTarget } from "./classify.js";
import { connmarkTarget } from "./connmark.js";
import { ctTarget, notrackTarget } from "./ct.js";
import { dscpTarget } from "./dscp.js";
import { logTarget } from "./log.js";
import { markTarget } from "./mark.js";
import { netmapTarget } from "./netmap.js";
import { nflogTarget } from "./nflog.js";
import { nfqueueTarget } from "./nfqueue.js";
import { dnatTarget, masqueradeTarget, redirectTarget, snatTarget } from "./nat.js";
import { rejectTarget } from "./reject.js";
import { setTarget } from "./set.js";
import { tcpmssTarget } from "./tcpmss.js";
import { tosTarget } from "./tos.js";
import { ttlTarget } from "./ttl.js";
import { traceTarget } from "./trace.js";
import { teeTarget } from "./tee.js";
import { tproxyTarget } from "./tproxy.js";
import { synproxyTarget } from "./synproxy.js";
import { hmarkTarget } from "./hmark.js";
import { ecnTarget } from "./ecn.js";
import { tcpoptstripTarget } from "./tcpoptstrip.js";
import { auditTarget } from "./audit.js";
import { secmarkTarget } from "./secmark.js";
import { connsecmarkTarget } from "./connsecmark.js";
import { idletimerTarget } from "./idletimer.js";
import { rateestTarget } from "./rateest.js";
import { ledTarget } from "./led.js";
import { clusteripTarget } from "./clusterip.js";
import { ulogTarget } from "./ulog.js";

export const TARGETS: readonly TargetModule<any>[] = [
  rejectTarget, logTarget, markTarget, connmarkTarget, snatTarget, dnatTarget, masqueradeTarget, redirectTarget,
  ctTarget, notrackTarget, traceTarget, dscpTarget, tosTarget, tcpmssTarget, setTarget, nfqueueTarget,
  nflogTarget, checksumTarget, ttlTarget, classifyTarget, netmapTarget,
  teeTarget, tproxyTarget, synproxyTarget, hmarkTarget,
  ecnTarget, tcpoptstripTarget, auditTarget, secmarkTarget, connsecmarkTarget, idletimerTarget, rateestTarget, ledTarget, clusteripTarget, ulogTarget,
];
