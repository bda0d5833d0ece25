import { useEffect } from "react";
import { type PageSettings, usePageSettings } from "./api/page-settings";
import { DemoBadge, DemoBanner } from "./DemoBanner";

/** Asks our server how it runs: says so in demo mode, and hands its settings to the page. */
interface ServerStatusProps {
  onSettings: (settings: PageSettings) => void;
  /** In a dashboard's frame: a small badge instead of the banner. */
  compact: boolean;
}

export default function ServerStatus({ onSettings, compact }: ServerStatusProps) {
  const settings = usePageSettings();
  useEffect(() => {
    if (settings.data) onSettings(settings.data);
  }, [settings.data, onSettings]);
  if (settings.isError) {
    return (
      <p role="alert" className="text-danger">
        The server cannot be reached: {settings.error.message}
      </p>
    );
  }
  if (settings.data?.mode !== "demo") return null;
  return compact ? <DemoBadge /> : <DemoBanner />;
}
