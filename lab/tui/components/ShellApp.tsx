/**
 * The lab's terminal: the transcript above, the live prompt line below,
 * and under it, in a scenario, the goals. Keys go to the session controller; the view redraws from what it
 * publishes. A change of width clears the screen and writes the transcript
 * again at the new width, so nothing stays wrapped for the old one.
 */
import type { ReactNode } from "react";
import { useStdout } from "ink";
import { EMPTY_LINE } from "../editing/line-buffer.js";
import { useExitWhenDone } from "../hooks/use-exit-when-done.js";
import { useGoals } from "../hooks/use-goals.js";
import { useScreenPort } from "../hooks/use-screen-port.js";
import { useSessionView } from "../hooks/use-session-view.js";
import { useTerminalInput } from "../hooks/use-terminal-input.js";
import { useTerminalSize } from "../hooks/use-terminal-size.js";
import type { GoalsPort } from "../session/goals-port.js";
import type { SessionController } from "../session/session-controller.js";
import { CLEAR_ALL } from "../text/screen-codes.js";
import { partialLine } from "../transcript/transcript.js";
import { FinalLine } from "./FinalLine.js";
import { GoalsPanel, goalsPanelRows } from "./GoalsPanel.js";
import { PromptLine } from "./PromptLine.js";
import { Transcript } from "./Transcript.js";

export interface ShellAppProps {
  readonly controller: SessionController;
  /** Shown above the transcript until the screen is cleared. @default nothing */
  readonly header?: ReactNode;
  /** A scenario's goals, shown below the prompt. @default none */
  readonly goals?: GoalsPort;
}

/** Rows the prompt keeps for itself before the goals panel shrinks to its title row. */
const PROMPT_ROWS = 6;

export function ShellApp({ controller, header, goals: goalsPort }: ShellAppProps) {
  const view = useSessionView(controller);
  const { write } = useStdout();
  const size = useTerminalSize((previous, next) => {
    if (previous.columns !== next.columns) write(CLEAR_ALL);
  });
  useTerminalInput(controller.handleInput, view.phase !== "exited");
  useScreenPort(controller, size.columns);
  useExitWhenDone(view);

  const goals = useGoals(goalsPort);
  const { transcript, phase } = view;
  const compact = size.rows - goalsPanelRows(goals, false) < PROMPT_ROWS;
  const panelRows = goals.length > 0 ? goalsPanelRows(goals, compact) : 0;
  return (
    <>
      <Transcript
        key={`${transcript.generation}:${size.columns}`}
        entries={transcript.entries}
        columns={size.columns}
        header={transcript.generation === 0 ? header : undefined}
      />
      {phase === "exited" ? (
        <FinalLine text={partialLine(transcript)} columns={size.columns} />
      ) : (
        <>
          <PromptLine
            lead={partialLine(transcript) + (phase === "editing" ? view.prompt : "")}
            line={phase === "editing" ? view.line : EMPTY_LINE}
            columns={size.columns}
            maxRows={size.rows - 1 - panelRows}
          />
          {panelRows > 0 ? <GoalsPanel goals={goals} columns={size.columns} compact={compact} /> : null}
        </>
      )}
    </>
  );
}
