/** What an Idempotency-Key (or a form's submission id) may look like; safe to import in the browser. */
export const IDEMPOTENCY_KEY = /^[\w.:-]{8,200}$/;
