/**
 * ss from iproute2 6.1 over the sockets of the command's namespace, laid out
 * as ss lays out its columns for a pipe. It reads sockets, never changes them.
 */
export { ssCommand } from "./ss.js";
