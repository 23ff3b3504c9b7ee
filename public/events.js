// The host page's script of events.html: logs every event of <team-page>
// (they bubble and are composed, so the document hears them), and sets
// properties from the host (which fire no event).
import { EVENTS } from './team-page.js';

const el = document.getElementById('team');
const log = document.getElementById('log');

for (const name of EVENTS) {
  document.addEventListener(name, (e) => {
    const line = document.createElement('li');
    const code = document.createElement('code');
    code.textContent = `${name} ${JSON.stringify(e.detail)}`;
    line.append(code);
    log.append(line);
  });
}

document.getElementById('set-filter').addEventListener('click', () => { el.filter = 'traffic'; });
document.getElementById('set-view').addEventListener('click', () => { el.view = 'people'; });
