/**
 * Errors services throw, each with a Vietnamese message a person can act on. Routes turn them
 * into HTTP statuses, tRPC into its codes (see server/trpc.ts).
 */
export class ServiceError extends Error {
  constructor(
    readonly code: "FORBIDDEN" | "NOT_FOUND" | "BAD_REQUEST" | "CONFLICT" | "UNAUTHORIZED" | "TOO_MANY_REQUESTS",
    message: string,
    /** Extra data for the client, e.g. the newer version of a record on a conflict. */
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "ServiceError";
  }
}

export const forbidden = (message = "Bạn không có quyền thực hiện thao tác này.") => new ServiceError("FORBIDDEN", message);
export const notFound = (message: string) => new ServiceError("NOT_FOUND", message);
export const badRequest = (message: string, details?: unknown) => new ServiceError("BAD_REQUEST", message, details);
export const conflict = (message: string, details?: unknown) => new ServiceError("CONFLICT", message, details);

export const httpStatus: Record<ServiceError["code"], number> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
};
