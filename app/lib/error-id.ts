import { createContext, useContext } from "react";

/** The id of a logged server error, for the error page (set by entry.server on a 500). */
export const ErrorIdContext = createContext<string | null>(null);

declare global {
  interface Window {
    __errorId?: string;
  }
}

/** On the server from the context; in the browser from what the server page wrote. */
export function useErrorId(): string | null {
  const fromServer = useContext(ErrorIdContext);
  if (fromServer) return fromServer;
  return typeof window !== "undefined" ? (window.__errorId ?? null) : null;
}
