import { describe, expect, it } from "vitest";
import { readUserListQuery } from "./list-users-query";

describe("the users list's GET parameters", () => {
  it("reads good ones, with joined/newest first by default and blanks left out", () => {
    expect(readUserListQuery({ q: " ann ", spentMin: "", signedIn: "never" })).toEqual({
      query: { q: "ann", signedIn: "never", sort: "joined", dir: "desc" },
      invalid: [],
    });
    expect(
      readUserListQuery({ sort: "spent", dir: "asc", spentMin: "99.5", depositedMin: "0", signedIn: "30", group: "none" }).query,
    ).toEqual({
      sort: "spent",
      dir: "asc",
      spentMin: "99.5",
      depositedMin: "0",
      signedIn: "30",
      group: "none",
    });
  });

  it("leaves out each bad parameter (keeping the rest) and names it with its rule", () => {
    const { query, invalid } = readUserListQuery({
      q: "ann",
      spentMin: "-5",
      depositedMin: "1.23456",
      signedIn: "0",
      sort: "balance",
      dir: "up",
      role: "CUSTOMER",
    });
    expect(query).toEqual({ q: "ann", role: "CUSTOMER", sort: "joined", dir: "desc" });
    expect(invalid.map((issue) => [issue.path.join("."), issue.message]).sort()).toEqual([
      ["depositedMin", "validation.amount"],
      ["dir", expect.any(String)],
      ["signedIn", "validation.users.signedIn"],
      ["sort", expect.any(String)],
      ["spentMin", "validation.amount"],
    ]);
    for (const days of ["3651", "1e3", "7.5", "soon"]) expect(readUserListQuery({ signedIn: days }).invalid).toHaveLength(1);
  });
});
