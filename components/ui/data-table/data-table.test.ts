import { createElement as h } from "react";
import { renderToString } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/lib/i18n/messages";
import { DataTable, type TableColumn } from "./data-table";

type Row = { id: number; name: string; status: string };
const columns: TableColumn<Row>[] = [
  { id: "id", meta: { label: "ID", key: true }, header: "ID", cell: ({ row }) => `#${row.original.id}` },
  { id: "name", meta: { label: "Name", hideBelow: "xl" }, header: "Name", cell: ({ row }) => row.original.name },
  { id: "note", meta: { label: "Note", hideOnPhone: true }, header: "Note", cell: () => "…" },
  { id: "status", meta: { label: "Status", key: true, stick: "right" }, header: "Status", cell: ({ row }) => row.original.status },
];
const rows: Row[] = [
  { id: 1, name: "First", status: "Done" },
  { id: 2, name: "Second", status: "Open" },
];

const render = (props: Partial<Parameters<typeof DataTable<Row>>[0]> = {}) =>
  renderToString(
    h(NextIntlClientProvider, {
      locale: "en",
      messages: MESSAGES.en,
      timeZone: "Asia/Dhaka",
      children: h(DataTable<Row>, { id: "things", columns, rows, rowId: (row) => String(row.id), empty: "Nothing yet", ...props }),
    }),
  );

describe("DataTable", () => {
  it("marks key columns, labels every cell for the phone's card and folds secondary columns", () => {
    const html = render();
    expect(html).toContain('data-testid="things"');
    // Two rows × two key cells, plus the two key headers.
    expect(html.match(/data-key-column=""/g)).toHaveLength(6);
    // The first key column titles the card (no label); the others carry theirs.
    expect(html).toContain('data-label="Name"');
    expect(html).not.toContain('data-label="ID"');
    expect(html).toContain("md:max-xl:hidden");
    expect(html).toContain("max-md:hidden");
    expect(html).toContain("md:sticky");
    // Only optional columns are offered in the Columns menu.
    expect(html).toContain(">Columns<");
    expect(html).toMatch(/aria-pressed="true"[^>]*>(?:(?!<\/button>).)*<\/span>Name<\/button>/);
    expect(html).not.toMatch(/<\/span>ID<\/button>/);
  });

  it("shows the empty state instead of an empty table", () => {
    const html = render({ rows: [] });
    expect(html).toContain("Nothing yet");
    expect(html).not.toContain("<table");
  });

  it("adds a named checkbox per row when rows can be selected", () => {
    const html = render({ selection: { selected: { "2": true }, onChange: () => {}, label: (row) => `Select thing ${row.id}` } });
    expect(html).toContain('aria-label="Select all rows"');
    expect(html).toContain('aria-label="Select thing 1"');
    expect(html).toMatch(/aria-label="Select thing 2"[^>]*checked/);
  });

  it("adds a footer row only when a column has a footer, folding with its column", () => {
    expect(render()).not.toContain("<tfoot");
    const html = render({
      columns: columns.map((column) => ({
        ...column,
        footer: column.id === "id" ? "Totals" : column.id === "name" ? "2 things" : undefined,
      })),
    });
    expect(html).toMatch(/<tfoot[^>]*>.*<th scope="row"[^>]*>Totals<\/th>/);
    expect(html).toMatch(/<td data-label="Name" class="[^"]*md:max-xl:hidden[^"]*">2 things<\/td>/);
  });

  it("announces a sort the page made through the URL", () => {
    const html = render({
      columns: columns.map((column) => (column.id === "name" ? { ...column, meta: { ...column.meta!, sorted: "desc" } } : column)),
    });
    expect(html).toMatch(/<th[^>]*aria-sort="descending"[^>]*>Name<\/th>/);
  });

  it("offers a sort button in every sortable header", () => {
    const html = render({ sortable: true, columns: columns.map((column) => ({ ...column, accessorFn: (row: Row) => row.id })) });
    expect(html.match(/<button type="button"/g)?.length).toBeGreaterThanOrEqual(4);
  });

  it("puts a heading row before each run of a group and a detail row under the rows that have one", () => {
    const three = [...rows, { id: 3, name: "Third", status: "Done" }];
    const html = render({
      rows: three,
      group: { of: (row) => row.status, header: (status, members) => `${status}: ${members.map((row) => row.id).join("+")}` },
      rowDetail: (row) => (row.id === 2 ? "editing two" : null),
    });
    // Done (1), Open (2), Done again (3): a heading wherever the key changes, given every row with that key.
    expect(html.match(/data-row-group=/g)).toHaveLength(3);
    expect(html).toMatch(/data-row-group="Done"[^>]*><td colSpan="4"[^>]*>Done: 1\+3</);
    expect(html.match(/data-row-detail=/g)).toHaveLength(1);
    expect(html.indexOf("Second")).toBeLessThan(html.indexOf("editing two"));
    expect(html.indexOf("editing two")).toBeLessThan(html.indexOf("Third"));
  });
});
