import { type ComponentType, lazy } from "react";

/**
 * A part of the page that talks to our server, loaded after the form, under the page's one
 * query client. The client loads with the first such part, not with the page: typing needs
 * none of it, and the first load stays small.
 */
export function lazyWithQueries<Props extends object>(
  load: () => Promise<{ default: ComponentType<Props> }>,
) {
  return lazy(async () => {
    const [{ default: Part }, { WithQueries }] = await Promise.all([
      load(),
      import("./WithQueries"),
    ]);
    return {
      default: (props: Props) => (
        <WithQueries>
          <Part {...props} />
        </WithQueries>
      ),
    };
  });
}
