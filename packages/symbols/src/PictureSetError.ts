/** Thrown when `registerPictureSet` is given a set it cannot use; the message says how to fix it. */
export class PictureSetError extends TypeError {
  override name = 'PictureSetError';
}
