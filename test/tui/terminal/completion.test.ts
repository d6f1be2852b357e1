import { describe, expect, test } from "vitest";
import { KEYS } from "../harness/lab-terminal.js";
import { PROMPT, PROMPT_ROW, startLab } from "../harness/start-lab.js";

describe("tab completion", () => {
  test("a-command-name-completes-with-a-space", async () => {
    const lab = await startLab();
    lab.type("whoam" + KEYS.tab);
    await lab.waitForLastLine(`${PROMPT}whoami`);
    expect((await lab.cursor()).x).toBe(PROMPT.length + "whoami ".length);
    lab.type(KEYS.enter);
    expect((await lab.waitForLastLine(PROMPT_ROW)).slice(0, 2)).toEqual([`${PROMPT}whoami`, "root"]);
  });

  test("a-directory-completes-with-a-slash", async () => {
    const lab = await startLab();
    lab.type("ls /et" + KEYS.tab);
    await lab.waitForLastLine(`${PROMPT}ls /etc/`);
    lab.type("hostn" + KEYS.tab);
    await lab.waitForLastLine(`${PROMPT}ls /etc/hostname`);
  });

  test("a-relative-path-completes-from-the-shells-directory", async () => {
    const lab = await startLab();
    lab.type("cd /etc\r");
    await lab.waitForLastLine("[root@lab etc]#");
    lab.type("cat hostn" + KEYS.tab);
    await lab.waitForLastLine("[root@lab etc]# cat hostname");
  });

  test("the-second-tab-lists-the-candidates-in-columns", async () => {
    const lab = await startLab();
    lab.type("ls /etc/host" + KEYS.tab);
    await lab.waitForLastLine(`${PROMPT}ls /etc/host`);
    lab.type(KEYS.tab);
    const screen = await lab.waitFor((s) => s.includes("hostname  hosts"));
    expect(screen.slice(0, 3)).toEqual([`${PROMPT}ls /etc/host`, "hostname  hosts", `${PROMPT}ls /etc/host`]);
    expect((await lab.cursor())).toEqual({ x: `${PROMPT}ls /etc/host`.length, y: 2 });
  });

  test("the-common-prefix-of-several-commands-is-inserted", async () => {
    const lab = await startLab();
    lab.type("sha" + KEYS.tab);
    await lab.waitForLastLine(`${PROMPT}sha`);
    lab.type("2" + KEYS.tab);
    await lab.waitForLastLine(`${PROMPT}sha256sum`);
  });
});
