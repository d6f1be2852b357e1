/** `docker images` (docker image ls): the images the lab host has. */
import { knownImages } from "../../docker/images.js";
import { flagBool, flagString } from "./flags.js";
import type { DockerSub } from "./cli.js";
import { formatRows } from "./format.js";
import { humanDuration, humanSize } from "./human.js";

const HEADERS = { Repository: "REPOSITORY", Tag: "TAG", ID: "IMAGE ID", CreatedSince: "CREATED", Size: "SIZE", Digest: "DIGEST", CreatedAt: "CREATED AT" };

export const imagesSub: DockerSub = {
  path: "docker images",
  aliases: ["docker image ls", "docker image list"],
  use: "[OPTIONS] [REPOSITORY[:TAG]]",
  short: "List images",
  flags: [{ long: "quiet", short: "q", type: "bool" }, { long: "no-trunc", type: "bool" }, { long: "format", type: "string" }, { long: "all", short: "a", type: "bool" }],
  args: { max: 1 },
  run(d, p) {
    const want = p.args[0];
    const created = (days: number) => d.state.startedMs - days * 86_400_000;
    const images = [...knownImages()].filter((i) => want === undefined || i.repo === want.split(":")[0]).sort((a, b) => a.ageDays - b.ageDays);
    const trunc = !flagBool(p, "no-trunc");
    const rows = images.map((i) => ({
      Repository: i.repo,
      Tag: "latest",
      ID: trunc ? i.id.slice(7, 19) : i.id,
      CreatedSince: `${humanDuration(d.world.clock.nowMs - created(i.ageDays))} ago`,
      CreatedAt: new Date(created(i.ageDays)).toISOString().replace("T", " ").replace(/\.\d+Z$/, " +0000 UTC"),
      Size: humanSize(i.size),
      Digest: "<none>",
    }));
    if (flagBool(p, "quiet")) return { stdout: rows.map((r) => `${r.ID}\n`).join(""), stderr: "", exitCode: 0 };
    return formatRows(flagString(p, "format") ?? "table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}", rows, HEADERS);
  },
};
