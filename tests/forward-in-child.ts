// Run as its own process by the crash test: forwards one order, and is killed (SIGKILL) while the
// provider holds the request open, the way a deploy, an out-of-memory kill or a frozen function ends it.
import { forwardOrder } from "@/lib/orders/forward-order";

await forwardOrder(Number(process.argv[2]));
process.exit(0);
