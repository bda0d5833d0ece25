// @vitest-environment jsdom
import { act, cleanup, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { EMAIL_TYPES } from "../../../shared/close/contact-types";
import { renderInForm } from "../test-form";
import { EmailRows, FreeCustomRows, UrlRows } from "./row-lists";

afterEach(cleanup);

/** The index of every email row rendered, in order: EmailRow, counted, otherwise itself. */
const renderedEmailRows = vi.hoisted((): number[] => []);
vi.mock("./rows", async (importOriginal) => {
  const rows = await importOriginal<typeof import("./rows")>();
  return {
    ...rows,
    EmailRow: (props: { index: number }) => {
      renderedEmailRows.push(props.index);
      return <rows.EmailRow {...props} />;
    },
  };
});

/** The path of every field rendered (text and select), in order, counted where it binds. */
const renderedFields = vi.hoisted((): string[] => []);
vi.mock("../fields/use-bound-field", async (importOriginal) => {
  const binding = await importOriginal<typeof import("../fields/use-bound-field")>();
  return {
    useBoundField: (...args: Parameters<typeof binding.useBoundField>) => {
      renderedFields.push(args[0]);
      return binding.useBoundField(...args);
    },
  };
});

const emailRows = <EmailRows />;
const urlRows = <UrlRows />;
const freeCustomRows = <FreeCustomRows />;

const button = (name: string) => screen.getByRole("button", { name });
const textbox = (name: string) => screen.getByRole("textbox", { name });
const legend = (name: string) => screen.getByText(name, { selector: "legend" });

type EmailType = (typeof EMAIL_TYPES)[number];

/** The email rows with these values and types, typed and chosen as a person would. */
async function renderEmails(rows: readonly [string, EmailType][]) {
  const form = renderInForm(emailRows);
  for (const [index, [value, type]] of rows.entries()) {
    const n = index + 1;
    if (index > 0) await form.user.click(button("Add email"));
    await form.user.type(textbox(`Email ${n}`), value);
    await form.user.selectOptions(screen.getByRole("combobox", { name: `Email ${n} type` }), type);
  }
  return form;
}

/** What the rows show, in order: each row's input and its type select. */
function shownEmails(): [string, string][] {
  const group = screen.getByRole("group", { name: "Emails" });
  const inputs = within(group).getAllByRole<HTMLInputElement>("textbox");
  return inputs.map((input, index) => [
    input.value,
    within(group).getByRole<HTMLSelectElement>("combobox", { name: `Email ${index + 1} type` })
      .value,
  ]);
}

const ADA: [string, EmailType] = ["ada@example.com", "office"];
const ADA_HOME: [string, EmailType] = ["ada@home.example", "home"];
const ADA_OTHER: [string, EmailType] = ["ada@other.example", "other"];
const asFormRows = (rows: [string, EmailType][]) => rows.map(([value, type]) => ({ value, type }));

describe.each([
  {
    legend: "Emails",
    noun: "email",
    label: "Email",
    ui: emailRows,
    list: "emails",
    type: "office",
  },
  { legend: "URLs", noun: "URL", label: "URL", ui: urlRows, list: "urls", type: "url" },
] as const)("RepeatableRows of $legend", ({ legend: name, noun, label, ui, list, type }) => {
  const samples = ["https://one.example", "https://two.example", "https://three.example"];
  const values = (form: ReturnType<typeof renderInForm>) =>
    form.values()[list].map((row) => row.value);

  /** Three rows holding the samples (URLs with a scheme, so leaving them changes nothing). */
  async function renderThreeRows() {
    const form = renderInForm(ui);
    for (const [index, sample] of samples.entries()) {
      if (index > 0) await form.user.click(button(`Add ${noun}`));
      await form.user.type(textbox(`${label} ${index + 1}`), sample);
    }
    return form;
  }

  it(`is a group named "${name}" holding the first row's input and type`, () => {
    renderInForm(ui);
    const group = screen.getByRole("group", { name });
    expect(within(group).getByRole("textbox", { name: `${label} 1` })).toBeDefined();
    expect(within(group).getByRole("combobox", { name: `${label} 1 type` })).toBeDefined();
    expect(within(group).getByRole("button", { name: `Remove ${noun} 1` })).toBeDefined();
  });

  it(`"Add ${noun}" adds a row and moves focus to its input`, async () => {
    const form = renderInForm(ui);
    await form.user.click(button(`Add ${noun}`));

    expect(document.activeElement).toBe(textbox(`${label} 2`));
    expect(screen.getByRole("combobox", { name: `${label} 2 type` })).toBeDefined();
    expect(button(`Remove ${noun} 2`)).toBeDefined();
    expect(form.values()[list]).toEqual([
      { value: "", type },
      { value: "", type },
    ]);
  });

  it(`"Remove ${noun} 1" removes the first row and focuses the next row's input`, async () => {
    const form = await renderThreeRows();
    await form.user.click(button(`Remove ${noun} 1`));

    expect(values(form)).toEqual(samples.slice(1));
    const next = textbox(`${label} 1`);
    expect(next).toHaveProperty("value", samples[1]);
    expect(document.activeElement).toBe(next);
    expect(screen.queryByRole("textbox", { name: `${label} 3` })).toBeNull();
  });

  it(`removing a middle row focuses the row that takes its place`, async () => {
    const form = await renderThreeRows();
    await form.user.click(button(`Remove ${noun} 2`));

    expect(values(form)).toEqual([samples[0], samples[2]]);
    expect(document.activeElement).toBe(textbox(`${label} 2`));
    expect(textbox(`${label} 2`)).toHaveProperty("value", samples[2]);
  });

  it(`removing the last row focuses the legend "${name}"`, async () => {
    const form = await renderThreeRows();
    await form.user.click(button(`Remove ${noun} 3`));

    expect(values(form)).toEqual(samples.slice(0, 2));
    expect(document.activeElement).toBe(legend(name));
  });

  it(`removing the only row leaves no rows and focuses the legend "${name}"`, async () => {
    const form = renderInForm(ui);
    await form.user.click(button(`Remove ${noun} 1`));

    expect(form.values()[list]).toEqual([]);
    expect(screen.queryByRole("textbox")).toBeNull();
    expect(document.activeElement).toBe(legend(name));
  });
});

describe("RepeatableRows: the primary row (emails)", () => {
  it("offers every row but the first to be made primary", async () => {
    await renderEmails([ADA, ADA_HOME, ADA_OTHER]);
    expect(screen.queryByRole("button", { name: "Make email 1 primary" })).toBeNull();
    expect(button("Make email 2 primary")).toBeDefined();
    expect(button("Make email 3 primary")).toBeDefined();
    // The button shows "Make primary"; its name says which row.
    expect(button("Make email 3 primary").textContent).toBe("Make primary");
  });

  it('"Make email 3 primary" puts row 3 first, value and type together, and focuses it', async () => {
    const form = await renderEmails([ADA, ADA_HOME, ADA_OTHER]);
    await form.user.click(button("Make email 3 primary"));

    const rows = [ADA_OTHER, ADA, ADA_HOME];
    expect(form.values().emails).toEqual(asFormRows(rows));
    expect(shownEmails()).toEqual(rows);
    expect(document.activeElement).toBe(textbox("Email 1"));
    expect(screen.queryByRole("button", { name: "Make email 1 primary" })).toBeNull();
    expect(button("Make email 3 primary")).toBeDefined();
  });

  it.each([
    ["Enter", "{Enter}"],
    ["Space", " "],
  ])("makes a row primary from the keyboard with %s", async (_key, press) => {
    const form = await renderEmails([ADA, ADA_HOME]);
    await form.user.click(textbox("Email 2"));
    await form.user.tab(); // the type select
    await form.user.tab();
    expect(document.activeElement).toBe(button("Make email 2 primary"));

    await form.user.keyboard(press);
    expect(form.values().emails).toEqual(asFormRows([ADA_HOME, ADA]));
    expect(document.activeElement).toBe(textbox("Email 1"));
  });
});

describe("URL rows", () => {
  it.each([
    ["example.com", "https://example.com"],
    ["http://example.com/page", "http://example.com/page"],
    ["//example.com", "https://example.com"],
  ])("%j becomes %j on leaving the input", async (typed, completed) => {
    const form = renderInForm(urlRows);
    await form.user.type(textbox("URL 1"), typed);
    await form.user.tab();

    expect(textbox("URL 1")).toHaveProperty("value", completed);
    expect(form.values().urls).toEqual([{ value: completed, type: "url" }]);
  });

  it("leaves a blank URL blank", async () => {
    const form = renderInForm(urlRows);
    await form.user.click(textbox("URL 1"));
    await form.user.tab();
    expect(form.values().urls).toEqual([{ value: "", type: "url" }]);
  });
});

describe("Custom field rows", () => {
  it("start empty; a new row focuses its key input, and none can be made primary", async () => {
    const form = renderInForm(freeCustomRows);
    expect(screen.getByRole("group", { name: "Custom fields" })).toBeDefined();
    expect(screen.queryByRole("textbox")).toBeNull();

    await form.user.click(button("Add custom field"));
    expect(document.activeElement).toBe(textbox("Custom field 1 key"));
    expect(textbox("Custom field 1 value")).toBeDefined();
    await form.user.click(button("Add custom field"));
    expect(screen.queryByRole("button", { name: /primary/ })).toBeNull();
    await form.user.click(button("Remove custom field 2"));

    await form.user.type(textbox("Custom field 1 key"), "cf_abc");
    await form.user.type(textbox("Custom field 1 value"), "42");
    expect(form.values().freeCustom).toEqual([{ key: "cf_abc", value: "42" }]);

    await form.user.click(button("Remove custom field 1"));
    expect(form.values().freeCustom).toEqual([]);
    expect(document.activeElement).toBe(legend("Custom fields"));
  });
});

describe("RepeatableRows rendering", () => {
  it("adding a row renders the new row, not the others", async () => {
    const form = renderInForm(emailRows);
    for (let rows = 1; rows < 5; rows++) await form.user.click(button("Add email"));
    renderedEmailRows.length = 0;
    renderedFields.length = 0;
    await form.user.click(button("Add email"));
    expect(renderedEmailRows).toEqual([5]);
    // Nor do the other rows' fields render by themselves (as on a change of the form's state).
    expect(new Set(renderedFields)).toEqual(new Set(["emails.5.value", "emails.5.type"]));
  });

  it("a new state of the form with the same error messages renders no field again", async () => {
    const form = renderInForm(emailRows);
    for (let rows = 1; rows < 3; rows++) await form.user.click(button("Add email"));
    act(() => form.methods().setError("emails.1.value", { message: "Not an address" }));
    expect(textbox("Email 2").getAttribute("aria-invalid")).toBe("true");
    renderedFields.length = 0;
    // react-hook-form sends its state, errors included, as it does after a row is added.
    act(() => form.methods().clearErrors("emails.0.value"));
    expect(renderedFields).toEqual([]);
    act(() => form.methods().clearErrors("emails.1.value"));
    expect(textbox("Email 2").getAttribute("aria-invalid")).toBeNull();
  });

  it("shows a message on a row's type select, as on its input", async () => {
    const form = renderInForm(emailRows);
    await form.user.click(button("Add email"));
    act(() => form.methods().setError("emails.1.type", { message: "Not a type Close knows." }));
    const select = screen.getByRole("combobox", { name: "Email 2 type" });
    expect(select.getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByText("Not a type Close knows.").id).toBe(
      select.getAttribute("aria-describedby"),
    );
  });

  it("typing in a row renders no row again", async () => {
    const form = renderInForm(emailRows);
    for (let rows = 1; rows < 3; rows++) await form.user.click(button("Add email"));
    renderedEmailRows.length = 0;
    await form.user.type(textbox("Email 2"), "ada@example.com");
    expect(renderedEmailRows).toEqual([]);
    expect(form.values().emails[1]?.value).toBe("ada@example.com");
  });
});
