/** ss -o: a socket's pending timer as iproute2 6.1 prints it (print_ms_timer). */

/** "58sec", "1min", "5.500ms" (seconds with milliseconds below ten seconds), "500ms". */
export function msTimer(timeout: number): string {
  const total = Math.max(0, Math.floor(timeout));
  let secs = Math.floor(total / 1000);
  const minutes = Math.floor(secs / 60);
  secs %= 60;
  let msecs = total % 1000;
  let out = "";
  if (minutes) {
    msecs = 0;
    out += `${minutes}min`;
    if (minutes > 9) secs = 0;
  }
  if (secs) {
    if (secs > 9) msecs = 0;
    out += `${secs}${msecs ? "." : "sec"}`;
  }
  if (msecs) out += `${String(msecs).padStart(3, "0")}ms`;
  return out;
}

/** " timer:(timewait,58sec,0)" for a TIME-WAIT socket (its only timer the lab keeps). */
export function timewaitTimer(expiresAtMs: number, nowMs: number): string {
  return `timer:(timewait,${msTimer(expiresAtMs - nowMs)},0)`;
}
