import { z } from "zod";

// Our CSP forbids eval. zod probes for it (new Function) before compiling fast paths, and the
// browser reports that probe as a CSP violation even though zod catches it: tell zod not to.
z.config({ jitless: true });
