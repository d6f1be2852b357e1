/**
 * The terminal's size, following resizes. `beforeResize` runs before the new
 * size is rendered, while the screen still shows the old layout.
 */
import { useEffect, useRef, useState } from "react";
import { useStdout } from "ink";

export interface TerminalSize {
  readonly columns: number;
  readonly rows: number;
}

export function useTerminalSize(beforeResize?: (previous: TerminalSize, next: TerminalSize) => void): TerminalSize {
  const { stdout } = useStdout();
  const [size, setSize] = useState(() => sizeOf(stdout));
  const current = useRef(size);
  const callback = useRef(beforeResize);
  callback.current = beforeResize;

  useEffect(() => {
    const onResize = (): void => {
      const next = sizeOf(stdout);
      const previous = current.current;
      if (next.columns === previous.columns && next.rows === previous.rows) return;
      callback.current?.(previous, next);
      current.current = next;
      setSize(next);
    };
    stdout.on("resize", onResize);
    return () => {
      stdout.off("resize", onResize);
    };
  }, [stdout]);

  return size;
}

function sizeOf(stdout: NodeJS.WriteStream): TerminalSize {
  return { columns: stdout.columns || 80, rows: stdout.rows || 24 };
}
