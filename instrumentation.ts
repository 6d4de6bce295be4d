// Runs once when the server starts (Next.js convention). Node-only code is loaded only on Node.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { stampPeerAddresses } = await import("./lib/http/peer-address");
    stampPeerAddresses();
    const { checkEnvOnStart } = await import("./lib/system/check-env-on-start");
    checkEnvOnStart();
    const { startBackgroundJobs } = await import("./lib/system/start-background-jobs");
    startBackgroundJobs();
  }
}
