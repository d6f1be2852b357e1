/**
 * What the goals panel needs of a scenario: the goals as they stand, and a
 * way to hear when they change (after every command).
 */

export interface GoalView {
  readonly id: string;
  readonly title: string;
  readonly pass: boolean;
  /** Why it fails, for the learner; empty when it passes. */
  readonly reason: string;
}

export interface GoalsPort {
  subscribe(listener: () => void): () => void;
  /** The same array until the goals are checked again. */
  getGoals(): readonly GoalView[];
}
