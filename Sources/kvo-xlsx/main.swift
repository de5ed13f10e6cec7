import CXlsxWriter
import KVOModel

// kvo-xlsx SPEC.json OUT.xlsx: writes the workbook that kvo describes in SPEC.json with
// libxlsxwriter (see KVOScript/Output/Workbook.swift for the description). A helper program, as
// kvo-csv is, so that kvo's own start-up never loads the library.
func fail(_ text: String) -> Never {
    Descriptor.writeError(text + "\n")
    CurrentProcess.exit(2)
}

let arguments = CommandLine.arguments
guard arguments.count == 3 else { fail("usage: kvo-xlsx SPEC.json OUT.xlsx") }
guard let bytes = try? FileSystem.read(arguments[1]) else { fail("kvo-xlsx: cannot read \(arguments[1])") }
guard let spec = try? JSONParser.parse(bytes), let sheets = spec["sheets"]?.arrayValue else { fail("kvo-xlsx: the description is not readable") }
guard let workbook = workbook_new(arguments[2]) else { fail("kvo-xlsx: cannot make \(arguments[2])") }
let bold = workbook_add_format(workbook)
format_set_bold(bold)
format_set_bg_color(bold, 0xEEF3F7)
format_set_border(bold, UInt8(LXW_BORDER_THIN.rawValue))
format_set_text_wrap(bold)
format_set_align(bold, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
let centred = workbook_add_format(workbook)
format_set_bold(centred)
format_set_align(centred, UInt8(LXW_ALIGN_CENTER.rawValue))
format_set_bg_color(centred, 0xEEF3F7)
format_set_border(centred, UInt8(LXW_BORDER_THIN.rawValue))
let wrapped = workbook_add_format(workbook)
format_set_text_wrap(wrapped)
format_set_align(wrapped, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
let group = workbook_add_format(workbook)
format_set_bold(group)
format_set_bg_color(group, 0xF6F8FA)

for sheet in sheets {
    let name = String((sheet["name"]?.stringValue ?? "Blad").prefix(31))
    guard let ws = workbook_add_worksheet(workbook, name) else { fail("kvo-xlsx: cannot add the sheet \(name)") }
    worksheet_set_paper(ws, 9) // A4
    if sheet["landscape"] == .bool(true) { worksheet_set_landscape(ws) } else { worksheet_set_portrait(ws) }
    worksheet_fit_to_pages(ws, 1, 0)
    let headerRows = UInt32(sheet["headerRows"]?.numberValue ?? 1)
    if headerRows > 0 { worksheet_repeat_rows(ws, 0, headerRows - 1) }
    for (i, w) in (sheet["widths"]?.arrayValue ?? []).enumerated() {
        worksheet_set_column(ws, UInt16(i), UInt16(i), w.numberValue ?? 12, nil)
    }
    let groups = Set((sheet["groupRows"]?.arrayValue ?? []).compactMap { $0.numberValue.map { Int($0) } })
    for (r, row) in (sheet["rows"]?.arrayValue ?? []).enumerated() {
        let format = r < Int(headerRows) ? bold : (groups.contains(r) ? group : wrapped)
        for (c, cell) in (row.arrayValue ?? []).enumerated() {
            switch cell {
            case .number(let n): worksheet_write_number(ws, UInt32(r), UInt16(c), n, format)
            case .string(let s): worksheet_write_string(ws, UInt32(r), UInt16(c), s, format)
            default: if r < Int(headerRows) { worksheet_write_blank(ws, UInt32(r), UInt16(c), format) }
            }
        }
    }
    for m in sheet["merges"]?.arrayValue ?? [] {
        guard let v = m.arrayValue, v.count == 5, let r1 = v[0].numberValue, let c1 = v[1].numberValue,
              let r2 = v[2].numberValue, let c2 = v[3].numberValue else { continue }
        worksheet_merge_range(ws, UInt32(r1), UInt16(c1), UInt32(r2), UInt16(c2), v[4].stringValue ?? "", centred)
    }
    if let f = sheet["freeze"]?.arrayValue, f.count == 2, let r = f[0].numberValue, let c = f[1].numberValue {
        worksheet_freeze_panes(ws, UInt32(r), UInt16(c))
    }
}
let closed = workbook_close(workbook)
guard closed == LXW_NO_ERROR else { fail("kvo-xlsx: " + String(cString: lxw_strerror(closed))) }
CurrentProcess.exit(0)
