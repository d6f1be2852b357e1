import { describe, expect, it } from "vitest";
import { labShell } from "../../../support/lab-shell.js";

function lab() {
  return labShell({ spec: { startTimeMs: Date.UTC(2024, 0, 1), seed: 1 } });
}

async function id(run: ReturnType<typeof lab>["run"], cmd: string): Promise<string> {
  const r = await run(cmd);
  expect(r.exitCode).toBe(0);
  return r.stdout.trim();
}

describe("docker ps", () => {
  it("ps-with-no-containers-prints-the-header", async () => {
    const { run } = lab();
    expect((await run("docker ps")).stdout).toBe("CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n");
  });

  it("ps-columns-after-run-and-time-passing", async () => {
    const { run, world } = lab();
    const full = await id(run, "docker run -d --name web -p 8080:80 nginx");
    expect(full).toMatch(/^[0-9a-f]{64}$/);
    world.clock.nowMs += 125_000;
    expect((await run("docker ps")).stdout).toBe(
      "CONTAINER ID   IMAGE     COMMAND                  CREATED         STATUS         PORTS                                     NAMES\n" +
        `${full.slice(0, 12)}   nginx     "/docker-entrypoint.…"   2 minutes ago   Up 2 minutes   0.0.0.0:8080->80/tcp, [::]:8080->80/tcp   web\n`,
    );
  });

  it("ps-shows-same-port-ipv6-as-docker-does-and-exposed-ports", async () => {
    const { run } = lab();
    await run("docker run -d --name same -p 80:80 nginx");
    await run("docker run -d --name bare nginx");
    const r = await run("docker ps --format '{{.Names}}: {{.Ports}}'");
    expect(r.stdout).toBe("bare: 80/tcp\nsame: 0.0.0.0:80->80/tcp, :::80->80/tcp\n");
  });

  it("ps-a-lists-created-and-exited-newest-first", async () => {
    const { run, world } = lab();
    await run("docker run -d --name web -p 8080:80 nginx");
    await run("docker run -d --name web2 -p 8080:80 nginx");
    world.clock.nowMs += 3000;
    await run("docker stop web");
    world.clock.nowMs += 61_000;
    const r = await run("docker ps -a --format 'table {{.Names}}\\t{{.Status}}'");
    expect(r.stdout).toBe("NAMES     STATUS\nweb2      Created\nweb       Exited (0) About a minute ago\n");
    expect((await run("docker ps -q")).stdout).toBe("");
  });

  it("a-container-that-sleeps-exits-when-its-time-is-up", async () => {
    const { run, world } = lab();
    await run("docker run -d --name nap busybox sleep 30");
    expect((await run("docker ps --format '{{.Status}}'")).stdout).toBe("Up Less than a second\n");
    world.clock.nowMs += 45_000;
    expect((await run("docker ps -a --format '{{.Status}}'")).stdout).toBe("Exited (0) 15 seconds ago\n");
  });

  it("stopping-a-process-that-ignores-sigterm-takes-the-timeout-and-exits-137", async () => {
    const { run, world } = lab();
    await run("docker run -d --name nap busybox sleep infinity");
    const t0 = world.clock.nowMs;
    expect((await run("docker stop nap")).stdout).toBe("nap\n");
    expect(world.clock.nowMs - t0).toBe(10_000);
    expect((await run("docker inspect -f '{{.State.ExitCode}} {{.State.Status}}' nap")).stdout).toBe("137 exited\n");
  });
});

describe("docker run errors", () => {
  it("name-conflict", async () => {
    const { run } = lab();
    const first = await id(run, "docker run -d --name web nginx");
    const r = await run("docker run -d --name web nginx");
    expect([r.stdout, r.stderr, r.exitCode]).toEqual([
      "",
      `docker: Error response from daemon: Conflict. The container name "/web" is already in use by container "${first}". You have to remove (or rename) that container to be able to reuse that name.\nSee 'docker run --help'.\n`,
      125,
    ]);
  });

  it("port-already-allocated-prints-the-id-then-the-error", async () => {
    const { run } = lab();
    await run("docker run -d --name web -p 8080:80 nginx");
    const r = await run("docker run -d --name web2 -p 8080:80 nginx");
    expect(r.exitCode).toBe(125);
    expect(r.stdout).toMatch(/^[0-9a-f]{64}\n$/);
    expect(r.stderr).toMatch(/^docker: Error response from daemon: driver failed programming external connectivity on endpoint web2 \([0-9a-f]{64}\): Bind for 0\.0\.0\.0:8080 failed: port is already allocated\.\n$/);
  });

  it("unknown-network", async () => {
    const { run } = lab();
    const r = await run("docker run -d --network nope nginx");
    expect([r.stderr, r.exitCode]).toEqual(["docker: Error response from daemon: network nope not found.\nSee 'docker run --help'.\n", 125]);
  });

  it("unknown-image", async () => {
    const { run } = lab();
    const r = await run("docker run -d nosuchimage");
    expect(r.stderr).toBe(
      "Unable to find image 'nosuchimage:latest' locally\ndocker: Error response from daemon: pull access denied for nosuchimage, repository does not exist or may require 'docker login': denied: requested access to the resource is denied.\nSee 'docker run --help'.\n",
    );
  });

  it("flag-and-argument-errors", async () => {
    const { run } = lab();
    expect(await run("docker run --foo nginx")).toMatchObject({ stderr: "unknown flag: --foo\nSee 'docker run --help'.\n", exitCode: 125 });
    expect(await run("docker run")).toMatchObject({
      stderr: "\"docker run\" requires at least 1 argument.\nSee 'docker run --help'.\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nCreate and run a new container from an image\n",
      exitCode: 1,
    });
    expect(await run("docker frobnicate")).toMatchObject({ stderr: "docker: 'frobnicate' is not a docker command.\nSee 'docker --help'\n", exitCode: 1 });
  });

  it("no-such-container", async () => {
    const { run } = lab();
    for (const cmd of ["docker rm x1", "docker stop x1", "docker port x1", "docker exec x1 ls"]) {
      expect(await run(cmd)).toMatchObject({ stderr: "Error response from daemon: No such container: x1\n", exitCode: 1 });
    }
    expect(await run("docker inspect x1")).toMatchObject({ stdout: "[]\n", stderr: "Error: No such object: x1\n", exitCode: 1 });
    expect(await run("docker start x1")).toMatchObject({ stderr: "Error response from daemon: No such container: x1\nError: failed to start containers: x1\n", exitCode: 1 });
  });

  it("attached-run-of-a-server-is-refused-plainly", async () => {
    const { run } = lab();
    const r = await run("docker run nginx");
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain("docker run -d");
    expect((await run("docker ps -aq")).stdout).toBe("");
  });
});

describe("docker port, exec, inspect", () => {
  it("port-lists-both-families", async () => {
    const { run } = lab();
    await run("docker run -d --name web -p 8080:80 nginx");
    expect((await run("docker port web")).stdout).toBe("80/tcp -> 0.0.0.0:8080\n80/tcp -> [::]:8080\n");
    expect((await run("docker port web 80/tcp")).stdout).toBe("0.0.0.0:8080\n[::]:8080\n");
    expect(await run("docker port web 81")).toMatchObject({ stderr: "Error: No public port '81' published for web\n", exitCode: 1 });
  });

  it("exec-runs-in-the-container-namespace", async () => {
    const { run } = lab();
    await run("docker run -d --name web nginx");
    expect((await run("docker exec web ip route")).stdout).toBe("default via 172.17.0.1 dev eth0 \n172.17.0.0/16 dev eth0 proto kernel scope link src 172.17.0.2 \n");
    await run("docker stop web");
    const r = await run("docker exec web ip route");
    expect(r.stderr).toMatch(/^Error response from daemon: container [0-9a-f]{64} is not running\n$/);
  });

  it("attached-run-of-a-command-prints-its-output", async () => {
    const { run } = lab();
    const r = await run("docker run --rm alpine ip -4 -br addr show dev eth0");
    expect([r.stdout, r.exitCode]).toEqual(["eth0@if5         UP             172.17.0.2/16 \n", 0]);
    expect((await run("docker ps -aq")).stdout).toBe("");
  });

  it("inspect-templates-and-key-order", async () => {
    const { run } = lab();
    await run("docker run -d --name web -p 8080:80 nginx");
    expect((await run("docker inspect -f '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' web")).stdout).toBe("172.17.0.2\n");
    expect((await run("docker inspect -f '{{.NetworkSettings.IPAddress}} {{.NetworkSettings.MacAddress}} {{.HostConfig.NetworkMode}}' web")).stdout).toBe(
      "172.17.0.2 02:42:ac:11:00:02 bridge\n",
    );
    expect((await run("docker inspect -f '{{json .NetworkSettings.Ports}}' web")).stdout).toBe('{"80/tcp":[{"HostIp":"0.0.0.0","HostPort":"8080"},{"HostIp":"::","HostPort":"8080"}]}\n');
    const doc = JSON.parse((await run("docker inspect web")).stdout) as Record<string, unknown>[];
    expect(Object.keys(doc[0]!).slice(0, 8)).toEqual(["Id", "Created", "Path", "Args", "State", "Image", "ResolvConfPath", "HostnamePath"]);
    expect(Object.keys(doc[0]!).slice(-3)).toEqual(["Mounts", "Config", "NetworkSettings"]);
    expect((doc[0]!["Config"] as Record<string, unknown>)["Hostname"]).toBe((doc[0]!["Id"] as string).slice(0, 12));
  });
});

describe("docker network", () => {
  it("ls-create-inspect-rm", async () => {
    const { run } = lab();
    const netId = await id(run, "docker network create front");
    const ls = (await run("docker network ls")).stdout.split("\n");
    expect(ls[0]).toBe("NETWORK ID     NAME      DRIVER    SCOPE");
    expect(ls.slice(1, -1).map((l) => l.split(/\s+/)[1])).toEqual(["bridge", "front", "host", "none"]);
    expect(ls[2]).toBe(`${netId.slice(0, 12)}   front     bridge    local`);
    expect((await run("docker network inspect -f '{{.Name}} {{range .IPAM.Config}}{{.Subnet}} {{.Gateway}}{{end}}' front")).stdout).toBe("front 172.18.0.0/16 172.18.0.1\n");
    expect(await run("docker network create front")).toMatchObject({ stderr: "Error response from daemon: network with name front already exists\n", exitCode: 1 });
    await run("docker run -d --name api --network front nginx");
    expect((await run("docker network inspect -f '{{range .Containers}}{{.Name}} {{.IPv4Address}}{{end}}' front")).stdout).toBe("api 172.18.0.2/16\n");
    expect((await run("docker network rm front")).stderr).toBe(`Error response from daemon: error while removing network: network front id ${netId} has active endpoints\n`);
    expect(await run("docker network rm nope")).toMatchObject({ stderr: "Error response from daemon: network nope not found\n", exitCode: 1 });
    expect(await run("docker network inspect nope")).toMatchObject({ stdout: "[]\n", stderr: "Error response from daemon: network nope not found\n", exitCode: 1 });
    await run("docker rm -f api");
    expect(await run("docker network rm front")).toMatchObject({ stdout: "front\n", exitCode: 0 });
  });

  it("connect-gives-a-running-container-eth1", async () => {
    const { run } = lab();
    await run("docker network create back");
    await run("docker run -d --name web nginx");
    expect((await run("docker network connect back web")).exitCode).toBe(0);
    expect((await run("docker exec web ip -4 -br addr")).stdout).toBe(
      "lo               UNKNOWN        127.0.0.1/8 \neth0@if6         UP             172.17.0.2/16 \neth1@if8         UP             172.18.0.2/16 \n",
    );
    expect((await run("docker network connect back web")).stderr).toBe("Error response from daemon: endpoint with name web already exists in network back\n");
    await run("docker network disconnect back web");
    expect((await run("docker inspect -f '{{len .NetworkSettings.Networks}}' web")).stdout).toBe("1\n");
  });
});

describe("docker and the host's iptables", () => {
  it("a-learner-flush-leaves-docker-s-rules-gone", async () => {
    const { run } = lab();
    await run("docker run -d --name web -p 8080:80 nginx");
    await run("iptables -F && iptables -t nat -F");
    expect((await run("iptables -S FORWARD")).stdout).toBe("-P FORWARD DROP\n");
    expect((await run("iptables -t nat -S DOCKER")).stdout).toBe("-N DOCKER\n");
    expect((await run("docker ps --format '{{.Names}} {{.Status}}'")).stdout).toBe("web Up Less than a second\n");
  });

  it("a-deleted-docker-chain-makes-publishing-fail-with-docker-s-iptables-error", async () => {
    const { run } = lab();
    await run("docker ps");
    await run("iptables -t nat -F && iptables -t nat -X DOCKER");
    const r = await run("docker run -d --name web -p 8080:80 nginx");
    expect(r.exitCode).toBe(125);
    expect(r.stderr).toMatch(
      /^docker: Error response from daemon: driver failed programming external connectivity on endpoint web \([0-9a-f]{64}\): Unable to enable DNAT rule: {2}\(iptables failed: iptables --wait -t nat -A DOCKER -p tcp -d 0\/0 --dport 8080 -j DNAT --to-destination 172\.17\.0\.2:80 ! -i docker0: iptables: No chain\/target\/match by that name\.\n \(exit status 1\)\)\.\n$/,
    );
    expect((await run("docker ps -a --format '{{.Names}} {{.Status}}'")).stdout).toBe("web Created\n");
    expect((await run("iptables-save -t filter")).stdout).not.toContain("--dport 80 -j ACCEPT");
  });
});
