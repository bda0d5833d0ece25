/**
 * What only a submit needs — turning values into Close's payload, and Close's errors back into
 * field messages — loads with the first submit, keeping the first page load small.
 */
export { describeFailure } from "./describe-failure";
export { toClosePayload } from "./to-close-payload";
