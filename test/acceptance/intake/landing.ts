// Form responses host-side: landed without firing any trigger (a trigger that never ran), and the trigger's event built by hand.

import type { Emulator } from '../../../src/emulator';
import { Form } from '../../../src/emulator/services/comms/formApp';
import { FormResponse } from '../../../src/emulator/services/comms/formResponses';
import { questionsOf, type ResponseModel } from '../../../src/emulator/services/comms/formStore';
import { recordResponse } from '../../../src/emulator/services/comms/responseLanding';

/** Stores a response on the form and appends its row to the response tab, firing nothing. */
export function responseLanding(
  emu: Emulator,
  formId: string,
  answers: Record<string, string | string[]>,
): ResponseModel {
  const g = emu.backend;
  const store = g.stores.comms.forms;
  const form = store.get(formId)!;
  const questions = questionsOf(form);
  const list = Object.entries(answers).map(([title, value]) => {
    const q = questions.find((x) => x.title === title);
    if (!q) throw new Error(`no question "${title}"`);
    return { itemId: q.id, value };
  });
  return recordResponse(g, store, form, { answers: list, respondentEmail: '', at: g.clock.date() }).response;
}

/** The event an installable form-submit trigger on the form receives: {authMode, response, source, triggerUid}. */
export function submitEvent(emu: Emulator, formId: string, response: ResponseModel): Record<string, unknown> {
  const g = emu.backend;
  const store = g.stores.comms.forms;
  const form = store.get(formId)!;
  return {
    authMode: 'FULL',
    response: new FormResponse(g, store, form, response),
    source: new Form(g, store, form),
    triggerUid: 'redelivered',
  };
}
