/**
 * Gives the controller its hold on the screen: clearing it through Ink
 * (which erases and redraws the live area around the write), and the width.
 */
import { useEffect, useRef } from "react";
import { useStdout } from "ink";
import type { SessionController } from "../session/session-controller.js";
import { CLEAR_ALL, CLEAR_SCREEN } from "../text/screen-codes.js";

export function useScreenPort(controller: SessionController, columns: number): void {
  const { write } = useStdout();
  const width = useRef(columns);
  width.current = columns;

  useEffect(
    () =>
      controller.attachScreen({
        get columns() {
          return width.current;
        },
        clear: (scrollback) => write(scrollback ? CLEAR_ALL : CLEAR_SCREEN),
      }),
    [controller, write],
  );
}
