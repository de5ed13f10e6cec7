import KVOImport
import SwiftCSV

/// The CSV package's reading of a text, as `RawCSV`: kvo does not split CSV by hand. Used by the
/// `kvo-csv` helper program (and by the tests, in process); kept out of kvo itself because
/// SwiftCSV brings all of Foundation with it (see `CSVHelperProcess`).
public enum SwiftCSVSplitter {
    public static func split(_ text: String, separator: Character) -> RawCSV {
        var rows: [[String]] = []
        do {
            let csv = try CSV<Enumerated>(string: text, delimiter: .character(separator), loadColumns: false, rowLimit: 0)
            try csv.enumerateAsArray(startAt: 0, rowLimit: nil) { rows.append($0) }
            return RawCSV(rows: rows)
        } catch {
            return RawCSV(rows: rows, failure: "\(error)")
        }
    }
}
