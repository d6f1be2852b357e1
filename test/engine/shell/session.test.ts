import { describe, expect, it } from "vitest";
import { labShell } from "../../support/lab-shell.js";
import { LabShell } from "../../../engine/shell/session.js";
import { createWorld } from "../../../engine/world/spec.js";

describe("lab shell: bash language", () => {
  it("keeps variables, functions and the directory from one line to the next", async () => {
    const { run } = labShell({ interactive: true });
    await run(`x="a b"; greet() { echo "hi $1 ($x)"; }; cd /tmp`);
    const r = await run("greet you; pwd");
    expect(r.stdout).toBe("hi you (a b)\n/tmp\n");
  });

  it("keeps arrays, exports and options, and forgets what unset removes", async () => {
    const { run } = labShell({ interactive: true });
    await run(`ports=(22 80 443); export ZONE=dmz; set -o pipefail; f() { echo f; }`);
    expect((await run(`echo "\${ports[1]} \${#ports[@]}"; env | grep ZONE; false | true; echo $?`)).stdout).toBe("80 3\nZONE=dmz\n1\n");
    await run("unset -f f; unset ports");
    const r = await run(`f; echo "[\${ports[0]}]"`);
    expect(r.stderr).toBe("bash: f: command not found\n");
    expect(r.stdout).toBe("[]\n");
  });

  it("carries $? across lines", async () => {
    const { run } = labShell({ interactive: true });
    await run("false");
    expect((await run("echo $?")).stdout).toBe("1\n");
    expect((await run("echo $?")).stdout).toBe("0\n");
  });

  it("supports quoting, escapes, $(...), &&, ||, pipes and redirections", async () => {
    const { run } = labShell();
    const r = await run(
      [
        `echo 'single $x' "double \\"q\\"" back\\ slash`,
        `echo "sub: $(echo inner | tr a-z A-Z)"`,
        `false && echo no || echo yes`,
        `printf '%s\\n' c b a | sort | head -n 2`,
        `echo saved > /tmp/f; echo more >> /tmp/f; cat < /tmp/f`,
        `ls /nonexistent 2>/dev/null || echo hidden`,
        `{ echo out; echo err >&2; } 2>&1 | wc -l`,
      ].join("\n"),
    );
    expect(r.stdout).toBe(`single $x double "q" back slash\nsub: INNER\nyes\na\nb\nsaved\nmore\nhidden\n2\n`);
    expect(r.exitCode).toBe(0);
  });

  it("writes each command's output as it runs, so stdout and stderr interleave inside a loop as in bash", async () => {
    const { run } = labShell({ scriptName: "loop.sh" });
    const r = await run(
      [
        "for i in 1 2; do echo out$i; echo err$i >&2; nosuch$i; done",
        "echo a && echo b >&2 && echo c",
        "x=$(for i in 1 2; do echo in$i; done); echo \"[$x]\"",
        "for i in 1 2; do echo p$i; done | wc -l",
        "{ echo g1; echo g2 >&2; } 2>&1 | tr a-z A-Z",
      ].join("\n"),
    );
    expect(r.both).toBe(
      "out1\nerr1\nloop.sh: line 1: nosuch1: command not found\nout2\nerr2\nloop.sh: line 1: nosuch2: command not found\n" +
        "a\nb\nc\n[in1\nin2]\n2\nG1\nG2\n",
    );
  });

  it("writes a function's output as its body runs, wherever the call sends it (checked against bash FILE 2>&1)", async () => {
    const { run } = labShell({ scriptName: "fn.sh" });
    const r = await run(
      [
        "f() { echo out1; echo err1 >&2; echo out2; }",
        "f",
        'x=$(f); echo "x=[$x]"',
        "f 2>/dev/null",
        "f | tr a-z A-Z 2>&1",
        "g() { f; f >/dev/null; }",
        "g",
      ].join("\n"),
    );
    expect(r.both).toBe("out1\nerr1\nout2\nerr1\nx=[out1\nout2]\nout1\nout2\nerr1\nOUT1\nOUT2\nout1\nerr1\nout2\nerr1\n");
  });

  it("names the script line of the command that failed, inside a loop or a function (as bash FILE does)", async () => {
    const { run } = labShell({ scriptName: "ln.sh" });
    const r = await run("for i in 1; do\n  echo a\n  nosuch\ndone\nf() {\n  echo in f\n  nosuch2 arg\n}\n\nf\n");
    expect(r.both).toBe("a\nln.sh: line 3: nosuch: command not found\nin f\nln.sh: line 7: nosuch2: command not found\n");
  });

  it("passes a tool's interleaved stdout and stderr on in the order it wrote them, also through ip netns exec and functions", async () => {
    const { run } = labShell();
    await run("ip netns add x; ip -n x link add d0 type dummy; ip -n x addr add 10.9.0.1/24 dev d0; ip -n x link set d0 up; ip -n x link set lo up; ip -n x route add default dev d0");
    await run('C() { ip netns exec x "$@"; }');
    // ping -I to a link the route does not use: the warning (stderr) comes before the header (stdout).
    const warning = /^ping: Warning: source address might be selected on device other than: lo\nPING 203\.0\.113\.9 [^\n]*\n\n--- /;
    expect((await run("ping -c 1 -I lo 203.0.113.9")).both).toMatch(warning);
    expect((await run("C ping -c 1 -I lo 203.0.113.9; echo rc=$?")).both).toMatch(warning);
    const captured = await run("out=$(ping -c 1 -I lo 203.0.113.9 2>/dev/null); echo \"${out%%(*}\"");
    expect(captured.both).toBe("PING 203.0.113.9 \n");
  });

  it("runs for, while, if and case", async () => {
    const { run } = labShell();
    const r = await run(
      [
        "for i in 1 2 3; do echo -n $i; done; echo",
        "n=0; while [ $n -lt 3 ]; do n=$((n+1)); done; echo $n",
        "if [ -d /etc ]; then echo dir; else echo nodir; fi",
        "case eth0 in eth*) echo ether;; lo) echo loop;; esac",
      ].join("\n"),
    );
    expect(r.stdout).toBe("123\n3\ndir\nether\n");
  });

  it("answers an unknown command with bash's words and status 127", async () => {
    const { run } = labShell({ interactive: true });
    const r = await run("frobnicate --now");
    expect(r.stderr).toBe("bash: frobnicate: command not found\n");
    expect(r.exitCode).toBe(127);
  });

  it("names the script and line in errors of a script file, as bash does", async () => {
    const { run } = labShell({ scriptName: "setup.sh" });
    const r = await run("echo a\nnosuch\necho b\n");
    expect(r.both).toBe("a\nsetup.sh: line 2: nosuch: command not found\nb\n");
  });

  it("stops a script at a syntax error, after running what came before", async () => {
    const { run } = labShell({ scriptName: "s.sh" });
    const r = await run(`echo a\necho "unterminated\necho b\n`);
    expect(r.stdout).toBe("a\n");
    expect(r.stderr).toBe("s.sh: line 2: unexpected EOF while looking for matching `\"'\n");
    expect(r.exitCode).toBe(2);
  });

  it("reports a syntax error at the prompt and keeps going", async () => {
    const { run } = labShell({ interactive: true });
    const bad = await run("echo a; fi");
    expect(bad.stderr).toBe("bash: syntax error near unexpected token `fi'\n");
    expect(bad.exitCode).toBe(2);
    expect(bad.stdout).toBe("");
    expect((await run("echo still here")).stdout).toBe("still here\n");
  });

  it("exits with the status exit gives, and runs nothing after it", async () => {
    const { run } = labShell();
    const r = await run("echo before\nexit 3\necho after\n");
    expect(r).toMatchObject({ stdout: "before\n", exitCode: 3, exited: true });
  });

  it("keeps aliases in an interactive shell", async () => {
    const { run } = labShell({ interactive: true });
    await run(`alias ll='echo listed'`);
    expect((await run("ll")).stdout).toBe("listed\n");
  });

  it("passes a script its positional parameters", async () => {
    const { run } = labShell({ args: ["one", "two words"] });
    expect((await run(`echo "$1|$2|$#"`)).stdout).toBe("one|two words|2\n");
  });

  it("keeps here-documents whole", async () => {
    const { run } = labShell();
    expect((await run("cat <<EOF\n  indented $((1+1))\nEOF\n")).stdout).toBe("  indented 2\n");
  });
});

describe("lab shell: functions from one line to the next", () => {
  it("keeps loops, ifs, cases and redirections in a function's body", async () => {
    const { run } = labShell({ interactive: true });
    await run(`f() { for i in 1 2; do echo "drop $i" >/dev/null; echo "keep $i"; done; if true; then case x in x) echo case;; esac; fi; }`);
    await run(`g() { f; echo "g $1" >&2; } 2>&1`);
    const r = await run("g one");
    expect(r.stdout).toBe("keep 1\nkeep 2\ncase\ng one\n");
    expect(r.stderr).toBe("");
  });

  it("takes the newest definition when a function is redefined", async () => {
    const { run } = labShell({ interactive: true });
    await run("f() { for i in 1; do echo old; done; }");
    await run("f() { for i in 1; do echo new; done; }");
    await run("true");
    expect((await run("f")).stdout).toBe("new\n");
    await run("unset -f f");
    expect((await run("f")).exitCode).toBe(127);
  });
});

describe("lab shell: a terminal", () => {
  it("tells ls that its stdout is the terminal, and how wide, but not when it goes to a pipe, a file or $(...)", async () => {
    const world = createWorld({});
    let out = "";
    const shell = new LabShell({ world, interactive: true, terminalColumns: () => 40, sink: { stdout: (t) => void (out += t), stderr: (t) => void (out += t) } });
    await shell.runLine("mkdir /t; cd /t; touch alpha beta gamma delta epsilon zeta eta theta");
    await shell.runLine("ls; ls | head -n 2; f() { ls -x; }; f; x=$(ls); echo $x");
    // What coreutils 9.1 ls prints on a 40-column terminal (script -qc 'stty cols 40; ls; ls -x'); one per line into a pipe.
    expect(out).toBe(
      "alpha  delta\teta    theta\nbeta   epsilon\tgamma  zeta\n" +
        "alpha\nbeta\n" +
        "alpha  beta  delta  epsilon  eta  gamma\ntheta  zeta\n" +
        "alpha beta delta epsilon eta gamma theta zeta\n",
    );
  });
});

describe("lab shell: help", () => {
  it("introduces the lab, and explains a bash builtin with help NAME", async () => {
    const { run } = labShell();
    const overview = await run("help");
    expect(overview.stdout).toMatch(/^This is an emulated Linux host/);
    expect(overview.stdout).toMatch(/\n  iptables +\S/);
    expect((await run("help cd")).stdout).toMatch(/^cd: cd \[-L\|-P\] \[dir\]\n/);
    const unknown = await run("help nosuch");
    expect(unknown.stderr).toBe("bash: help: no help topics match `nosuch'.  Try `help help' or `man -k nosuch' or `info nosuch'.\n");
    expect(unknown.exitCode).toBe(1);
  });
});

describe("lab shell: the lab host", () => {
  it("starts in /root as root on host lab", async () => {
    const { run, shell } = labShell({ interactive: true });
    expect(shell.prompt).toBe("[root@lab ~]# ");
    const r = await run("pwd; whoami; cat /etc/hostname; echo $HOME");
    expect(r.stdout).toBe("/root\nroot\nlab\n/root\n");
  });

  it("shows the directory's last component in the prompt", async () => {
    const { run, shell } = labShell({ interactive: true });
    await run("cd /etc/iptables");
    expect(shell.prompt).toBe("[root@lab iptables]# ");
  });

  it("reads and writes sysctls through /proc/sys", async () => {
    const { run, world } = labShell();
    const r = await run("cat /proc/sys/net/ipv4/ip_forward; echo 1 > /proc/sys/net/ipv4/ip_forward; cat /proc/sys/net/ipv4/ip_forward");
    expect(r.stdout).toBe("0\n1\n");
    expect(world.namespaces["lab"]!.sysctl["net.ipv4.ip_forward"]).toBe("1");
  });

  it("has Debian's /etc/services and /etc/protocols", async () => {
    const { run } = labShell();
    const r = await run("grep -E '^http\\s' /etc/services; grep -E '^tcp\\s' /etc/protocols");
    expect(r.stdout).toBe("http\t\t80/tcp\t\twww\t\t# WorldWideWeb HTTP\ntcp\t6\tTCP\t\t# transmission control protocol\n");
  });

  it("sleep advances the world clock and returns at once", async () => {
    const { run, world } = labShell();
    const before = world.clock.nowMs;
    const started = performance.now();
    await run("sleep 30");
    expect(world.clock.nowMs - before).toBe(30_000);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it("date reads the world clock", async () => {
    const { run } = labShell({ spec: { startTimeMs: Date.UTC(2026, 10, 25, 19, 5, 28) } });
    expect((await run("date")).stdout).toBe("Wed Nov 25 19:05:28 UTC 2026\n");
    expect((await run("sleep 60; date +%H:%M:%S")).stdout).toBe("19:06:28\n");
  });

  it("files written in the lab live in the world, not on this machine", async () => {
    const { run, world } = labShell();
    await run("mkdir -p /root/work && echo hello > /root/work/note.txt");
    expect(world.files["/root/work/note.txt"]).toMatchObject({ type: "file", content: "hello\n" });
  });
});

describe("lab shell: jobs", () => {
  it("runs cmd & as a job that jobs, wait and kill know", async () => {
    const { run, shell } = labShell({ interactive: true });
    const started = await run("sleep 10 &");
    expect(started.stderr).toMatch(/^\[1\] \d+\n$/);
    expect((await run("jobs")).stdout).toBe("[1]+  Running                 sleep 10 &\n");
    await run("sleep 5 &");
    expect((await run("jobs")).stdout).toBe("[1]-  Running                 sleep 10 &\n[2]+  Running                 sleep 5 &\n");
    expect((await run("kill %1")).exitCode).toBe(0);
    expect(shell.pendingNotices()).toBe("[1]-  Terminated              sleep 10\n");
    await run("wait");
    expect(shell.pendingNotices()).toBe("");
    expect((await run("jobs")).stdout).toBe("");
  });

  it("tells when a job finished once the clock passes its end", async () => {
    const { run, shell } = labShell({ interactive: true });
    await run("sleep 3 &");
    await run("sleep 1");
    expect(shell.pendingNotices()).toBe("");
    await run("sleep 5");
    expect(shell.pendingNotices()).toBe("[1]+  Done                    sleep 3\n");
  });

  it("answers kill of an unknown job like bash", async () => {
    const { run } = labShell({ interactive: true });
    const r = await run("kill %4");
    expect(r.stderr).toBe("bash: kill: %4: no such job\n");
    expect(r.exitCode).toBe(1);
  });

  it("makes cmd & inside a loop or an if a job, printed back as bash prints it", async () => {
    // What bash 5.2 prints for the same line (checked against /bin/bash).
    const { run } = labShell();
    const r = await run("for p in 1 2; do sleep 3 >/dev/null 2>&1 & done; if true; then sleep 2 <  /dev/null & fi; jobs; echo \"rc=$?\"");
    expect(r.stdout).toBe(
      "[1]   Running                 sleep 3 > /dev/null 2>&1 &\n" +
        "[2]-  Running                 sleep 3 > /dev/null 2>&1 &\n" +
        "[3]+  Running                 sleep 2 < /dev/null &\n" +
        "rc=0\n",
    );
    expect((await run("sleep 2; jobs")).stdout).toBe("[1]   Running                 sleep 3 > /dev/null 2>&1 &\n[2]-  Running                 sleep 3 > /dev/null 2>&1 &\n[3]+  Done                    sleep 2 < /dev/null\n");
  });

  it("sets $! to the last job's process ID, so that kill $! stops it", async () => {
    const { run } = labShell();
    await run("sleep 30 & first=$!");
    const r = await run('for i in 1; do sleep 20 & done; [ "$!" -gt "$first" ] && echo later; f() { sleep 9 & echo $(( $! > first )); }; f; kill $first; jobs');
    expect(r.stdout).toBe("later\n1\n[1]   Terminated              sleep 30\n[2]-  Running                 sleep 20 &\n[3]+  Running                 sleep 9 &\n");
    // No variable of the lab's own shows in `set`; before any job, $! is empty.
    expect((await run("set | grep -c nflab")).stdout).toBe("0\n");
    expect((await labShell().run('echo "[$!]"')).stdout).toBe("[]\n");
  });

  it("keeps a nested job's variables in its subshell and leaves $? at 0", async () => {
    const { run } = labShell();
    const r = await run("x=1; for i in a; do { x=2; false; } & echo \"$? $x\"; done");
    expect(r.stdout).toBe("0 1\n");
  });

  it("wait returns the job's status", async () => {
    const { run } = labShell();
    await run("(sleep 1; exit 7) &");
    expect((await run("wait %1; echo $?")).stdout).toBe("7\n");
  });
});
