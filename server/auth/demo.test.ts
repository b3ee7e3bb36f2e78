import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD, DEMO_PASSWORD_HASH } from "./demo";
import { verifyPassword } from "./passwords";

describe("demo password hash", () => {
  it("is a hash of the demo password with the parameters of every account", async () => {
    expect(DEMO_PASSWORD_HASH.split("$").slice(0, 4)).toEqual(["scrypt", "16384", "8", "1"]);
    expect(await verifyPassword(DEMO_PASSWORD, DEMO_PASSWORD_HASH)).toBe(true);
    expect(await verifyPassword("demo12346", DEMO_PASSWORD_HASH)).toBe(false);
  });
});
