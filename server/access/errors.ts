import type { ErrorSpec } from '../platform/errors';

/** Errors of sign-in, sessions, tokens and authorization. */
export const accessErrors = {
  UNAUTHENTICATED: {
    status: 401,
    vi: 'Bạn cần đăng nhập để tiếp tục.',
    en: 'You need to sign in.',
  },
  SESSION_EXPIRED: {
    status: 401,
    vi: 'Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.',
    en: 'Your session has expired. Please sign in again.',
  },
  TOKEN_INVALID: {
    status: 401,
    vi: 'Mã truy cập (API token) không hợp lệ, đã hết hạn hoặc đã bị thu hồi.',
    en: 'The API token is invalid, expired or revoked.',
  },
  LOGIN_FAILED: {
    status: 401,
    vi: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    en: 'Wrong username or password.',
  },
  ACCOUNT_LOCKED: {
    status: 429,
    vi: 'Tài khoản tạm khóa do đăng nhập sai nhiều lần; thử lại sau {minutes} phút.',
    en: 'The account is locked after repeated failed sign-ins; try again in {minutes} minutes.',
  },
  ACCOUNT_DISABLED: {
    status: 403,
    vi: 'Tài khoản đã bị vô hiệu hóa.',
    en: 'The account is disabled.',
  },
  FORBIDDEN: {
    status: 403,
    vi: 'Bạn không có quyền thực hiện thao tác này ({action}).',
    en: 'You are not allowed to do this ({action}).',
  },
  CSRF_FAILED: {
    status: 403,
    vi: 'Yêu cầu thiếu hoặc sai mã chống giả mạo (CSRF). Hãy tải lại trang rồi thử lại.',
    en: 'Missing or wrong CSRF token. Reload the page and try again.',
  },
  PASSWORD_WEAK: {
    status: 422,
    vi: 'Mật khẩu mới phải có ít nhất {min} ký tự, gồm cả chữ và số.',
    en: 'The new password needs at least {min} characters with letters and digits.',
  },
  USERNAME_TAKEN: {
    status: 409,
    vi: 'Tên đăng nhập "{username}" đã có.',
    en: 'The username "{username}" is taken.',
  },
} as const satisfies Record<string, ErrorSpec>;
