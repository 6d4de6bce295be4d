import { describe, expect, it } from "vitest";
import { platformOf } from "./platforms";

describe("platformOf", () => {
  it("reads the platform from a category's name", () => {
    expect(platformOf("Facebook Page Likes")).toBe("facebook");
    expect(platformOf("FB Post Reactions [Bangladesh]")).toBe("facebook");
    expect(platformOf("Instagram Followers")).toBe("instagram");
    expect(platformOf("TikTok Views")).toBe("tiktok");
    expect(platformOf("YouTube Watch Time")).toBe("youtube");
    expect(platformOf("X / Twitter Followers")).toBe("twitter");
    expect(platformOf("Website Traffic from Bangladesh")).toBe("website");
  });

  it("does not guess from a word inside another word", () => {
    expect(platformOf("Big Offers")).toBeNull();
    expect(platformOf("Fbx bundles")).toBeNull();
    expect(platformOf("Extra services")).toBeNull();
  });
});
