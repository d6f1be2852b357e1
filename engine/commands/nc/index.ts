/**
 * netcat as Debian 12 ships it, and under net/ what every packet tool shares:
 * the Network they send through, outcomes, errno texts, name lookup, SYN
 * timing. Tools turn outcomes into messages here; they never walk packets.
 */
export { ncCommand } from "./nc.js";
