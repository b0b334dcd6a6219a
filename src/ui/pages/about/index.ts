// The About dialog: shows the version and who is signed in, fetched from the server.
import '../../shared/sheets.css';
import { callServer } from '../../shared/rpc';

function show(id: string, text: string): void {
  const el = document.getElementById(id);
  if (el) el.textContent = text;
}

document.getElementById('close')?.addEventListener('click', () => google.script.host.close());

callServer('getAboutInfo')
  .then((info) => {
    show('version', info.version);
    show('timezone', info.timeZone);
    show('user', info.user || 'unknown');
  })
  .catch((e: Error) => {
    const el = document.getElementById('error');
    if (el) {
      el.textContent = `Could not load details: ${e.message}`;
      el.hidden = false;
    }
  });
