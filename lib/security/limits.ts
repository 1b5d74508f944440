// Size limits shared by next.config.ts (which Next.js enforces) and the proxy (which answers 413 before Next.js fails).

/** Largest body a server action (form post) may carry: 1 MiB, Next.js's default, stated here so both agree. */
export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;
