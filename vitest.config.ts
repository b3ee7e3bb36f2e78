import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          sequence: { groupOrder: 0 },
          include: ["server/domain/**/*.test.ts", "server/spreadsheet/**/*.test.ts", "server/reports/**/*.test.ts", "server/storage/**/*.test.ts", "server/auth/**/*.test.ts", "server/http/**/*.test.ts", "app/**/*.test.ts", "seeds/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "node_modules/**"],
          environment: "node",
        },
      },
      {
        test: {
          name: "integration",
          sequence: { groupOrder: 1 },
          include: ["**/*.int.test.ts"],
          exclude: ["node_modules/**"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Each file opens its own database; two at once is what 2 cores take comfortably.
          maxWorkers: 2,
        },
      },
    ],
  },
});
