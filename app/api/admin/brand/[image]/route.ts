import { z } from "zod";
import { brandImageUrl } from "@/lib/brand/brand";
import { BRAND_IMAGES } from "@/lib/brand/brand-image";
import { readBrandUpload } from "@/lib/brand/read-upload";
import { removeBrandImage, saveBrandImage } from "@/lib/brand/save-brand-image";
import { route } from "@/lib/http/route";

const params = z.object({ image: z.enum(BRAND_IMAGES) });
const auth = { permission: "settings.manage" } as const;

/** Uploads the logo or the favicon (multipart, the image in `file`): `{ image, url }`. Audited. */
export const POST = route({ auth, params }, async ({ req, user, ip, params: { image } }) => {
  const saved = await saveBrandImage(image, await readBrandUpload(req), { id: user.id, ip });
  return { image: saved, url: brandImageUrl(saved, image) };
});

/** Back to the built-in image: `{ removed }` (false when none was uploaded). Audited. */
export const DELETE = route({ auth, params }, async ({ user, ip, params: { image } }) => ({
  removed: await removeBrandImage(image, { id: user.id, ip }),
}));
