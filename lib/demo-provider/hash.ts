/** A small integer mixer (murmur3 finaliser): the same input always gives the same well-spread 32-bit output. */
export function mix32(input: number, salt = 0): number {
  let x = (Math.trunc(input) ^ Math.imul(salt + 1, 0x9e3779b9)) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b) >>> 0;
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35) >>> 0;
  return (x ^ (x >>> 16)) >>> 0;
}
