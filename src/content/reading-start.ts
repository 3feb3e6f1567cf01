// The reading path's entry, injected by the worker with `scripting.executeScript` (files) once the
// page has held attention a while (src/background/injection/): built as one classic script (no
// module, no import) at READING_MODULE_PATH. It starts reading only on the order the worker left
// in this isolated world just before, and once: a second injection into the document does nothing.
import { READING_ORDER_KEY, type ReadingOrderSlot } from '../messaging/reading-order';
import { startInjectedReading } from './reading';

const world = globalThis as { [READING_ORDER_KEY]?: ReadingOrderSlot };
const slot = world[READING_ORDER_KEY];
if (slot && !slot.taken) {
  slot.taken = true;
  startInjectedReading(window, slot.order);
}
