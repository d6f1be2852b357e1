/**
 * The two ends of a fake TTY that Ink 6 accepts: a stdout with a size that
 * forwards every write to a headless xterm, and a stdin in raw mode that the
 * test types into.
 */
import { EventEmitter } from "node:events";
import { PassThrough } from "node:stream";
import type { Terminal } from "@xterm/headless";

export class FakeStdout extends EventEmitter {
  readonly isTTY = true;
  constructor(
    private readonly term: Terminal,
    public columns: number,
    public rows: number,
  ) {
    super();
  }

  write(data: string | Uint8Array, encodingOrCallback?: unknown, callback?: () => void): boolean {
    this.term.write(typeof data === "string" ? data : Buffer.from(data).toString("utf8"));
    const done = typeof encodingOrCallback === "function" ? encodingOrCallback : callback;
    if (typeof done === "function") (done as () => void)();
    return true;
  }
}

export function fakeStdin(): NodeJS.ReadStream {
  const stream = new PassThrough() as unknown as NodeJS.ReadStream & { isRaw: boolean };
  stream.isTTY = true;
  stream.isRaw = false;
  stream.setRawMode = (mode: boolean) => {
    stream.isRaw = mode;
    return stream;
  };
  stream.ref = () => stream;
  stream.unref = () => stream;
  return stream;
}
