/** The goals as they stand, redrawn whenever the scenario checks them again. */
import { useSyncExternalStore } from "react";
import type { GoalsPort, GoalView } from "../session/goals-port.js";

const NONE: readonly GoalView[] = [];
const never = (): (() => void) => () => {};

export function useGoals(port: GoalsPort | undefined): readonly GoalView[] {
  return useSyncExternalStore(port?.subscribe ?? never, port?.getGoals ?? (() => NONE));
}
