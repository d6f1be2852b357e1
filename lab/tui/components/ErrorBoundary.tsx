/**
 * Catches an error thrown while drawing, so the terminal shows a message
 * instead of a crashed app, and draws the children again on request.
 */
import { Component, Fragment, type ReactNode } from "react";
import { CrashNotice } from "./CrashNotice.js";

export interface ErrorBoundaryProps {
  readonly children: ReactNode;
}

interface ErrorBoundaryState {
  readonly error: Error | undefined;
  /** Bumped by each restart, so the children mount afresh. */
  readonly attempt: number;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: undefined, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  private readonly restart = (): void => {
    this.setState((state) => ({ error: undefined, attempt: state.attempt + 1 }));
  };

  override render(): ReactNode {
    if (this.state.error) return <CrashNotice error={this.state.error} onRestart={this.restart} />;
    return <Fragment key={this.state.attempt}>{this.props.children}</Fragment>;
  }
}
