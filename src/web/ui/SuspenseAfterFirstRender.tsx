import { type ReactNode, Suspense, useEffect, useState } from "react";

/**
 * Suspense for a lazy part that typing does not need, whose code is asked for only once the
 * form is on screen. React starts a lazy part's import as soon as it renders it, in the task
 * that renders the form; so does an effect's update, which React's scheduler runs in that same
 * task. The part's bytes then came in while the form was still rendering, as part of the first
 * load: a task of its own comes after the form takes typing.
 */
export function SuspenseAfterFirstRender({
  fallback,
  children,
}: {
  fallback: ReactNode;
  children: ReactNode;
}) {
  const [rendered, setRendered] = useState(false);
  useEffect(() => {
    const later = setTimeout(() => setRendered(true), 0);
    return () => clearTimeout(later);
  }, []);
  return <Suspense fallback={fallback}>{rendered ? children : fallback}</Suspense>;
}
