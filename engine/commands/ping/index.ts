/**
 * ping from iputils 20221126: options, one echo per interval through the
 * Network, and the lines and statistics the real ping prints for each outcome.
 */
export { pingCommand } from "./ping.js";
