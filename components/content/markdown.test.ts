import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown, safeUrl } from "./markdown";

const html = (markdown: string, locale: "en" | "bn" = "en") => renderToStaticMarkup(createElement(Markdown, { markdown, locale }));

// Text is escaped (&lt;), so every "<" in the markup opens a real element.
const openingTags = (markup: string) => [...markup.matchAll(/<([a-z][a-z0-9]*)\b([^>]*)>/gi)];
/** Every element's name in the markup, and every attribute's name. */
const tags = (markup: string) => openingTags(markup).map((match) => match[1].toLowerCase());
const attributes = (markup: string) =>
  openingTags(markup).flatMap((match) => [...match[2].matchAll(/\s([a-z-]+)(?==)/gi)].map((attribute) => attribute[1].toLowerCase()));

describe("Markdown renders staff-written text inert", () => {
  it("shows a <script> as text and runs nothing", () => {
    const markup = html("Hello\n\n<script>alert(1)</script>\n\nand inline <script>alert(2)</script> too");
    expect(tags(markup)).not.toContain("script");
    expect(markup).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(markup).toContain("&lt;script&gt;alert(2)&lt;/script&gt;");
  });

  it("shows an <img onerror> as text: no element, no event handler", () => {
    const markup = html('Look: <img src=x onerror=alert(1)> and\n\n<img src="x" onerror="window.__pwned=true">');
    expect(tags(markup)).not.toContain("img");
    expect(attributes(markup)).not.toContain("onerror");
    expect(markup).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });

  it("drops javascript:, data: and vbscript: links and images, keeping the words", () => {
    for (const url of [
      "javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      "&#106;avascript:alert(1)",
      "data:text/html;base64,PHNjcmlwdD4=",
      "vbscript:msgbox(1)",
    ]) {
      const markup = html(`[click me](${url}) ![pic](${url})`);
      expect(markup, url).toContain("click me");
      expect(markup, url).not.toMatch(/href=|src=/);
      expect(markup.toLowerCase(), url).not.toMatch(/javascript|data:|vbscript/);
    }
    expect(html("<javascript:alert(1)>")).not.toMatch(/href=/);
  });

  it("shows a raw <iframe>, <style>, <form> or <a href=javascript:> as text", () => {
    const markup = html(
      '<iframe src="https://evil.example"></iframe>\n\n<style>body{display:none}</style>\n\n<form action="/x"><button>Go</button></form>\n\n<a href="javascript:alert(1)">x</a>',
    );
    for (const tag of ["iframe", "style", "form", "button", "a"]) expect(tags(markup)).not.toContain(tag);
    expect(markup).toContain("&lt;iframe");
  });

  it("accepts no attributes of its own from the Markdown (no class, style or event handler)", () => {
    const markup = html('[x](https://a.example "title" onclick="alert(1)")\n\n*a*{: onclick=alert(1)}');
    expect(attributes(markup)).not.toContain("onclick");
    expect(attributes(markup)).not.toContain("style");
  });
});

describe("Markdown renders what pages need", () => {
  it("headings (a # is a section under the page's own title), paragraphs, emphasis", () => {
    const markup = html("# One\n\n## Two\n\n### Three\n\nSome **bold** and *italic* text.");
    expect(markup).toMatch(/<h2[^>]*>One<\/h2>/);
    expect(markup).toMatch(/<h2[^>]*>Two<\/h2>/);
    expect(markup).toMatch(/<h3[^>]*>Three<\/h3>/);
    expect(markup).not.toMatch(/<h1/);
    expect(markup).toMatch(/<strong[^>]*>bold<\/strong>/);
    expect(markup).toMatch(/<em>italic<\/em>/);
  });

  it("lists", () => {
    const markup = html("- one\n- two\n\n1. first\n2. second");
    expect(markup).toMatch(/<ul[^>]*>\s*<li[^>]*>one<\/li>\s*<li[^>]*>two<\/li>\s*<\/ul>/);
    expect(markup).toMatch(/<ol[^>]*>\s*<li[^>]*>first<\/li>\s*<li[^>]*>second<\/li>\s*<\/ol>/);
  });

  it("links: internal ones as they are, external ones apart with noopener nofollow ugc", () => {
    const markup = html(
      "[refunds](/refund-policy), [mail](mailto:help@panel.example), [call](tel:+8801712345678), [site](https://example.com/a?b=1)",
    );
    expect(markup).toMatch(/<a href="\/refund-policy" class="[^"]*">refunds<\/a>/);
    expect(markup).toContain('href="mailto:help@panel.example"');
    expect(markup).toContain('href="tel:+8801712345678"');
    expect(markup).toMatch(/<a href="https:\/\/example.com\/a\?b=1" class="[^"]*" target="_blank" rel="noopener nofollow ugc">site<\/a>/);
    expect(html("www.example.com")).toContain('rel="noopener nofollow ugc"');
  });

  it("GFM tables, in a box that scrolls by itself", () => {
    const markup = html("| Service | Refill |\n| --- | --- |\n| Followers | 30 days |");
    expect(markup).toMatch(/<div class="[^"]*overflow-x-auto[^"]*"><table/);
    expect(markup).toMatch(/<th[^>]*>Service<\/th>/);
    expect(markup).toMatch(/<td[^>]*>30 days<\/td>/);
  });

  it("marks the text's language, with footnote labels in it", () => {
    const markup = html("কথা[^1]\n\n[^1]: টীকা", "bn");
    expect(markup).toMatch(/^<div lang="bn"/);
    expect(markup).toContain("পাদটীকা");
    expect(markup).not.toContain("Footnotes");
  });
});

describe("safeUrl", () => {
  it("keeps relative, http(s), mailto and tel URLs and empties the rest", () => {
    for (const url of ["/terms", "#faq", "faq?x=1", "https://a.example", "http://a.example", "mailto:a@b.example", "tel:+880", "/a:b"])
      expect(safeUrl(url), url).toBe(url);
    for (const url of [
      "javascript:alert(1)",
      " javascript:alert(1)",
      "data:image/png;base64,AA",
      "vbscript:x",
      "file:///etc/passwd",
      "ftp://x",
    ])
      expect(safeUrl(url), url).toBe("");
  });
});
