/**
 * The traffic light of an indicator as a chip: a colour, a mark and always
 * its words ("Đỏ: chậm tiến độ"), so colour is never the only signal.
 */
import { useText } from '../platform/i18n';
import type { Colour } from './api';
import { indicatorsText } from './text';

const MARKS: Record<Colour, string> = { green: '●', amber: '◐', red: '▲', grey: '○' };

export function ColourChip({ colour }: { colour: Colour }) {
  const t = useText(indicatorsText);
  return (
    <span className={`colour-chip colour-chip-${colour}`}>
      <span className="colour-chip-mark" aria-hidden="true">
        {MARKS[colour]}
      </span>
      {t.colour[colour]}
    </span>
  );
}
