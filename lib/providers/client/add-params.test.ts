import { describe, expect, it } from "vitest";
import { addOrderForm } from "./add-params";

const link = "https://example.com/p/1";

describe("add fields by service type", () => {
  it("sends the protocol's fields for each type", () => {
    expect(addOrderForm({ type: "DEFAULT", service: 1, link, quantity: 100 })).toEqual({
      service: "1",
      link,
      quantity: 100,
      runs: undefined,
      interval: undefined,
    });
    expect(addOrderForm({ type: "PACKAGE", service: 2, link })).toEqual({ service: "2", link });
    expect(addOrderForm({ type: "SEO", service: 3, link, quantity: 10, keywords: ["smm panel", "buy likes"] })).toMatchObject({
      keywords: "smm panel\nbuy likes",
      quantity: 10,
    });
    expect(addOrderForm({ type: "CUSTOM_COMMENTS_PACKAGE", service: 4, link, comments: "a\r\nb\n\n" })).toEqual({
      service: "4",
      link,
      comments: "a\nb",
    });
    expect(
      addOrderForm({ type: "MENTIONS_WITH_HASHTAGS", service: 5, link, quantity: 5, usernames: ["u1", "u2"], hashtags: "#a" }),
    ).toMatchObject({ usernames: "u1\nu2", hashtags: "#a" });
    expect(addOrderForm({ type: "MENTIONS_CUSTOM_LIST", service: 6, link, usernames: "u1\nu2" })).toEqual({
      service: "6",
      link,
      usernames: "u1\nu2",
    });
    expect(addOrderForm({ type: "MENTIONS_HASHTAG", service: 7, link, quantity: 5, hashtag: "#x" })).toMatchObject({ hashtag: "#x" });
    expect(addOrderForm({ type: "MENTIONS_USER_FOLLOWERS", service: 8, link, quantity: 5, username: "who" })).toMatchObject({
      username: "who",
    });
    expect(addOrderForm({ type: "MENTIONS_MEDIA_LIKERS", service: 9, link, quantity: 5, media: "https://m" })).toMatchObject({
      media: "https://m",
    });
    expect(addOrderForm({ type: "COMMENT_LIKES", service: 10, link, quantity: 5, username: "author" })).toMatchObject({
      username: "author",
    });
    expect(addOrderForm({ type: "POLL", service: 11, link, quantity: 5, answerNumber: 2 })).toMatchObject({ answer_number: 2 });
  });

  it("sends subscriptions with snake-case options and expiry as d/m/Y", () => {
    expect(
      addOrderForm({
        type: "SUBSCRIPTIONS",
        service: 12,
        username: "acct",
        min: 100,
        max: 200,
        posts: 10,
        oldPosts: 0,
        delay: 30,
        expiry: new Date(Date.UTC(2025, 0, 5)),
      }),
    ).toEqual({ service: "12", username: "acct", min: 100, max: 200, posts: 10, old_posts: 0, delay: 30, expiry: "05/01/2025" });
  });

  it("refuses values no provider accepts, before anything is sent", () => {
    expect(() => addOrderForm({ type: "DEFAULT", service: 1, link, quantity: 1.5 })).toThrow(RangeError);
    expect(() => addOrderForm({ type: "DEFAULT", service: 1, link, quantity: 0 })).toThrow(RangeError);
    expect(() => addOrderForm({ type: "DEFAULT", service: 1, link, quantity: 10, runs: 3 })).toThrow(/runs and interval/);
    expect(() => addOrderForm({ type: "SUBSCRIPTIONS", service: 1, username: "a", min: 10, max: 5 })).toThrow(RangeError);
  });
});
