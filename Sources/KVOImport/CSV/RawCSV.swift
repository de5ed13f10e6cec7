/// CSV split into rows of fields by the CSV package, before kvo looks at them: what `kvo-csv`
/// sends back (see `CSVHelperProcess`). On a malformed file the package stops; `rows` then holds
/// the rows it read before, so the failing row can be found.
public struct RawCSV: Sendable, Equatable {
    public var rows: [[String]]
    /// The package's own words when it could not read on.
    public var failure: String?

    public init(rows: [[String]], failure: String? = nil) {
        self.rows = rows
        self.failure = failure
    }
}
