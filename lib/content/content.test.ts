import { describe, expect, it } from "vitest";
import { DEFAULT_CONTENT } from "./defaults";
import { faqIntro, splitFaq } from "./faq";
import { markdownDescription } from "./markdown-text";
import { CONTENT_BODY_MAX, contentPageInputSchema, saveContentPageSchema } from "./schemas";
import { CONTENT_PAGES, CONTENT_SLUGS, contentPagePath, isContentSlug } from "./slugs";

const valid = { titleEn: "Terms", titleBn: "শর্তাবলি", bodyEn: "Some text", bodyBn: "" };
const fieldsOf = (input: unknown) => {
  const result = saveContentPageSchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
};

describe("the pages' table", () => {
  it("has the four pages at their public paths", () => {
    expect(CONTENT_PAGES.map((page) => [page.slug, page.path])).toEqual([
      ["terms", "/terms"],
      ["privacy", "/privacy"],
      ["refund", "/refund-policy"],
      ["faq", "/faq"],
    ]);
    expect(contentPagePath("refund")).toBe("/refund-policy");
    expect(isContentSlug("faq")).toBe(true);
    for (const other of ["FAQ", "refund-policy", "__proto__", "constructor", "", 1, null]) expect(isContentSlug(other)).toBe(false);
  });

  it("has built-in texts for every page in both languages, which the editor's schema accepts", () => {
    for (const slug of CONTENT_SLUGS) {
      const texts = DEFAULT_CONTENT[slug];
      expect(contentPageInputSchema.safeParse(texts).success, slug).toBe(true);
      expect(texts.bodyBn.trim(), slug).not.toBe("");
      // Bengali digits only in the Bengali texts (the pages are checked for Latin digits).
      expect(texts.bodyBn.replace(/\]\([^)]*\)/g, "]"), slug).not.toMatch(/[0-9]/);
    }
    expect(DEFAULT_CONTENT.refund.bodyEn).toMatch(/refunded to your wallet|credited to your wallet/);
    expect(DEFAULT_CONTENT.refund.bodyEn).toMatch(/not back to bKash/);
  });
});

describe("the page schema", () => {
  it("accepts titles of 1–120 characters and texts up to 50,000, the Bengali text empty", () => {
    expect(fieldsOf({ slug: "terms", ...valid })).toEqual({});
    expect(
      fieldsOf({
        slug: "faq",
        ...valid,
        titleEn: "x".repeat(120),
        bodyEn: "y".repeat(CONTENT_BODY_MAX),
        bodyBn: "z".repeat(CONTENT_BODY_MAX),
      }),
    ).toEqual({});
  });

  it("names the field that is too long, empty or unknown", () => {
    expect(Object.keys(fieldsOf({ slug: "terms", ...valid, titleBn: "x".repeat(121) }))).toEqual(["titleBn"]);
    expect(Object.keys(fieldsOf({ slug: "terms", ...valid, bodyEn: "y".repeat(CONTENT_BODY_MAX + 1) }))).toEqual(["bodyEn"]);
    expect(Object.keys(fieldsOf({ slug: "terms", ...valid, bodyBn: "y".repeat(CONTENT_BODY_MAX + 1) }))).toEqual(["bodyBn"]);
    expect(fieldsOf({ slug: "terms", ...valid, titleEn: "   " })).toEqual({ titleEn: "validation.required" });
    expect(fieldsOf({ slug: "terms", ...valid, bodyEn: " \n " })).toEqual({ bodyEn: "validation.required" });
    expect(Object.keys(fieldsOf({ slug: "imprint", ...valid }))).toEqual(["slug"]);
    expect(Object.keys(fieldsOf({ slug: "terms", ...valid, bodyBn: 42 }))).toEqual(["bodyBn"]);
  });

  it("refuses a NUL in any text, naming its field", () => {
    for (const field of ["titleEn", "titleBn", "bodyEn", "bodyBn"])
      expect(fieldsOf({ slug: "privacy", ...valid, [field]: "before\u0000after" }), field).toEqual({ [field]: "validation.noNul" });
  });
});

describe("splitFaq", () => {
  it("makes each ## heading a question and the Markdown under it its answer", () => {
    const markdown =
      "Intro line.\n\n## How long?\n\nUsually a day.\n\n- one\n- two\n\n### Detail\n\nMore.\n\n## What is refill? ##\r\nA top-up.\n";
    expect(splitFaq(markdown)).toEqual([
      { question: "How long?", answerMarkdown: "Usually a day.\n\n- one\n- two\n\n### Detail\n\nMore." },
      { question: "What is refill?", answerMarkdown: "A top-up." },
    ]);
    expect(faqIntro(markdown)).toBe("Intro line.");
  });

  it("ignores headings inside fenced code, and empty headings", () => {
    const markdown = "## Q1\n\n```md\n## not a question\n```\n\n##\n\nstray\n\n## Q2\nA2";
    expect(splitFaq(markdown)).toEqual([
      { question: "Q1", answerMarkdown: "```md\n## not a question\n```" },
      { question: "Q2", answerMarkdown: "A2" },
    ]);
    expect(splitFaq("No questions at all.")).toEqual([]);
    expect(splitFaq("#Not a heading\n##also not")).toEqual([]);
  });

  it("finds 5 to 7 questions in the built-in FAQ, in both languages", () => {
    for (const body of [DEFAULT_CONTENT.faq.bodyEn, DEFAULT_CONTENT.faq.bodyBn]) {
      const items = splitFaq(body);
      expect(items.length).toBeGreaterThanOrEqual(5);
      expect(items.length).toBeLessThanOrEqual(7);
      for (const item of items) expect(item.answerMarkdown).not.toBe("");
    }
    expect(splitFaq(DEFAULT_CONTENT.faq.bodyEn).map((item) => item.question)).toEqual(
      expect.arrayContaining(["How long does an order take?", "What is refill?", "How do I add funds with bKash?"]),
    );
  });
});

describe("markdownDescription", () => {
  it("is the first paragraph as plain text", () => {
    expect(markdownDescription("## Heading\n\n- a list\n\nSee our **refund** [policy](/refund-policy) and `code`.\n\nSecond.")).toBe(
      "See our refund policy and code.",
    );
    expect(markdownDescription("<script>alert(1)</script>\n\nPlain words.")).toBe("Plain words.");
    expect(markdownDescription("## Only a heading")).toBe("");
  });

  it("is cut at a word near 160 characters", () => {
    const text = markdownDescription(`${"word ".repeat(60)}end`);
    expect(text.length).toBeLessThanOrEqual(160);
    expect(text).toMatch(/word…$/);
  });
});
