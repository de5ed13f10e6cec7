import KVOModel

/// Every format kvo writes, by the name a user types (`as FORMAT`, `--format`), and the subsets
/// each command takes. One enum for them all, so that a format is spelled and rendered once.
/// `csv` is RFC 4180; `excel-csv` is what Excel in a Dutch locale opens as columns (semicolons,
/// a byte-order mark, decimal commas); `xlsx` and `pdf` are files written beside the script.
/// On a terminal the default is a table; otherwise JSON, so that a pipe gets exact, complete data.
///
/// Why in KVOReports/Rendering: the lowest layer that sees every value kvo renders (documents,
/// tables, check results, the matrix); KVOScript's commands and the kvo target sit above it.
package enum OutputFormat: String, Sendable, CaseIterable {
    case table, json, csv, excelCSV = "excel-csv", md, xlsx, html, pdf, docx, junit, ics

    /// A table or list of records: `as table|json|csv|excel-csv|md`.
    package static let tableFormats: [OutputFormat] = [.table, .json, .csv, .excelCSV, .md]
    /// `list` and `show`: the table formats and an Excel workbook.
    package static let recordFormats = tableFormats + [.xlsx]
    /// The pages kvo renders a document in itself (`report --format md|html`).
    package static let documentPages: [OutputFormat] = [.md, .html]
    /// `report --format`: the pages, and PDF and Word made from them by other programs.
    package static let reportFormats = documentPages + [.pdf, .docx]
    /// `kvo check --format table|json|junit`.
    package static let batchCheckFormats: [OutputFormat] = [.table, .json, .junit]

    /// The names of the record formats, for `as FORMAT` of `list`, `show` and `changes` and completion.
    package static let names = recordFormats.map(\.rawValue)

    /// The format named `name` among `formats`; nil when it is not one of them.
    package init?(_ name: String, among formats: [OutputFormat]) {
        guard let format = formats.first(where: { $0.rawValue == name }) else { return nil }
        self = format
    }
}
