import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { type ReactNode, useEffect } from "react";
import { FormProvider, type UseFormReturn, useForm } from "react-hook-form";
import { FormErrorsProvider } from "./fields/use-field-error";
import { emptyFormValues, type FormValues } from "./form-values";

type Form = UseFormReturn<FormValues>;

/**
 * The contact form's state around a part of the form, for component tests: an empty form
 * (one blank email, phone and URL row), no validation, and the form handed to `onForm`.
 */
export function TestForm({
  children,
  onForm,
}: {
  children: ReactNode;
  onForm?: (form: Form) => void;
}) {
  const form = useForm<FormValues>({ defaultValues: emptyFormValues() });
  useEffect(() => onForm?.(form), [form, onForm]);
  return (
    <FormProvider {...form}>
      <FormErrorsProvider>
        <form noValidate onSubmit={(event) => event.preventDefault()}>
          {children}
        </form>
      </FormErrorsProvider>
    </FormProvider>
  );
}

/**
 * Renders `ui` inside a `TestForm`; `values()` reads the form's values as they are now, and
 * `methods()` gives react-hook-form's own handle on the form.
 */
export function renderInForm(ui: ReactNode) {
  let form: Form | undefined;
  const user = userEvent.setup();
  const rendered = render(
    <TestForm
      onForm={(current) => {
        form = current;
      }}
    >
      {ui}
    </TestForm>,
  );
  const methods = (): Form => {
    if (!form) throw new Error("The test form has not rendered yet");
    return form;
  };
  return { ...rendered, user, values: () => methods().getValues(), methods };
}
