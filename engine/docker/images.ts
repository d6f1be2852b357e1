/**
 * The images the lab host has pulled, with what their configuration says
 * (entrypoint, command, environment, exposed ports, stop signal) and the
 * servers their default command starts. A name not here is not on the host
 * and cannot be pulled (the lab has no registry).
 */

export interface ImageServer {
  proto: "tcp" | "udp";
  port: number;
  /** The process name `ss -p` shows. */
  command: string;
  /** Bytes of payload each request is answered with (nginx's welcome page is 615). */
  replyBytes: number;
}

export interface ImageInfo {
  /** Repository as `docker images` shows it ("nginx", "traefik/whoami"). */
  repo: string;
  /** The image id, sha256 of its configuration. */
  id: string;
  entrypoint: string[];
  cmd: string[];
  env: string[];
  exposed: string[];
  workingDir: string;
  /** STOPSIGNAL, when the image sets one. */
  stopSignal?: string;
  /** Servers the default command runs. */
  servers: ImageServer[];
  /** Whether the default command exits at `docker stop`'s signal (PID 1 ignores SIGTERM without a handler). */
  stopsOnSignal: boolean;
  /** Virtual size in bytes (docker images). */
  size: number;
  /** How long before the daemon first started the image was built (its Created). */
  ageDays: number;
}

const PATH = "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

const IMAGES: readonly ImageInfo[] = [
  {
    repo: "nginx",
    id: "sha256:66f8bdd3810c96dc5c28aec39583af731b34a2cd99471530f53c8794ed5b423e",
    entrypoint: ["/docker-entrypoint.sh"],
    cmd: ["nginx", "-g", "daemon off;"],
    env: [PATH, "NGINX_VERSION=1.27.3", "NJS_VERSION=0.8.7", "NJS_RELEASE=1~bookworm", "PKG_RELEASE=1~bookworm", "DYNPKG_RELEASE=1~bookworm"],
    exposed: ["80/tcp"],
    workingDir: "",
    stopSignal: "SIGQUIT",
    servers: [{ proto: "tcp", port: 80, command: "nginx", replyBytes: 615 }],
    stopsOnSignal: true,
    size: 191_951_155,
    ageDays: 12,
  },
  {
    repo: "httpd",
    id: "sha256:e3a5b2d2fde9fb1a0fbb57ae0cb1ae2bbf0a52bd5f3d2fcad5a1bf3ad1cda4c2",
    entrypoint: [],
    cmd: ["httpd-foreground"],
    env: ["PATH=/usr/local/apache2/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "HTTPD_PREFIX=/usr/local/apache2", "HTTPD_VERSION=2.4.62"],
    exposed: ["80/tcp"],
    workingDir: "/usr/local/apache2",
    stopSignal: "SIGWINCH",
    servers: [{ proto: "tcp", port: 80, command: "httpd", replyBytes: 45 }],
    stopsOnSignal: true,
    size: 147_865_122,
    ageDays: 20,
  },
  {
    repo: "traefik/whoami",
    id: "sha256:2ae8cb0a17d4cc6d27d1dc52b3c2a3bfdb8ca0f8e4eb2f1e4fe2d5e5a3b0c9d1",
    entrypoint: ["/whoami"],
    cmd: [],
    env: [PATH],
    exposed: ["80/tcp"],
    workingDir: "",
    servers: [{ proto: "tcp", port: 80, command: "whoami", replyBytes: 220 }],
    stopsOnSignal: true,
    size: 6_597_880,
    ageDays: 190,
  },
  {
    repo: "redis",
    id: "sha256:1ab2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90",
    entrypoint: ["docker-entrypoint.sh"],
    cmd: ["redis-server"],
    env: [PATH, "GOSU_VERSION=1.17", "REDIS_VERSION=7.4.1"],
    exposed: ["6379/tcp"],
    workingDir: "/data",
    servers: [{ proto: "tcp", port: 6379, command: "redis-server", replyBytes: 7 }],
    stopsOnSignal: true,
    size: 117_187_776,
    ageDays: 75,
  },
  shellImage("busybox", "sha256:af4709625109f5a0d5e46ce5a4f8b3a6e6ad4e9d0c8f0a4d7c2e1b9f3a6d5c4b", ["sh"], 4_269_312, 470),
  shellImage("alpine", "sha256:b0c9d7a6e5f4c3b2a1908f7e6d5c4b3a29180f7e6d5c4b3a2918f0e7d6c5b4a3", ["/bin/sh"], 7_834_928, 45),
  shellImage("ubuntu", "sha256:b1d9df8ab81559494794e522b380878cf9ba82d4c1fb67293bcf931c3aa69ae4", ["/bin/bash"], 78_118_192, 33),
  shellImage("debian", "sha256:c2d8a1f0e9b8a7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2", ["bash"], 116_478_464, 27),
];

function shellImage(repo: string, id: string, cmd: string[], size: number, ageDays: number): ImageInfo {
  return { repo, id, entrypoint: [], cmd, env: [PATH], exposed: [], workingDir: "", servers: [], stopsOnSignal: false, size, ageDays };
}

export interface ImageRef {
  /** Familiar repository ("nginx", "traefik/whoami"). */
  repo: string;
  tag: string;
}

/** reference.ParseNormalizedNamed, for the forms a learner types: [docker.io/][library/]NAME[:TAG]. */
export function parseImageRef(text: string): ImageRef | undefined {
  let rest = text.replace(/^(docker\.io|index\.docker\.io|registry-1\.docker\.io)\//, "").replace(/^library\//, "");
  let tag = "latest";
  const at = rest.indexOf("@");
  if (at >= 0) rest = rest.slice(0, at);
  const colon = rest.lastIndexOf(":");
  if (colon > rest.lastIndexOf("/")) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  if (!/^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/.test(rest)) return undefined;
  if (!/^[\w][\w.-]{0,127}$/.test(tag)) return undefined;
  return { repo: rest, tag };
}

export function findImage(ref: ImageRef): ImageInfo | undefined {
  return IMAGES.find((i) => i.repo === ref.repo);
}

export function imageByIdPrefix(term: string): ImageInfo | undefined {
  const hex = term.replace(/^sha256:/, "");
  if (hex.length < 1) return undefined;
  return IMAGES.find((i) => i.id.slice(7).startsWith(hex));
}

export function knownImages(): readonly ImageInfo[] {
  return IMAGES;
}
