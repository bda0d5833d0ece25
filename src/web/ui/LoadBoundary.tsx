import { Component, type ReactNode } from "react";

interface LoadBoundaryProps {
  /** What shows instead when a part fails to load (a chunk lost to a redeploy or the network). */
  fallback: ReactNode;
  children: ReactNode;
}

/** Keeps a part that failed to load from taking the whole page, and what was typed, with it. */
export class LoadBoundary extends Component<LoadBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
