/** Worlds are plain data: a deep copy is a structured clone, and JSON round-trips them. */
import { WORLD_VERSION, type World } from "./types.js";

export function cloneWorld(world: World): World {
  return structuredClone(world);
}

export function serializeWorld(world: World): string {
  return JSON.stringify(world);
}

export function deserializeWorld(text: string): World {
  const value = JSON.parse(text) as World;
  if (value?.version !== WORLD_VERSION) {
    throw new Error(`world version ${String(value?.version)} is not supported (this nflab reads version ${WORLD_VERSION})`);
  }
  return value;
}
