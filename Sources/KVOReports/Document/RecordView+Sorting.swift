import KVOModel

extension Array where Element: RecordView {
    /// Oldest first by a date of the records, undated ones first, then by ID: the order of the
    /// meetings, inspections and communications in a report.
    func sorted(byDay day: (Element) -> Day?) -> [Element] {
        sorted { a, b in
            let (x, y) = (day(a), day(b))
            guard x == y else { return x.map { first in y.map { first < $0 } ?? false } ?? true }
            return a.id < b.id
        }
    }
}
