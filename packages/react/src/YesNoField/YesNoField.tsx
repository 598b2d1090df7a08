import type { ReactNode } from 'react';
import { RadiosField } from '../RadiosField/RadiosField.js';
import type { FieldProps } from '../internal/FieldParts.js';
import { useWholePicture } from '../WholePictureProvider/useWholePicture.js';

/** Props of {@link YesNoField}. */
export interface YesNoFieldProps extends FieldProps {
  /** `true` for yes, `false` for no, `undefined` when not answered. */
  value: boolean | undefined;
  /** Called with the answer. */
  onChange: (value: boolean) => void;
  /** Fields shown right after "Yes" while it is chosen. */
  reveal?: ReactNode;
  /** How many questions `reveal` holds, for the "Yes" option's hint. @default 0 */
  revealCount?: number;
  /** The radios' shared `name`. */
  name?: string;
}

/**
 * A yes/no question as two GOV.UK radios. Questions that follow "Yes" appear directly after
 * it; instead of `aria-expanded` (not allowed on a radio), the option's hint tells screen
 * reader users before they choose that more questions follow.
 */
export function YesNoField({ value, onChange, reveal, revealCount = 0, ...rest }: YesNoFieldProps) {
  const { t } = useWholePicture();
  const hasReveal = reveal !== undefined && reveal !== null && revealCount > 0;
  return (
    <RadiosField
      {...rest}
      inline={!hasReveal}
      value={value === undefined ? undefined : value ? 'yes' : 'no'}
      onChange={(next) => onChange(next === 'yes')}
      options={[
        {
          value: 'yes',
          label: t('ui.common.yes'),
          ...(hasReveal ? { hint: t('ui.yesNo.revealsHint', { count: revealCount }), reveal } : {}),
        },
        { value: 'no', label: t('ui.common.no') },
      ]}
    />
  );
}
