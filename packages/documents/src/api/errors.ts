/** A problem with the request (unknown kind, period, format or scorecard): the caller's fault, in Italian. */
export type DocumentErrorCode = 'kind.unknown' | 'format.unknown' | 'period.unknown' | 'period.missing' | 'scorecard.unknown' | 'scorecard.none' | 'narratives.invalid';

export class DocumentError extends Error {
  constructor(
    readonly code: DocumentErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DocumentError';
  }
}
