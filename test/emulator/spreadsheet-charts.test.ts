// Fidelity of embedded charts: Sheet.newChart → EmbeddedChartBuilder (setChartType with Charts.ChartType, addRange,
// removeRange, clearRanges, setOption, setPosition, asColumnChart…, build), Sheet.insertChart / getCharts /
// updateChart / removeChart, EmbeddedChart.getChartId / getRanges / getOptions().get / getContainerInfo / modify /
// getAs('image/png'), and charts kept by the workbench's state file.
// Sources: https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder
//          ("Changes made to the chart are not saved until Sheet.updateChart(chart) is called on the rebuilt chart")
//          https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart
//          (getChartId: "unique across the spreadsheet containing the chart or null if the chart is not in a spreadsheet")
//          https://developers.google.com/apps-script/reference/spreadsheet/container-info (1-indexed anchor row and column)
//          https://developers.google.com/apps-script/reference/spreadsheet/sheet#newChart()
//          https://developers.google.com/apps-script/reference/charts/chart-type
// Believed: the error wordings; a new builder's default position (A1, no offset); what the PNG looks like.
import { inflateSync } from 'node:zlib';
import { Emulator } from '../../src/emulator';
import { captureSpreadsheet } from '../../src/workbench/persistence/serviceState';
import { restoreConditionalRules } from '../../src/workbench/persistence/sheetMetadata';

const source = `
function sh() { return SpreadsheetApp.getActive().getSheets()[0]; }
function fill() {
  sh().getRange('A1:C4').setValues([['Hub','Members','New'],['Africa',4,1],['Europe',7,2],['Asia',2,0]]);
}
function describe(c) {
  var info = c.getContainerInfo();
  return { id: c.getChartId(), ranges: c.getRanges().map(function (r) { return r.getA1Notation(); }),
    title: c.getOptions().get('title'), missing: c.getOptions().get('legend.position'),
    at: [info.getAnchorRow(), info.getAnchorColumn(), info.getOffsetX(), info.getOffsetY()] };
}
function create() {
  var b = sh().newChart().setChartType(Charts.ChartType.COLUMN).addRange(sh().getRange('A1:B4'))
    .addRange(sh().getRange('A1:B4')).setOption('title', 'Members by hub').setPosition(6, 2, 10, 5);
  var built = b.build();
  var before = { builtId: built.getChartId(), charts: sh().getCharts().length, type: b.getChartType() };
  sh().insertChart(built);
  var second = sh().newChart().asLineChart().addRange(sh().getRange('A1:C4')).setOption('title', 'Trend').build();
  sh().insertChart(second);
  return { before: before, after: sh().getCharts().map(describe) };
}
function modifyWithoutUpdate() {
  var c = sh().getCharts()[0];
  c.modify().clearRanges().addRange(sh().getRange('A1:A2')).setOption('title', 'Changed').build();
  return describe(sh().getCharts()[0]);
}
function update() {
  var c = sh().getCharts()[0];
  var changed = c.modify().clearRanges().addRange(sh().getRange('A1:C4')).removeRange(sh().getRange('A1:C4'))
    .addRange(sh().getRange('A1:C3')).setOption('title', 'Changed').setPosition(1, 5, 0, 0).build();
  sh().updateChart(changed);
  return sh().getCharts().map(describe);
}
function png() {
  var blob = sh().getCharts()[0].getAs('image/png');
  return { type: blob.getContentType(), name: blob.getName(), bytes: blob.getBytes() };
}
function removeFirst() {
  var first = sh().getCharts()[0];
  sh().removeChart(first);
  sh().removeChart(first);
  var third = sh().newChart().asPieChart().addRange(sh().getRange('A1:B4')).build();
  sh().insertChart(third);
  return sh().getCharts().map(function (c) { return c.getChartId(); }).concat([first.getChartId()]);
}
function updateUnknown() { sh().updateChart(sh().newChart().asColumnChart().build()); }
function noType() { return sh().newChart().addRange(sh().getRange('A1:B2')).build(); }
function otherFormat() { return sh().getCharts()[0].getAs('application/pdf'); }
function ids() { return sh().getCharts().map(describe); }
`;

const unsigned = (bytes: number[]) => Buffer.from(bytes.map((b) => b & 0xff));

describe('embedded charts', () => {
  const emu = new Emulator({ source });
  emu.call('fill');
  let ids: number[] = [];

  it('a built chart has no id and is not on the sheet until insertChart; inserted charts get distinct ids', () => {
    const r = emu.call('create') as {
      before: { builtId: null; charts: number; type: string };
      after: { id: number; ranges: string[]; title: string; missing: null; at: number[] }[];
    };
    expect(r.before).toEqual({ builtId: null, charts: 0, type: 'COLUMN' });
    expect(r.after.map((c) => ({ ...c, id: typeof c.id }))).toEqual([
      { id: 'number', ranges: ['A1:B4'], title: 'Members by hub', missing: null, at: [6, 2, 10, 5] },
      { id: 'number', ranges: ['A1:C4'], title: 'Trend', missing: null, at: [1, 1, 0, 0] },
    ]);
    ids = r.after.map((c) => c.id);
    expect(new Set(ids).size).toBe(2);
  });

  it('modify().build() changes nothing until updateChart, which keeps the id', () => {
    expect(emu.call('modifyWithoutUpdate')).toMatchObject({
      id: ids[0],
      ranges: ['A1:B4'],
      title: 'Members by hub',
    });
    const after = emu.call('update') as { id: number; ranges: string[]; title: string; at: number[] }[];
    expect(after).toHaveLength(2);
    expect(after[0]).toMatchObject({ id: ids[0], ranges: ['A1:C3'], title: 'Changed', at: [1, 5, 0, 0] });
    expect(after[1]).toMatchObject({ id: ids[1], title: 'Trend' });
  });

  it("getAs('image/png') is a valid PNG drawn from the chart's data", () => {
    const r = emu.call('png') as { type: string; name: string; bytes: number[] };
    expect(r.type).toBe('image/png');
    expect(r.name).toBe('Changed.png');
    const buf = unsigned(r.bytes);
    expect(buf.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(buf.subarray(12, 16).toString('ascii')).toBe('IHDR');
    const width = buf.readUInt32BE(16);
    const height = buf.readUInt32BE(20);
    const idatAt = buf.indexOf('IDAT');
    const raw = inflateSync(buf.subarray(idatAt + 4, idatAt + 4 + buf.readUInt32BE(idatAt - 4)));
    expect(raw.length).toBe((width * 3 + 1) * height);
    // Bars are drawn: some pixel is neither white nor the grey axis.
    const coloured = raw.some((b, i) => i % (width * 3 + 1) !== 0 && b !== 255 && b !== 96);
    expect(coloured).toBe(true);
    expect(() => emu.call('otherFormat')).toThrow(/not supported/);
  });

  it('removeChart removes that chart only (twice is harmless); ids are not handed out again', () => {
    const r = emu.call('removeFirst') as number[];
    expect(r).toHaveLength(3);
    expect(r[0]).toBe(ids[1]);
    expect(ids).not.toContain(r[1]);
    expect(r[2]).toBe(ids[0]);
  });

  it('refuses to update a chart not on the sheet, and to build without a type', () => {
    expect(() => emu.call('updateUnknown')).toThrow(/not on this sheet/);
    expect(() => emu.call('noType')).toThrow(/Chart type/);
  });

  it("the workbench's state file keeps the charts: same ids, ranges, options and position", () => {
    const before = emu.call('ids');
    const saved = JSON.parse(JSON.stringify(captureSpreadsheet(emu.backend.stores.spreadsheets.bound)));
    const other = new Emulator({ source });
    other.call('fill');
    const model = other.backend.stores.spreadsheets.bound;
    restoreConditionalRules(model, model.sheets[0]!, saved.sheets[0]);
    expect(other.call('ids')).toEqual(before);
  });
});
