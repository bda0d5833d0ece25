import { useEffect } from "react";
import { type PageSettings, usePageSettings } from "./api/page-settings";
import { DemoBadge, DemoBanner } from "./DemoBanner";
import { SignInBar } from "./sign-in/SignInBar";

/**
 * Asks our server how it runs: says so in demo mode, shows who is signed in (team mode), and
 * hands its settings to the page.
 */
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
  const demo = settings.data?.mode === "demo" && (compact ? <DemoBadge /> : <DemoBanner />);
  return (
    <>
      {demo}
      {settings.data?.signIn && <SignInBar embedded={compact} />}
    </>
  );
}
