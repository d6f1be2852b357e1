import { PassThrough } from "node:stream";
import { expect, test } from "vitest";
import { runTui } from "../../../lab/tui/run-tui.js";
import { FakeShell } from "../harness/fake-shell.js";

test("without-a-terminal-it-says-why-and-returns-1", async () => {
  let said = "";
  const stderr = { write: (text: string) => ((said += text), true) } as unknown as NodeJS.WriteStream;
  const stdin = new PassThrough() as unknown as NodeJS.ReadStream;
  expect(await runTui({ shell: new FakeShell(), stdin, stderr })).toBe(1);
  expect(said).toBe("nflab: the lab needs a terminal to read keys from; `nflab sh` runs commands from a pipe or a file\n");
});
