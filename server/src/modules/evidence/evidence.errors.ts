/**
 * Refusals of the evidence HTTP routes (/uploads, /evidence/:id). GraphQL mutations return typed
 * results instead; plain HTTP has only a status and a body, so each code maps to one status here,
 * exhaustively: a new code without a status does not compile.
 */
export enum EvidenceErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  NOT_ALLOWED = 'NOT_ALLOWED',
  VALIDATION_FAILED = 'VALIDATION_FAILED',
  NOT_FOUND = 'NOT_FOUND',
  PERIOD_CLOSED = 'PERIOD_CLOSED',
  SUBMISSION_LOCKED = 'SUBMISSION_LOCKED',
  TOO_LARGE = 'TOO_LARGE',
  UNSUPPORTED_TYPE = 'UNSUPPORTED_TYPE',
  UPLOAD_CONFLICT = 'UPLOAD_CONFLICT',
  METHOD_NOT_ALLOWED = 'METHOD_NOT_ALLOWED',
  BAD_REQUEST = 'BAD_REQUEST',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

const EVIDENCE_ERROR_STATUS: Record<EvidenceErrorCode, number> = {
  [EvidenceErrorCode.UNAUTHENTICATED]: 401,
  [EvidenceErrorCode.NOT_ALLOWED]: 403,
  [EvidenceErrorCode.VALIDATION_FAILED]: 400,
  [EvidenceErrorCode.NOT_FOUND]: 404,
  // Refusals by state are 403, not 409: tus clients read 409 as an offset conflict and retry.
  [EvidenceErrorCode.PERIOD_CLOSED]: 403,
  [EvidenceErrorCode.SUBMISSION_LOCKED]: 403,
  [EvidenceErrorCode.TOO_LARGE]: 413,
  [EvidenceErrorCode.UNSUPPORTED_TYPE]: 415,
  [EvidenceErrorCode.UPLOAD_CONFLICT]: 409,
  [EvidenceErrorCode.METHOD_NOT_ALLOWED]: 405,
  [EvidenceErrorCode.BAD_REQUEST]: 400,
  [EvidenceErrorCode.INTERNAL_SERVER_ERROR]: 500,
};

/** The code a bare HTTP status stands for, for errors that come without one (tus's own). */
export function codeForStatus(status: number): EvidenceErrorCode {
  switch (status) {
    case 401:
      return EvidenceErrorCode.UNAUTHENTICATED;
    case 403:
      return EvidenceErrorCode.NOT_ALLOWED;
    case 404:
    case 410:
      return EvidenceErrorCode.NOT_FOUND;
    case 405:
      return EvidenceErrorCode.METHOD_NOT_ALLOWED;
    case 409:
      return EvidenceErrorCode.UPLOAD_CONFLICT;
    case 413:
      return EvidenceErrorCode.TOO_LARGE;
    case 415:
      return EvidenceErrorCode.UNSUPPORTED_TYPE;
    default:
      return status >= 500 ? EvidenceErrorCode.INTERNAL_SERVER_ERROR : EvidenceErrorCode.BAD_REQUEST;
  }
}

/** One refused input: the header or metadata key (e.g. `requirementCode`, `Upload-Length`). */
export interface HttpFieldError {
  field: string;
  code: string;
  message: string;
}

/** The JSON body of every refusal: `{ code, message, fieldErrors }`. */
export interface EvidenceErrorBody {
  code: EvidenceErrorCode;
  message: string;
  fieldErrors: HttpFieldError[];
}

export class EvidenceHttpError extends Error {
  readonly code: EvidenceErrorCode;
  readonly fieldErrors: HttpFieldError[];

  constructor(code: EvidenceErrorCode, message: string, fieldErrors: HttpFieldError[] = []) {
    super(message);
    this.name = 'EvidenceHttpError';
    this.code = code;
    this.fieldErrors = fieldErrors;
  }

  get status(): number {
    return EVIDENCE_ERROR_STATUS[this.code];
  }

  get body(): EvidenceErrorBody {
    return { code: this.code, message: this.message, fieldErrors: this.fieldErrors };
  }

  /** A refusal of exactly one field. */
  static field(code: EvidenceErrorCode, field: string, fieldCode: string, message: string): EvidenceHttpError {
    return new EvidenceHttpError(code, message, [{ field, code: fieldCode, message }]);
  }

  /** Several invalid fields at once, as ValidationError does in GraphQL. */
  static validation(fieldErrors: HttpFieldError[]): EvidenceHttpError {
    return new EvidenceHttpError(
      EvidenceErrorCode.VALIDATION_FAILED,
      fieldErrors.map((e) => e.message).join('; '),
      fieldErrors,
    );
  }
}

/** 10485760 → "10 MB", 5000 → "4.9 KB": how a limit reads in a message. */
export function formatBytes(bytes: number): string {
  const units: Array<[number, string]> = [
    [1024 * 1024, 'MB'],
    [1024, 'KB'],
  ];
  for (const [size, unit] of units) {
    if (bytes >= size) return `${(bytes / size).toLocaleString('en', { maximumFractionDigits: 1 })} ${unit}`;
  }
  return `${bytes} bytes`;
}

/** The file (or its declared length, field "Upload-Length") exceeds the limit. */
export function tooLarge(field: string, maxBytes: number, message?: string): EvidenceHttpError {
  return EvidenceHttpError.field(
    EvidenceErrorCode.TOO_LARGE,
    field,
    'TOO_LARGE',
    message ?? `The file is larger than the limit of ${formatBytes(maxBytes)} (${maxBytes} bytes).`,
  );
}
