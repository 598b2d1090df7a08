import type { ReactElement } from 'react';
import { StyleSheet, Text, View } from '@react-pdf/renderer';
import { breakLongWords } from './breakLongWords.js';
import { fontStackFor } from './fontStackFor.js';
import { lineCount } from './textHeight.js';
import { pdfColours } from './pdfColours.js';

/** Props of {@link ScaleBar}. */
export interface ScaleBarProps {
  /** 1 to 10; values outside are clamped. */
  value: number;
  /** The reading in words, already translated: "Where I am now: 4 out of 10". */
  text: string;
}

const TEXT_SIZE = 16;

const styles = StyleSheet.create({
  reading: { marginTop: 6 },
  bar: { flexDirection: 'row', marginBottom: 4 },
  cell: {
    width: 18,
    height: 18,
    marginRight: 4,
    borderWidth: 1.5,
    borderColor: pdfColours.ink,
    borderRadius: 3,
  },
  filled: { backgroundColor: pdfColours.accent, borderColor: pdfColours.accent },
  text: { fontSize: TEXT_SIZE, lineHeight: 1.4, color: pdfColours.ink },
});

/** Below this many lines (set 300 points wide, narrower than any column it is drawn in), it stays whole. */
const KEEP_WHOLE_LINES = 6;

/**
 * A 1–10 reading drawn as ten boxes, the first `value` filled, with the reading in words below.
 * The boxes and words stay on one page, unless the words are so long (a host's own label, say)
 * that keeping them whole could push them past the foot of the page, where they would be lost.
 */
export function ScaleBar({ value, text }: ScaleBarProps): ReactElement {
  const filled = Math.min(10, Math.max(0, Math.round(value)));
  const keep = lineCount(text, TEXT_SIZE, 300) <= KEEP_WHOLE_LINES;
  return (
    <View style={styles.reading} wrap={!keep}>
      <View style={styles.bar}>
        {Array.from({ length: 10 }, (_, index) => (
          <View key={index} style={index < filled ? [styles.cell, styles.filled] : styles.cell} />
        ))}
      </View>
      <Text hyphenationCallback={breakLongWords} style={[styles.text, { fontFamily: fontStackFor([text]) }]}>
        {text}
      </Text>
    </View>
  );
}
