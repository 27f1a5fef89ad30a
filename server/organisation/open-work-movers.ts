import type { OpenWorkMover } from './open-work';
import { moveOpenIncomingDocuments } from '../documents/move-open-incoming-documents';

/** Every area's open-work mover, run when a unit is dissolved into a successor. */
export const OPEN_WORK_MOVERS: readonly OpenWorkMover[] = [moveOpenIncomingDocuments];
