import { useEffect, useRef } from "react";
import { type IncomingMessage, isFramed, postToParent, readParentMessage } from "./parent-frame";

/**
 * In a frame: reports the page's height to the parent whenever it changes, and hands on the
 * parent's messages. Until the allowed origins are known (they come with the server's status),
 * messages wait, so a prefill sent on the frame's load is not lost.
 */
export function useParentFrame(
  allowedOrigins: readonly string[] | undefined,
  onMessage: (message: IncomingMessage) => void,
) {
  const handler = useRef(onMessage);
  handler.current = onMessage;

  const early = useRef<MessageEvent[]>([]);
  useEffect(() => {
    if (!isFramed()) return;
    const take = (event: MessageEvent) => {
      if (!allowedOrigins) {
        early.current.push(event);
        return;
      }
      const message = readParentMessage(event, allowedOrigins);
      if (message) handler.current(message);
    };
    if (allowedOrigins) early.current.splice(0).forEach(take);
    window.addEventListener("message", take);
    return () => window.removeEventListener("message", take);
  }, [allowedOrigins]);

  useEffect(() => {
    if (!isFramed() || !allowedOrigins) return;
    let last = -1;
    const report = () => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      postToParent({ type: "close-contact:resize", height }, allowedOrigins);
    };
    const observer = new ResizeObserver(report);
    observer.observe(document.documentElement);
    report();
    return () => observer.disconnect();
  }, [allowedOrigins]);
}
