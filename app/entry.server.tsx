import { PassThrough } from "node:stream";
import type { ActionFunctionArgs, AppLoadContext, EntryContext, LoaderFunctionArgs } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { logUnexpected } from "../server/http/unexpected";
import { ErrorIdContext } from "./lib/error-id";
import { InlineMarkupContext } from "./lib/inline-markup";
import { inlineMarkup } from "../server/runtime/request-context";

// The Express server calls these before it listens and when it stops, and `gate` on every request.
export { prepareDatabase, shutdown, warmUp } from "../server/startup";
export { gate } from "../server/http/gate";
export { backupRunningDatabase, removeControlFile, writeControlFile } from "../server/backup/running";

/**
 * Errors Remix did not expect: logged once under an id without query values; the id goes into the
 * error page (through the load context) so a user can quote it.
 */
export function handleError(error: unknown, { request, context }: LoaderFunctionArgs | ActionFunctionArgs) {
  if (request.signal.aborted) return;
  const where = `${request.method} ${new URL(request.url).pathname}`;
  const errorId = logUnexpected(error, where);
  if (context && typeof context === "object") (context as { errorId?: string }).errorId = errorId;
}
export { withRequestContext } from "../server/runtime/request-context";
export { serveTrpc } from "../server/http/trpc-node";
export { appPageCache } from "../server/http/page-cache";

const ABORT_DELAY = 5_000;

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const bot = isbot(request.headers.get("user-agent") ?? "");
  return new Promise((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <ErrorIdContext.Provider value={responseStatusCode >= 500 ? ((loadContext as { errorId?: string }).errorId ?? null) : null}>
        <InlineMarkupContext.Provider value={inlineMarkup}>
          <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} />
        </InlineMarkupContext.Provider>
      </ErrorIdContext.Provider>,
      {
        [bot ? "onAllReady" : "onShellReady"]() {
          shellRendered = true;
          const body = new PassThrough();
          const stream = createReadableStreamFromReadable(body);
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          responseHeaders.set("X-Content-Type-Options", "nosniff");
          responseHeaders.set("Referrer-Policy", "same-origin");
          resolve(new Response(stream, { headers: responseHeaders, status: responseStatusCode }));
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered) console.error(error);
        },
      },
    );
    setTimeout(abort, ABORT_DELAY);
  });
}
