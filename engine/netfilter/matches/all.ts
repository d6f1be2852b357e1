/** The match modules `-m` can load. Add a module here to make it loadable. */
import type { MatchModule } from "../extension.js";

export const MATCHES: readonly MatchModule<any>[] = [];
