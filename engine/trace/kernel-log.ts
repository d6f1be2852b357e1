/**
 * The kernel's log ring buffer (printk) as `dmesg` reads it, and the copy
 * rsyslog writes to /var/log/kern.log. Lines carry the time since boot
 * ("[ 2341.386749] ") from the world clock.
 *
 * Every namespace on the lab host shares its kernel; a remote machine (a
 * "remote" namespace) has its own, which nothing in the lab shows.
 *
 * kern.log uses rsyslog's default RSYSLOG_FileFormat: Debian 12's
 * /etc/rsyslog.conf (rsyslog 8.2302) no longer selects the traditional
 * "Nov 25 19:05:28" template, so lines start with an RFC 3339 time.
 */
import type { NetNamespace, World } from "../world/types.js";
import { LAB_HOST } from "../world/spec.js";

export interface KernelLogLine {
  /** World time of the printk, in ms since the epoch (fractions allowed). */
  readonly atMs: number;
  /** Syslog level (0 emerg ... 7 debug). */
  readonly level: number;
  readonly text: string;
}

export interface KernelState {
  /** World time the kernel booted at. */
  bootMs: number;
  /** The ring buffer, oldest first. */
  log: KernelLogLine[];
  /** The time of the last line: lines of one moment are some microseconds apart, as on a real machine. */
  lastMs?: number;
}

/** How long the lab host has been up when the kernel is first asked. */
export const DEFAULT_UPTIME_MS = 187_412.5;
/** Lines the ring buffer keeps (a 128 KiB log_buf holds about this many firewall lines). */
export const RING_LINES = 1000;
export const KERN_LOG = "/var/log/kern.log";

export function kernelOf(world: World): KernelState {
  world.kernel ??= { bootMs: world.clock.nowMs - DEFAULT_UPTIME_MS, log: [] };
  return world.kernel;
}

/** Whether a namespace's printk lands in the lab host's kernel log. */
export function sharesLabKernel(ns: NetNamespace): boolean {
  return ns.kind !== "remote";
}

/** "[ 2341.386749]": seconds since boot, as printk prints them ("[%5lu.%06lu]"). */
export function printkTime(kernel: KernelState, atMs: number): string {
  const us = Math.max(0, Math.round((atMs - kernel.bootMs) * 1000));
  const secs = Math.floor(us / 1e6);
  return `[${String(secs).padStart(5, " ")}.${String(us % 1e6).padStart(6, "0")}]`;
}

/** printk: appends to the ring buffer and to /var/log/kern.log. `atMs` lets lines of one packet differ by microseconds. */
export function printk(world: World, level: number, text: string, when = world.clock.nowMs): void {
  const kernel = kernelOf(world);
  // Work between two printks takes some microseconds: keep the timestamps rising.
  const atMs = Math.max(when, (kernel.lastMs ?? -Infinity) + 0.021);
  kernel.lastMs = atMs;
  kernel.log.push({ atMs, level, text });
  if (kernel.log.length > RING_LINES) kernel.log.splice(0, kernel.log.length - RING_LINES);
  appendKernLog(world, `${rfc3339(atMs)} ${hostnameOf(world)} kernel: ${printkTime(kernel, atMs)} ${text}\n`);
}

function hostnameOf(world: World): string {
  return world.namespaces[LAB_HOST]?.hostname ?? "lab";
}

function appendKernLog(world: World, line: string): void {
  const node = world.files[KERN_LOG];
  // rsyslog only writes the file it created; a deleted kern.log stays deleted until it restarts.
  if (!node || node.type !== "file") return;
  node.content += line;
  node.mtimeMs = world.clock.nowMs;
}

/** 2026-11-25T19:05:28.123456+00:00 (the lab runs in UTC). */
export function rfc3339(ms: number): string {
  const d = new Date(Math.floor(ms));
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");
  const micros = Math.floor((ms - Math.floor(ms / 1000) * 1000) * 1000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(micros, 6)}+00:00`;
}
