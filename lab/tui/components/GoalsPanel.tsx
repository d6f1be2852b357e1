/**
 * The scenario's goals below the prompt: a title row with the count, then
 * one row per goal, ✔ or ✘ and its title, and why it fails, cut to the
 * width. On a short terminal only the title row is left.
 */
import { Box, Text } from "ink";
import type { GoalView } from "../session/goals-port.js";

export interface GoalsPanelProps {
  readonly goals: readonly GoalView[];
  readonly columns: number;
  /** Only the title row. @default false */
  readonly compact?: boolean;
}

export function GoalsPanel({ goals, columns, compact = false }: GoalsPanelProps) {
  const passed = goals.filter((g) => g.pass).length;
  return (
    <Box flexDirection="column" width={columns}>
      <Text wrap="truncate-end">
        <Text bold color={passed === goals.length ? "green" : undefined}>
          Goals {passed}/{goals.length}
        </Text>
        <Text dimColor> · check · why · hint · task · reset · solution · scenarios</Text>
      </Text>
      {compact ? null : goals.map((goal) => <GoalRow key={goal.id} goal={goal} />)}
    </Box>
  );
}

/** Rows the panel takes. */
export function goalsPanelRows(goals: readonly GoalView[], compact: boolean): number {
  return compact ? 1 : goals.length + 1;
}

function GoalRow({ goal }: { readonly goal: GoalView }) {
  return (
    <Text wrap="truncate-end">
      {goal.pass ? <Text color="green">✔</Text> : <Text color="red">✘</Text>} {goal.title}
      {goal.pass ? null : <Text dimColor> — {goal.reason}</Text>}
    </Text>
  );
}
