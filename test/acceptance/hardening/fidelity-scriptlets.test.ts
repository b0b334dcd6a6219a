// Fidelity: a printing scriptlet prints its first statement only; the rest runs as a standard scriptlet.
import { Emulator } from '../../../src/emulator';

const source = `
function hello() { return HtmlService.createTemplate("<?= 'Hello, world!'; 'abc' ?>").evaluate().getContent(); }
function rest() {
  var t = HtmlService.createTemplate("<?= 'a;b'; var n = 2 ?>|<?!= '<i>' + n + '</i>'; n = 3 ?>|<?= n ?>|<?= [1, 2].map(function (x) { return x * 2; }).join(';') ?>");
  return t.evaluate().getContent();
}
`;

describe('HtmlService printing scriptlets', () => {
  // Source: https://developers.google.com/apps-script/guides/html/templates — "printing scriptlets only output the
  // value of their first statement; any remaining statements behave as if they were contained in a standard
  // scriptlet. So, for example, the scriptlet <?= 'Hello, world!'; 'abc' ?> only prints 'Hello, world!'".
  it("prints 'Hello, world!' for <?= 'Hello, world!'; 'abc' ?>", () => {
    expect(new Emulator({ source }).call('hello')).toBe('Hello, world!');
  });

  it('runs the statements after the first one; semicolons in strings and brackets do not split', () => {
    expect(new Emulator({ source }).call('rest')).toBe('a;b|<i>2</i>|3|2;4');
  });
});
