/// Rows of cells under headers, as a report shows them. Columns marked numeric are aligned
/// right; rows marked as group titles span the table (a theme above its measures).
public struct ReportTable: Sendable, Equatable {
    public var headers: [String]
    public var rows: [[String]]
    public var numeric: Set<Int>
    public var groupRows: Set<Int>
    /// Columns kept narrow and centred (the quarters of the measures matrix).
    public var compact: Set<Int>

    public init(headers: [String], rows: [[String]], numeric: Set<Int> = [], groupRows: Set<Int> = [], compact: Set<Int> = []) {
        self.headers = headers
        self.rows = rows.map { row in
            row.count >= headers.count ? row : row + Array(repeating: "", count: headers.count - row.count)
        }
        self.numeric = numeric
        self.groupRows = groupRows
        self.compact = compact
    }
}
