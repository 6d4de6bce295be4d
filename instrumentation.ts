// Runs once when the server starts (Next.js convention). Node-only code is loaded only on Node.
// This is the composition root: lib/ never imports inngest/, so the job list is handed in here.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { stampPeerAddresses } = await import("./lib/http/peer-address");
    stampPeerAddresses();
    const { checkEnvOnStart } = await import("./lib/system/check-env-on-start");
    checkEnvOnStart();
    const { startBackgroundJobs } = await import("./lib/system/start-background-jobs");
    const { jobs } = await import("./inngest/functions");
    startBackgroundJobs({
      jobs,
      sendToInngest: async (events) => {
        const { inngest } = await import("./inngest/client");
        await inngest.send(events);
      },
    });
  }
}
