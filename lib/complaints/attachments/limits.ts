/** Images per case or reply, and bytes per image: one place, read by the forms, the schemas and the checks. */
export const MAX_IMAGES = 5;
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
