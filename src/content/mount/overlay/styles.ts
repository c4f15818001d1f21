import theme from '../../../ui/theme.css?inline';
import verdict from '../../../ui/verdict.css?inline';
import overlay from './overlay.css?inline';

/** All of the overlay's CSS, inlined into each shadow root: no stylesheet is exposed to the page. */
export const OVERLAY_CSS = `${theme}\n${verdict}\n${overlay}`;
