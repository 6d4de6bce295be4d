import type { Tx } from "@/lib/db";
import { hashRecoveryCode, newRecoveryCodes } from "./recovery-code-rules";

/** A fresh set of recovery codes in place of any older ones; only their hashes are kept. The codes are returned once. */
export async function replaceRecoveryCodes(tx: Tx, userId: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({ data: codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code) })) });
  return codes;
}
