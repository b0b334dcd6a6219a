// The About dialog: shows the version, who is signed in and the weekly snapshot's last outcome, from the server.
import '../../shared/sheets.css';
import { callServer } from '../../shared/rpc';
import { type Language, setLanguage, text } from '../../shared/uiText';

function show(id: string, text: string): void {
  const el = document.getElementById(id);
  if (el) el.textContent = text;
}

/** The dialog's fixed words in the current language. */
function label(): void {
  show('version-label', text('aboutVersion'));
  show('timezone-label', text('aboutTimeZone'));
  show('user-label', text('aboutUser'));
  show('snapshot-label', text('aboutSnapshot'));
  show('close', text('close'));
}

label();
document.getElementById('close')?.addEventListener('click', () => google.script.host.close());

callServer('getAboutInfo')
  .then((info) => {
    setLanguage(info.language as Language);
    label();
    show('version', info.version);
    show('timezone', info.timeZone);
    show('user', info.user || text('unknownUser'));
    show('snapshot', info.snapshot);
  })
  .catch((e: Error) => {
    const el = document.getElementById('error');
    if (el) {
      el.textContent = text('aboutError', { message: e.message });
      el.hidden = false;
    }
  });
