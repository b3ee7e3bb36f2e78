import { afterEach, describe, expect, it } from "vitest";
import { gate } from "./gate";
import { isCrossSiteMutation } from "./security";

const req = (method: string, url: string, headers: Record<string, string> = {}) => ({
  method,
  url,
  header: (n: string) => headers[n.toLowerCase()],
});

afterEach(() => {
  delete process.env.TRUST_PROXY;
});

describe("gate", () => {
  it.each(["/don-vi/%00", "/ke-hoach/%00/sua", "/?donvi=%00", "/bao-cao/tai?kehoach=%00&nam=2024", "/nhiem-vu/%E0%A4%A", "/x/%ED%A0%80"])(
    "%s → 400 in Vietnamese",
    (url) => {
      expect(gate(req("GET", url, { host: "app.local" }))).toMatchObject({ status: 400, message: expect.stringMatching(/không hợp lệ/) });
    },
  );

  it("passes ordinary Vietnamese URLs", () => {
    expect(gate(req("GET", "/ke-hoach?q=B%C3%A1o%20c%C3%A1o", { host: "app.local" }))).toBeNull();
  });

  it("refuses a cross-site post to any route with the app's 403", () => {
    expect(gate(req("POST", "/nhiem-vu/181", { host: "app.local", origin: "http://evil.example" }))).toMatchObject({ status: 403 });
    expect(gate(req("POST", "/nhiem-vu/181", { host: "app.local", origin: "http://app.local" }))).toBeNull();
  });

  it("does not believe a client-sent X-Forwarded-Host unless a proxy is declared", () => {
    const spoofed = { host: "app.local", origin: "http://evil.example", "x-forwarded-host": "evil.example" };
    expect(gate(req("POST", "/api/trpc/units.update", spoofed))).toMatchObject({ status: 403 });
    const r = new Request("http://app.local/api/trpc/units.update", { method: "POST", headers: spoofed });
    expect(isCrossSiteMutation(r)).toBe(true);
    process.env.TRUST_PROXY = "1";
    expect(gate(req("POST", "/api/trpc/units.update", spoofed))).toBeNull();
    expect(isCrossSiteMutation(r)).toBe(false);
  });
});
