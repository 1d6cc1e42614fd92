import type { Problem } from '@performa/core';

/**
 * Errors of the store. `StoreInputError` and its subclasses are the user's to fix (the CLI exits
 * with 2); any other error is internal.
 */
export class StoreError extends Error {
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreError';
    this.code = code;
  }
}

/** Bad input: an invalid document, an unknown entity or plan, a refused replace. */
export class StoreInputError extends StoreError {
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(code, message, options);
    this.name = 'StoreInputError';
  }
}

/** The document did not pass validation; nothing was written. */
export class InvalidDocumentError extends StoreInputError {
  readonly problems: Problem[];
  constructor(message: string, problems: Problem[]) {
    super('document.invalid', message);
    this.name = 'InvalidDocumentError';
    this.problems = problems;
  }
}

/** The plan already exists and `replace` was not asked for. */
export class PlanExistsError extends StoreInputError {
  constructor(
    message: string,
    readonly entityId: string,
    readonly planId: string,
  ) {
    super('plan.exists', message);
    this.name = 'PlanExistsError';
  }
}

/** Unknown entity or plan, or a plan to choose among several. */
export class PlanNotFoundError extends StoreInputError {
  constructor(
    code: 'entity.unknown' | 'plan.unknown' | 'plan.none' | 'plan.ambiguous',
    message: string,
    readonly entityId: string,
    readonly plans: string[],
  ) {
    super(code, message);
    this.name = 'PlanNotFoundError';
  }
}
