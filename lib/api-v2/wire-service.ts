/** A service as the `services` action sends it (docs/PROTOCOL.md): numbers as strings, booleans as true/false. */
export type WireService = {
  service: number;
  name: string;
  /** The type's protocol name (lib/api-v2/service-types.ts). */
  type: string;
  category: string;
  rate: string;
  min: string;
  max: string;
  refill: boolean;
  cancel: boolean;
  dripfeed: boolean;
  desc: string;
};
