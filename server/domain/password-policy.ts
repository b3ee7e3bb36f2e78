/** Password rules, with the Vietnamese message for the first rule broken; null when acceptable. */
export function passwordProblem(password: string, username: string): string | null {
  if (password.length < 8) return "Mật khẩu phải có ít nhất 8 ký tự.";
  if (password.length > 200) return "Mật khẩu quá dài (tối đa 200 ký tự).";
  if (password.trim().toLowerCase() === username.trim().toLowerCase()) return "Mật khẩu không được trùng tên đăng nhập.";
  if (!/[0-9]/.test(password) || !/\p{L}/u.test(password)) return "Mật khẩu phải có cả chữ và số.";
  return null;
}
