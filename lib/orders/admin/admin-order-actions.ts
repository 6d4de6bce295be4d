// The admin verbs on orders, one per file; this index is what pages, actions and handlers import.
export { adminMove, type AdminMoveResult } from "./admin-move";
export { bulkOrderAction, type BulkResult, type Skipped } from "./bulk-order-action";
export { createManualOrder, type ManualOrderResult } from "./create-manual-order";
export { forwardToProvider, type ForwardResult } from "./forward-to-provider";
export type { AdminActor } from "./lock-order";
export { resolveUncertain, type Resolution, type ResolveResult } from "./resolve-uncertain";
export { runOrderAction } from "./run-order-action";
export { cancelWithRefund, markCompleted, setOrderStatus } from "./set-order-status";
export { setPartial } from "./set-partial";
export { syncOrdersNow, type AdminSyncResult } from "./sync-orders-now";
