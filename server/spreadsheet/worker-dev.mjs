// Development and tests: run the TypeScript worker through tsx (production runs the bundle).
import { register } from "tsx/esm/api";

register();
await import("./worker.ts");
