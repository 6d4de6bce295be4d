export type FaqItem = { question: string; answerMarkdown: string };

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** A level-2 ATX heading ("## Question", optionally closed by #s); "###" and deeper stay in the answer. */
const QUESTION = /^ {0,3}##(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;

/**
 * The FAQ's Markdown as questions and answers: each `## ` heading is a question, the Markdown under it
 * (up to the next `## `) its answer. Headings inside fenced code do not count; a heading with no text is
 * skipped with its answer. Text before the first question is left out (see faqIntro).
 */
export function splitFaq(markdown: string): FaqItem[] {
  return sections(markdown).items;
}

/** The Markdown before the FAQ's first question ("" when it starts with one). */
export function faqIntro(markdown: string): string {
  return sections(markdown).intro;
}

function sections(markdown: string): { intro: string; items: FaqItem[] } {
  const items: FaqItem[] = [];
  const intro: string[] = [];
  let current: { question: string; lines: string[] } | null = null;
  let fence: string | null = null;
  const close = () => {
    if (current && current.question) items.push({ question: current.question, answerMarkdown: current.lines.join("\n").trim() });
  };
  for (const line of markdown.replace(/\r\n?/g, "\n").split("\n")) {
    const fenceMark = FENCE.exec(line)?.[1];
    if (fence) {
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = null;
    } else if (fenceMark) {
      fence = fenceMark;
    } else {
      const heading = QUESTION.exec(line);
      if (heading) {
        close();
        current = { question: (heading[1] ?? "").trim(), lines: [] };
        continue;
      }
    }
    (current ? current.lines : intro).push(line);
  }
  close();
  return { intro: intro.join("\n").trim(), items };
}
