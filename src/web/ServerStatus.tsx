import { useEffect } from "react";
import { type Health, useHealth } from "./api/health";
import { WithQueries } from "./api/WithQueries";
import { DemoBanner } from "./DemoBanner";

/** Asks our server how it runs: says so in demo mode, and hands the settings to the form. */
export default function ServerStatus({ onHealth }: { onHealth: (health: Health) => void }) {
  return (
    <WithQueries>
      <HealthReport onHealth={onHealth} />
    </WithQueries>
  );
}

function HealthReport({ onHealth }: { onHealth: (health: Health) => void }) {
  const health = useHealth();
  useEffect(() => {
    if (health.data) onHealth(health.data);
  }, [health.data, onHealth]);
  if (health.isError) {
    return (
      <p role="alert" className="text-red-700 dark:text-red-300">
        The server cannot be reached: {health.error.message}
      </p>
    );
  }
  return health.data?.mode === "demo" ? <DemoBanner /> : null;
}
