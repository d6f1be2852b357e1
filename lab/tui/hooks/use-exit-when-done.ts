/** Unmounts the app once the session has ended, handing Ink the exit status. */
import { useEffect } from "react";
import { useApp } from "ink";
import type { SessionView } from "../session/session-view.js";

export function useExitWhenDone(view: SessionView): void {
  const { exit } = useApp();
  useEffect(() => {
    if (view.phase === "exited") exit(view.exitStatus);
  }, [view.phase, view.exitStatus, exit]);
}
