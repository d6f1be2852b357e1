/** The target modules `-j` can load (ACCEPT, DROP, RETURN and chain jumps are built in). */
import type { TargetModule } from "../extension.js";

export const TARGETS: readonly TargetModule<any>[] = [];
