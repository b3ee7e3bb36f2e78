import { describe, expect, it } from "vitest";
import { passwordProblem } from "./password-policy";

describe("passwordProblem", () => {
  it.each([
    ["demo12345", "admin", null],
    ["matkhau2024", "tuphap.tamduong", null],
    ["Mậtkhẩu9", "x-user", null],
    ["ngan1", "admin", "Mật khẩu phải có ít nhất 8 ký tự."],
    ["chiconchu", "admin", "Mật khẩu phải có cả chữ và số."],
    ["12345678", "admin", "Mật khẩu phải có cả chữ và số."],
    ["admin123", "ADMIN123", "Mật khẩu không được trùng tên đăng nhập."],
    ["a1".repeat(101), "admin", "Mật khẩu quá dài (tối đa 200 ký tự)."],
  ])("%s for %s", (pw, user, expected) => expect(passwordProblem(pw, user)).toBe(expected));
});
