// The built-in demo provider: a separate API v2 "panel" inside the app (app/api/demo-provider/v2).
export { handleDemoRequest, type DemoReply, type DemoRequestOptions } from "./handle-request";
export { ensureDemoAccount, hashDemoKey, DEFAULT_DEMO_BALANCE } from "./account";
export { demoProviderEnabled } from "./enabled";
export { demoCatalog, findDemoService, toWireService, type DemoService } from "./catalog";
export { resetDemoFaultCounters } from "./faults";
