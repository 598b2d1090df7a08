/** Why a draft could not be read or saved; each code has its own message in `drafts.error.*`. */
export type DraftStorageErrorCode = 'quota' | 'unavailable' | 'blocked' | 'corrupt' | 'unknown';

/**
 * A storage adapter failed: the device is full, the browser refuses storage (private mode,
 * a policy), another tab holds an older database open, or a stored record is damaged.
 * Adapters throw it instead of swallowing the failure, so `useDraft` can tell the user.
 */
export class DraftStorageError extends Error {
  override readonly name = 'DraftStorageError';
  /** What kind of failure this is. */
  readonly code: DraftStorageErrorCode;

  constructor(code: DraftStorageErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }

  /** Wraps any thrown value in a `DraftStorageError`, recognising quota and security errors. */
  static from(error: unknown, context: string): DraftStorageError {
    if (error instanceof DraftStorageError) return error;
    const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
    if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') {
      return new DraftStorageError(
        'quota',
        `${context}: the storage is full. Free some space or use another storage adapter.`,
        { cause: error },
      );
    }
    if (name === 'SecurityError' || name === 'InvalidStateError') {
      return new DraftStorageError(
        'unavailable',
        `${context}: the browser refused access to storage (private browsing or a site setting).`,
        { cause: error },
      );
    }
    const detail = error instanceof Error ? error.message : String(error);
    return new DraftStorageError('unknown', `${context}: ${detail}`, { cause: error });
  }
}
