/** What the screen shows instead of the lab when drawing it failed. */
import { useCallback } from "react";
import { Box, Text, useApp, useStdout } from "ink";
import { useTerminalInput } from "../hooks/use-terminal-input.js";
import { CLEAR_ALL } from "../text/screen-codes.js";

/** EX_SOFTWARE: the status after quitting from a crash, as for any internal error of nflab. */
export const CRASH_EXIT_STATUS = 70;

export interface CrashNoticeProps {
  readonly error: Error;
  /** Draws the lab again; the session (shell, transcript, history) is kept. */
  readonly onRestart: () => void;
}

export function CrashNotice({ error, onRestart }: CrashNoticeProps) {
  const { exit } = useApp();
  const { write } = useStdout();
  const onInput = useCallback(
    (raw: string) => {
      if (raw.includes("\r") || raw.includes("\n")) {
        write(CLEAR_ALL);
        onRestart();
      } else if (raw.includes("\x04") || raw.includes("\x03")) {
        exit(CRASH_EXIT_STATUS);
      }
    },
    [exit, onRestart, write],
  );
  useTerminalInput(onInput);
  return (
    <Box flexDirection="column" borderStyle="single" borderColor="red" paddingX={1}>
      <Text color="red">nflab could not draw the screen (a bug in nflab, not in your commands):</Text>
      <Text>{error.message}</Text>
      <Text dimColor>Press Enter to draw the lab again (your session is kept), or Ctrl-D to quit.</Text>
    </Box>
  );
}
