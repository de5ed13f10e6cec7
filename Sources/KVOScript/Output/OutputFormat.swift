/// How `list`, `show` and friends write their results: `as table|json|csv|excel-csv|md|xlsx`
/// (xlsx: an Excel workbook written as a file, `CommandContext.writeWorkbook`). On a
/// terminal the default is a table; otherwise JSON, so that a pipe gets exact, complete data.
/// `csv` is RFC 4180; `excel-csv` is what Excel in a Dutch locale opens as columns (semicolons,
/// a byte-order mark, decimal commas).
public enum OutputFormat: String, Sendable, CaseIterable {
    case table, json, csv, excelCSV = "excel-csv", md, xlsx

    public static let names = allCases.map(\.rawValue)
}
