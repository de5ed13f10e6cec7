import KVOModel

extension Planner {
    /// A measure as the planner handles it.
    struct Item {
        var record: MeasureRecord
        let id: String
        var party: String?
        let theme: String?
        let hours: Double
        var columns: [Int]
        let duration: Int
        let movable: Bool
        let fixed: MeasureRecord.Fixed?
        let finding: Bool
        let after: [String]
        var latest: Int
        var window: [Int]
        var preferred: Int?
        let isNew: Bool
        let status: MeasureRecord.Status?

        var first: Int? { columns.first }
        var last: Int? { columns.last }

        func makingMovable() -> Item {
            Item(record: record, id: id, party: party, theme: theme, hours: hours, columns: columns, duration: duration, movable: true,
                 fixed: fixed, finding: finding, after: after, latest: latest, window: window, preferred: preferred, isNew: isNew, status: status)
        }
    }
}
