import { createContext, type ReactNode, useContext } from "react";
import type { Match } from "../../api/matches";
import type { FormPath } from "../form-values";

/** A row's value, as Close compares it, and who in Close already holds it. */
export interface Held {
  path: FormPath;
  value: string;
  matches: Match[];
}

/**
 * What the rows' checks found, by row, for the form's submit to ask about: a row's entry is
 * there while its value is the one checked (typing in it takes the entry away).
 */
export class KnownMatches {
  private readonly byPath = new Map<FormPath, Held>();

  /** `onFound`: told of each row's matches once, when they appear. */
  constructor(private readonly onFound: (matches: Match[]) => void = () => {}) {}

  set(path: FormPath, value: string, matches: Match[]): void {
    if (matches.length === 0) {
      this.forget(path);
      return;
    }
    const before = this.byPath.get(path);
    this.byPath.set(path, { path, value, matches });
    if (before?.value !== value) this.onFound(matches);
  }

  forget(path: FormPath): void {
    this.byPath.delete(path);
  }

  /** Every value a contact in Close holds, in the order the rows were checked. */
  all(): Held[] {
    return [...this.byPath.values()];
  }
}

const KnownMatchesContext = createContext<KnownMatches | null>(null);

/** The form's store, for its rows' checks to fill (a new form starts knowing nothing). */
export function KnownMatchesProvider({
  store,
  children,
}: {
  store: KnownMatches;
  children: ReactNode;
}) {
  return <KnownMatchesContext.Provider value={store}>{children}</KnownMatchesContext.Provider>;
}

export function useKnownMatches(): KnownMatches | null {
  return useContext(KnownMatchesContext);
}
