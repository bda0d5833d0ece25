import { createContext, type ReactNode, useContext, useSyncExternalStore } from "react";
import type { Match } from "../../api/matches";
import { ValueStore } from "../../ui/value-store";
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
  /** The last thing said, and of which row. */
  private readonly said = new ValueStore({ path: "", text: "" });

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

  /** The row's value changed: what was found for it, and said of it, is no longer so. */
  forget(path: FormPath): void {
    this.byPath.delete(path);
    if (this.said.current().path === path) this.announce(path, "");
  }

  /** Every value a contact in Close holds, in the order the rows were checked. */
  all(): Held[] {
    return [...this.byPath.values()];
  }

  /** What a row's check found, in words, for the form's one live region to say. */
  announce(path: FormPath, text: string): void {
    const said = this.said.current();
    if (said.path === path && said.text === text) return;
    this.said.set({ path, text });
  }

  readonly subscribe = this.said.subscribe;
  readonly lastAnnouncement = (): string => this.said.current().text;
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

/**
 * The form's one polite live region for the rows' checks: a region under every row would be
 * hundreds of elements that say nothing, and each costs on every keystroke.
 */
export function MatchAnnouncements({ store }: { store: KnownMatches }) {
  const text = useSyncExternalStore(store.subscribe, store.lastAnnouncement);
  return (
    <p role="status" className="sr-only">
      {text}
    </p>
  );
}

export function useKnownMatches(): KnownMatches | null {
  return useContext(KnownMatchesContext);
}
