import { referralCodeFromHeader } from "@/lib/affiliates/referral-cookie";
import { hitRateLimit } from "@/lib/cache/rate-limit";
import { tooManyRequests } from "@/lib/errors/app-error";
import { route } from "@/lib/http/route";
import { registerUser } from "@/lib/users/register-user";
import { REGISTER_PER_IP } from "@/lib/users/rate-limits";
import { registerSchema } from "@/lib/users/schemas";

export const POST = route({ auth: "public", body: registerSchema, status: 201 }, async ({ req, body, ip }) => {
  const limit = await hitRateLimit(REGISTER_PER_IP, ip);
  if (!limit.allowed) throw tooManyRequests(limit.retryAfterSeconds);
  return registerUser(body, { referralCode: referralCodeFromHeader(req.headers.get("cookie")) });
});
