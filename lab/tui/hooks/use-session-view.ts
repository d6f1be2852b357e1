/** The controller's current SessionView; the component re-renders when it changes. */
import { useSyncExternalStore } from "react";
import type { SessionController } from "../session/session-controller.js";
import type { SessionView } from "../session/session-view.js";

export function useSessionView(controller: SessionController): SessionView {
  return useSyncExternalStore(controller.subscribe, controller.getView);
}
