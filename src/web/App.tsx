import { useHealth } from "./api/health";
import { DemoBanner } from "./DemoBanner";

export function App() {
  const health = useHealth();
  return (
    <main className="mx-auto flex max-w-2xl flex-col gap-6 px-4 py-8">
      <h1 className="text-2xl font-semibold">New contact</h1>
      {health.data?.mode === "demo" && <DemoBanner />}
      {health.isError && (
        <p role="alert" className="text-red-700 dark:text-red-300">
          The server cannot be reached: {health.error.message}
        </p>
      )}
      {health.data && (
        <p>
          The server is up and creates contacts{" "}
          {health.data.mode === "demo" ? "in the stand-in" : "in Close"}.
        </p>
      )}
    </main>
  );
}
