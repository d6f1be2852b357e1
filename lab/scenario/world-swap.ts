/**
 * A reset or a reboot gives the lab a new world, but the shell and the
 * commands hold the World object (and the shell's filesystem holds its file
 * tree): the new world's fields are moved into those same objects.
 */
import type { World } from "../../engine/world/types.js";

export function replaceWorld(world: World, next: World): void {
  const target = world as unknown as Record<string, unknown>;
  for (const key of Object.keys(target)) if (!(key in next)) delete target[key];
  const files = world.files;
  for (const path of Object.keys(files)) delete files[path];
  Object.assign(files, next.files);
  Object.assign(target, next, { files });
}
