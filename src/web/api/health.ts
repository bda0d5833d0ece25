import { useQuery } from "@tanstack/react-query";

export interface Health {
  ok: boolean;
  mode: "demo" | "live";
}

export async function getHealth(): Promise<Health> {
  const response = await fetch("/api/health");
  if (!response.ok) throw new Error(`The server answered ${response.status}.`);
  const body = (await response.json()) as Partial<Health>;
  if (body.mode !== "demo" && body.mode !== "live")
    throw new Error("The server's answer is not understood.");
  return { ok: body.ok === true, mode: body.mode };
}

/** Whether our server is up, and whether it writes to Close or to the stand-in. */
export function useHealth() {
  return useQuery({
    queryKey: ["health"],
    queryFn: getHealth,
    staleTime: Number.POSITIVE_INFINITY,
  });
}
