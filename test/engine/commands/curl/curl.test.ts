import { describe, expect, it } from "vitest";
import { labShell } from "../../../support/lab-shell.js";
import { TWO_NAMESPACES } from "../nc/two-namespaces.js";
import { startHttpServer, NGINX_DEFAULT_PAGE } from "../../../../engine/commands/curl/http-server.js";

const RESPONSE = "printf 'HTTP/1.1 200 OK\\r\\nServer: nginx/1.22.1\\r\\nContent-Length: 6\\r\\n\\r\\nhello\\n' > /tmp/resp";

async function lab() {
  const l = labShell();
  expect((await l.run(TWO_NAMESPACES)).stderr).toBe("");
  await l.run(RESPONSE);
  return l;
}

describe("curl", () => {
  it("fetches what nc -l serves, and -v shows the exchange as curl 7.88.1 does", async () => {
    const { run } = await lab();
    await run("ip netns exec k-s nc -l 8080 < /tmp/resp > /dev/null &");
    const r = await run("ip netns exec k-c curl -sv http://10.1.0.2:8080/x");
    expect(r.stdout).toBe("hello\n");
    expect(r.stderr).toBe(
      "*   Trying 10.1.0.2:8080...\n" +
        "* Connected to 10.1.0.2 (10.1.0.2) port 8080 (#0)\n" +
        "> GET /x HTTP/1.1\r\n> Host: 10.1.0.2:8080\r\n> User-Agent: curl/7.88.1\r\n> Accept: */*\r\n> \r\n" +
        "< HTTP/1.1 200 OK\r\n< Server: nginx/1.22.1\r\n< Content-Length: 6\r\n< \r\n" +
        "{ [6 bytes data]\n" +
        "* Connection #0 to host 10.1.0.2 left intact\n",
    );
    expect(r.exitCode).toBe(0);
  });

  it("-i and -I print the header block as received", async () => {
    const { run } = await lab();
    await run("ip netns exec k-s nc -lk 80 < /tmp/resp > /dev/null &");
    expect((await run("ip netns exec k-c curl -si http://10.1.0.2/")).stdout).toBe("HTTP/1.1 200 OK\r\nServer: nginx/1.22.1\r\nContent-Length: 6\r\n\r\nhello\n");
    expect((await run("ip netns exec k-c curl -sI http://10.1.0.2/")).stdout).toBe("HTTP/1.1 200 OK\r\nServer: nginx/1.22.1\r\nContent-Length: 6\r\n\r\n");
    expect((await run("ip netns exec k-c curl -s -o /dev/null -w '%{http_code} %{remote_ip}:%{remote_port}\\n' http://10.1.0.2/")).stdout).toBe("200 10.1.0.2:80\n");
  });

  it("refused, silent or not", async () => {
    const { run } = await lab();
    expect(await run("ip netns exec k-c curl -sS http://10.1.0.2/")).toMatchObject({
      stderr: "curl: (7) Failed to connect to 10.1.0.2 port 80 after 0 ms: Couldn't connect to server\n",
      exitCode: 7,
    });
    expect(await run("ip netns exec k-c curl -s http://10.1.0.2/")).toMatchObject({ stderr: "", exitCode: 7 });
    expect((await run("ip netns exec k-c curl -sv http://10.1.0.2/")).stderr).toBe(
      "*   Trying 10.1.0.2:80...\n* connect to 10.1.0.2 port 80 failed: Connection refused\n* Failed to connect to 10.1.0.2 port 80 after 0 ms: Couldn't connect to server\n* Closing connection 0\n",
    );
  });

  it("timeouts: --connect-timeout, -m, and the kernel giving up", async () => {
    const { run, world } = await lab();
    await run("ip netns exec k-s ip route del 10.1.0.0/24");
    let before = world.clock.nowMs;
    expect(await run("ip netns exec k-c curl -sS --connect-timeout 1 http://10.1.0.2:81/")).toMatchObject({
      stderr: "curl: (28) Failed to connect to 10.1.0.2 port 81 after 1000 ms: Timeout was reached\n",
      exitCode: 28,
    });
    expect(world.clock.nowMs - before).toBe(1000);
    expect((await run("ip netns exec k-c curl -sSv -m 1 http://10.1.0.2:81/")).stderr).toBe(
      "*   Trying 10.1.0.2:81...\n* Connection timed out after 1000 milliseconds\n* Closing connection 0\ncurl: (28) Connection timed out after 1000 milliseconds\n",
    );
    before = world.clock.nowMs;
    const r = await run("ip netns exec k-c curl -sS http://10.1.0.2:81/");
    expect(r.exitCode).toBe(28);
    expect(r.stderr).toMatch(/^curl: \(28\) Failed to connect to 10\.1\.0\.2 port 81 after 13\d{4} ms: Couldn't connect to server\n$/);
    expect(world.clock.nowMs - before).toBeGreaterThan(131_000);
  });

  it("a listener with nothing to send: -m times out, otherwise the lab says why it cannot wait", async () => {
    const { run } = await lab();
    await run("ip netns exec k-s nc -lk 8081 > /dev/null &");
    expect((await run("ip netns exec k-c curl -sS -m 1 http://10.1.0.2:8081/")).stderr).toBe("curl: (28) Operation timed out after 1000 milliseconds with 0 bytes received\n");
    expect((await run("ip netns exec k-c curl -sS http://10.1.0.2:8081/")).stderr).toContain("give curl -m SECONDS");
  });

  it("argument and name errors", async () => {
    const { run } = labShell();
    expect(await run("curl")).toMatchObject({ stderr: "curl: try 'curl --help' or 'curl --manual' for more information\n", exitCode: 2 });
    expect(await run("curl -sS")).toMatchObject({ stderr: "curl: no URL specified!\ncurl: try 'curl --help' or 'curl --manual' for more information\n", exitCode: 2 });
    expect(await run("curl -sS http://nosuch/")).toMatchObject({ stderr: "curl: (6) Could not resolve host: nosuch\n", exitCode: 6 });
    expect(await run("curl -sS gopherx://h/")).toMatchObject({ stderr: 'curl: (1) Protocol "gopherx" not supported or disabled in libcurl\n', exitCode: 1 });
  });

  it("a scenario's nginx serves its default page", async () => {
    const { run, world } = await lab();
    const ns = Object.values(world.namespaces).find((n) => n.netnsName === "k-s")!;
    startHttpServer(world, ns, { port: 80 });
    const r = await run("ip netns exec k-c curl -s http://10.1.0.2/");
    expect(r.stdout).toBe(NGINX_DEFAULT_PAGE);
    expect(NGINX_DEFAULT_PAGE.length).toBe(615);
    expect((await run("ip netns exec k-s ss -tln")).stdout).toContain("LISTEN 0      4096         0.0.0.0:80");
  });
});
