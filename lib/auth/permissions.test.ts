import { describe, expect, it } from "vitest";
import { can, PERMISSIONS, permissionsOf, ROLES } from "./permissions";
import { homeFor, safeRedirectPath } from "./safe-redirect";

describe("role → permission table", () => {
  it("gives customers no staff permission at all", () => {
    expect(permissionsOf("CUSTOMER")).toEqual([]);
    for (const permission of PERMISSIONS) expect(can("CUSTOMER", permission)).toBe(false);
  });

  it("lets support into the admin area to read and handle complaints, but not to move money or change roles", () => {
    expect(can("SUPPORT", "admin.access")).toBe(true);
    expect(can("SUPPORT", "users.read")).toBe(true);
    expect(can("SUPPORT", "complaints.manage")).toBe(true);
    expect(can("SUPPORT", "wallet.adjust")).toBe(false);
    expect(can("SUPPORT", "users.changeRole")).toBe(false);
    expect(can("SUPPORT", "users.manage")).toBe(false);
    expect(can("SUPPORT", "mailbox.read")).toBe(false);
  });

  it("gives admins every permission", () => {
    for (const permission of PERMISSIONS) expect(can("ADMIN", permission)).toBe(true);
    expect(ROLES).toEqual(["CUSTOMER", "SUPPORT", "ADMIN"]);
  });
});

describe("redirects after sign-in", () => {
  it("follows only same-site paths", () => {
    expect(safeRedirectPath("/user/transactions", "/x")).toBe("/user/transactions");
    expect(safeRedirectPath("https://evil.example/", "/x")).toBe("/x");
    expect(safeRedirectPath("//evil.example/", "/x")).toBe("/x");
    expect(safeRedirectPath("/\\evil.example", "/x")).toBe("/x");
    expect(safeRedirectPath(undefined, "/x")).toBe("/x");
  });

  it("sends staff to /admin and customers to their dashboard", () => {
    expect(homeFor("CUSTOMER")).toBe("/user/dashboard");
    expect(homeFor("SUPPORT")).toBe("/admin");
    expect(homeFor("ADMIN")).toBe("/admin");
  });
});
