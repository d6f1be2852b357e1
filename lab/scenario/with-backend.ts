/** A scenario entry played on another backend (`--backend` on the command line, or a snapshot's). */
import type { IptablesBackend } from "../../engine/world/types.js";
import type { CatalogEntry } from "./catalog.js";

export function withBackend(entry: CatalogEntry, backend: IptablesBackend | undefined): CatalogEntry {
  if (!backend || backend === entry.scenario.world.backend) return entry;
  return { ...entry, scenario: { ...entry.scenario, world: { ...entry.scenario.world, backend } } };
}
