import { createContext } from "react";

/**
 * How the document render finds markup a loader placed for the HTML only (server/runtime's
 * placeInline): entry.server provides the lookup; in the browser there is none, and hydration
 * keeps what the server sent.
 */
export const InlineMarkupContext = createContext<((slot: string) => string | undefined) | null>(null);
