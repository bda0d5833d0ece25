// @vitest-environment jsdom
import { cleanup, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { CONTACT_CUSTOM_FIELDS } from "../../../server/fake-close/fixtures";
import type { CustomField } from "../../../shared/close/custom-field";
import { WithQueries } from "../../api/WithQueries";
import { renderInForm } from "../test-form";
import { CustomFieldInput } from "./CustomFieldInput";

afterEach(cleanup);

/** One of the stand-in's contact custom fields, by its Close name. */
function fixture(name: string): CustomField {
  const field = CONTACT_CUSTOM_FIELDS.find((candidate) => candidate.name === name);
  if (!field) throw new Error(`The stand-in has no custom field named ${name}`);
  return field;
}

/** The text of the hint (and error) an input's aria-describedby points at. */
function description(element: HTMLElement): string {
  const ids = element.getAttribute("aria-describedby")?.split(" ") ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? "").join(" ");
}

// Under the page's query client, as the custom fields are: the pickers ask our server for people.
const renderField = (field: CustomField) =>
  renderInForm(
    <WithQueries>
      <CustomFieldInput field={field} />
    </WithQueries>,
  );

const isInput = (type: string) => (control: HTMLElement) => {
  expect(control).toBeInstanceOf(HTMLInputElement);
  expect(control).toHaveProperty("type", type);
};

interface TypedCase {
  name: string;
  control: string;
  assertControl: (control: HTMLElement) => void;
  typed: string;
  hint?: RegExp;
}

/** Every type whose input takes typing; each case names a fixture field of that type. */
const typedCases: TypedCase[] = [
  { name: "Nickname", control: "a text input", assertControl: isInput("text"), typed: "Ace" },
  {
    name: "Notes",
    control: "a textarea",
    assertControl: (control) => expect(control).toBeInstanceOf(HTMLTextAreaElement),
    typed: "Met at the conference.\nLikes dashboards.",
  },
  {
    name: "Seats",
    control: "a decimal text input",
    assertControl: (control) => {
      isInput("text")(control);
      expect(control.getAttribute("inputmode")).toBe("decimal");
    },
    typed: "12.5",
  },
  {
    name: "Birthday",
    control: "a date input",
    assertControl: isInput("date"),
    typed: "1990-04-01",
  },
  {
    name: "Last demo",
    control: "a datetime-local input",
    assertControl: isInput("datetime-local"),
    typed: "2024-05-01T14:30",
    hint: /time zone/,
  },
  {
    name: "Account owner",
    control: "a combobox that takes a pasted user id",
    assertControl: (control) => {
      isInput("text")(control);
      expect(control.getAttribute("role")).toBe("combobox");
    },
    typed: "user_N6KhMpzHRCYQHdn4gRNIFNN5JExnsrprKA6ekxM63XA",
    hint: /user_/,
  },
  {
    name: "Referred by",
    control: "a combobox that takes a pasted contact id",
    assertControl: (control) => {
      isInput("text")(control);
      expect(control.getAttribute("role")).toBe("combobox");
    },
    typed: "cont_sNIdBgngvbdTTEN1mspKgUqKAWfbul4IITvnWoRw1T7",
    hint: /cont_/,
  },
];

describe("CustomFieldInput", () => {
  it("has a case for every fixture field", () => {
    const covered = [...typedCases.map((typedCase) => typedCase.name), "Role", "Products"];
    expect(CONTACT_CUSTOM_FIELDS.map((field) => field.name).sort()).toEqual(covered.sort());
  });

  describe.each(typedCases)("$name", ({ name, control: kind, assertControl, typed, hint }) => {
    const field = fixture(name);

    it(`is ${kind}, labelled "${name}"`, () => {
      renderField(field);
      assertControl(screen.getByLabelText(name));
    });

    it(`puts what is typed at custom.${field.id}`, async () => {
      const form = renderField(field);
      const control = screen.getByLabelText(name);
      await form.user.type(control, typed);

      expect(control).toHaveProperty("value", typed);
      expect(form.values().custom).toEqual({ [field.id]: typed });
    });

    if (hint) {
      it(`describes itself with a hint matching ${hint}`, () => {
        renderField(field);
        expect(description(screen.getByLabelText(name))).toMatch(hint);
      });
    }
  });

  it("shows Close's description of a field as its hint, in place of the default one", () => {
    renderField({ ...fixture("Account owner"), description: "Who looks after the account." });
    expect(description(screen.getByLabelText("Account owner"))).toBe(
      "Who looks after the account.",
    );
  });

  describe("a single choice (Role)", () => {
    const role = fixture("Role");

    it('is a select of "Not set" and each choice', () => {
      renderField(role);
      const select = screen.getByRole("combobox", { name: "Role" });
      const options = within(select).getAllByRole("option");
      expect(options.map((option) => option.textContent)).toEqual([
        "Not set",
        ...(role.choices ?? []),
      ]);
      expect(select).toHaveProperty("value", "");
    });

    it(`puts the chosen choice at custom.${role.id}, and "" for "Not set"`, async () => {
      const form = renderField(role);
      const select = screen.getByRole("combobox", { name: "Role" });

      await form.user.selectOptions(select, "CEO");
      expect(form.values().custom[role.id]).toBe("CEO");

      await form.user.selectOptions(select, "Not set");
      expect(form.values().custom[role.id]).toBe("");
    });
  });

  describe("a multiple choice (Products)", () => {
    const products = fixture("Products");

    it("is a group of one checkbox per choice, none checked", () => {
      renderField(products);
      const group = screen.getByRole("group", { name: "Products" });
      const boxes = within(group).getAllByRole<HTMLInputElement>("checkbox");
      expect(boxes.map((box) => box.labels?.[0]?.textContent)).toEqual(products.choices);
      expect(boxes.filter((box) => box.checked)).toEqual([]);
    });

    it(`keeps the list of checked choices at custom.${products.id}`, async () => {
      const form = renderField(products);
      const group = screen.getByRole("group", { name: "Products" });
      const box = (choice: string) => within(group).getByRole("checkbox", { name: choice });

      await form.user.click(box("Calling"));
      await form.user.click(box("SMS"));
      expect(form.values().custom[products.id]).toEqual(["Calling", "SMS"]);

      await form.user.click(box("Calling"));
      expect(form.values().custom[products.id]).toEqual(["SMS"]);
      expect(box("Calling")).toHaveProperty("checked", false);
      expect(box("SMS")).toHaveProperty("checked", true);

      await form.user.click(box("SMS"));
      expect(form.values().custom[products.id]).toEqual([]);
    });

    it("is toggled from the keyboard with Space", async () => {
      const form = renderField(products);
      await form.user.tab();
      expect(document.activeElement).toBe(screen.getByRole("checkbox", { name: "Calling" }));
      await form.user.keyboard(" ");
      expect(form.values().custom[products.id]).toEqual(["Calling"]);
    });
  });

  it('falls back to a text input for a type it does not know ("whatever")', async () => {
    const mood: CustomField = {
      ...fixture("Nickname"),
      id: "cf_whatever0000000000000000000000000000000000",
      name: "Mood",
      type: "whatever",
    };
    const form = renderField(mood);
    const input = screen.getByLabelText("Mood");
    isInput("text")(input);

    await form.user.type(input, "sunny");
    expect(form.values().custom).toEqual({ [mood.id]: "sunny" });
  });
});
