import type { Translation } from '../Translation.js';
import type { drafts as en } from '../en/drafts.js';

/** Welsh strings for the `drafts.*` keys. Awaiting review by a fluent Welsh speaker. */
export const drafts: Translation<typeof en> = {
  status: {
    saving: 'Wrthi’n cadw…',
    saved: 'Wedi’i gadw am {{time}}',
    conflict: 'Heb ei gadw: cafodd y cynllun hwn ei newid mewn tab neu ffenestr arall.',
    reviewConflict: 'Dewiswch pa fersiwn i’w chadw',
  },
  error: {
    quota:
      'Methu cadw: does dim lle storio ar ôl ar y ddyfais hon. Mae eich newidiadau yn dal ar y dudalen hon.',
    unavailable:
      'Methu cadw: dydy’r porwr hwn ddim yn gadael i ni gadw yma. Mae eich newidiadau yn dal ar y dudalen hon.',
    blocked:
      'Methu cadw: mae’r cynllun hwn ar agor mewn fersiwn hŷn o’r dudalen hon mewn tab arall. Caewch y tab arall. Mae eich newidiadau yn dal ar y dudalen hon.',
    corrupt:
      'Methu cadw: mae’r copi o’r cynllun hwn sydd wedi’i gadw wedi’i ddifrodi. Mae eich newidiadau yn dal ar y dudalen hon.',
    unknown: 'Methu cadw: aeth rhywbeth o’i le. Mae eich newidiadau yn dal ar y dudalen hon.',
  },
  conflict: {
    heading: 'Cafodd y cynllun hwn ei newid mewn tab neu ffenestr arall',
    body: 'Mae’r un cynllun ar agor yn rhywle arall, a chafodd ei gadw yno tra oeddech chi’n gweithio yma. Does dim byd wedi’i ysgrifennu drosto. Dewiswch pa fersiwn i’w chadw.',
    theirsSavedAt: 'Cafodd y fersiwn arall ei chadw am {{time}}.',
    keepMine: 'Cadw fy fersiwn i',
    keepMineHint: 'Cadw beth sydd ar y dudalen hon. Bydd yn cymryd lle’r fersiwn arall.',
    takeTheirs: 'Defnyddio’r fersiwn arall',
    takeTheirsHint:
      'Dangos y fersiwn arall ar y dudalen hon. Fydd y newidiadau a wnaed ar y dudalen hon ddim yn cael eu cadw.',
    keepBoth: 'Cadw’r ddwy',
    keepBothHint: 'Cadw beth sydd ar y dudalen hon fel copi newydd. Bydd y fersiwn arall yn aros fel y mae.',
  },
};
