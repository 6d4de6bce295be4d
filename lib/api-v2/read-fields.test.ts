import { describe, expect, it } from "vitest";
import { readFields } from "./read-fields";

const post = (body: string, type: string, query = "") =>
  new Request(`http://panel.test/api/v2${query}`, { method: "POST", headers: { "content-type": type }, body });

describe("readFields", () => {
  it("reads form-encoded, JSON and multipart bodies alike", async () => {
    expect(await readFields(post("key=k&action=status&orders=1,2", "application/x-www-form-urlencoded"))).toEqual({
      key: "k",
      action: "status",
      orders: "1,2",
    });
    expect(
      await readFields(
        post(
          JSON.stringify({ key: "k", action: "add", service: 3, quantity: 100, orders: [1, 2], comments: ["a", "b"] }),
          "application/json",
        ),
      ),
    ).toEqual({
      key: "k",
      action: "add",
      service: "3",
      quantity: "100",
      orders: "1,2",
      comments: "a\nb",
    });
    const form = new FormData();
    form.set("key", "k");
    form.set("action", "balance");
    expect(await readFields(new Request("http://panel.test/api/v2", { method: "POST", body: form }))).toEqual({
      key: "k",
      action: "balance",
    });
  });

  it("answers GET from the query string, but never takes a POST's key from its URL", async () => {
    expect(await readFields(new Request("http://panel.test/api/v2?key=k&action=balance"))).toEqual({ key: "k", action: "balance" });
    expect(await readFields(post("action=balance", "application/x-www-form-urlencoded", "?key=leaked"))).toEqual({ action: "balance" });
  });

  it("keeps a POST's URL key when the server accepts it (the demo provider)", async () => {
    const request = post("action=balance", "application/x-www-form-urlencoded", "?key=k");
    expect(await readFields(request, { keyInPostUrl: "accept" })).toEqual({ key: "k", action: "balance" });
  });

  it("returns undefined for a body it cannot read", async () => {
    expect(await readFields(post("{broken", "application/json"))).toBeUndefined();
    expect(await readFields(post("[1,2]", "application/json"))).toBeUndefined();
  });
});
