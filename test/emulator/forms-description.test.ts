// Fidelity test: Form.getDescription returns what setDescription stored, on a form opened again by id (setup
// rewrites the privacy notice line of an existing intake form this way, issue 13).
import { Emulator } from '../../src/emulator';

const source = `
function make() { return FormApp.create('Enquiry').setDescription('Tell us about your city').getId(); }
function read(id) { return FormApp.openById(id).getDescription(); }
function write(id, d) { FormApp.openById(id).setDescription(d); return FormApp.openById(id).getDescription(); }
function blank() { return FormApp.create('Blank').getDescription(); }
`;

describe('Form.getDescription / setDescription', () => {
  // Source: https://developers.google.com/apps-script/reference/forms/form#getDescription() and
  // #setDescription(String): the getter returns the form's description, the setter replaces it. That a new form's
  // description is empty is believed (the Forms editor shows none), not stated on the page.
  it('returns the description set, across openById, and empty for a new form', () => {
    const emu = new Emulator({ source });
    const id = emu.call<string>('make');
    expect(emu.call('read', [id])).toBe('Tell us about your city');
    expect(emu.call('write', [id, 'Line one\n\nPrivacy notice: https://x.example/p'])).toBe(
      'Line one\n\nPrivacy notice: https://x.example/p',
    );
    expect(emu.call('blank')).toBe('');
  });
});
