import { useEffect } from "react";
import { type Health, useHealth } from "./api/health";
import { WithQueries } from "./api/WithQueries";
import { DemoBadge, DemoBanner } from "./DemoBanner";

/** Asks our server how it runs: says so in demo mode, and hands the settings to the form. */
interface ServerStatusProps {
  onHealth: (health: Health) => void;
  /** In a dashboard's frame: a small badge instead of the banner. */
  compact: boolean;
}

export default function ServerStatus(props: ServerStatusProps) {
  return (
    <WithQueries>
      <HealthReport {...props} />
    </WithQueries>
  );
}

function HealthReport({ onHealth, compact }: ServerStatusProps) {
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
  if (health.data?.mode !== "demo") return null;
  return compact ? <DemoBadge /> : <DemoBanner />;
}
