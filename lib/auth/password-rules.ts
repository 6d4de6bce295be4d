// Shared by forms (browser) and the server; kept apart from the hashing code, which is server-only.
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;
