import LibFuzzer
import KVOModel
import KVOImport
import KVOCSV

/// The dossiers imports go into: one park with streets (as the import tests' De Hoek), and two
/// parks with streets and postcode ranges (as their cluster).
let dehoek = try! Dossier.load(Array("""
    {"format": "kvo-dossier/1", "name": "De Hoek",
     "parks": [{"id": "P-1", "name": "De Hoek", "entrepreneurs": 120, "streets": ["Hoekerweg", "Ambachtsweg"]}],
     "survey": {"subjects": [5, 8, 12, 16, 23]}}
    """.utf8))
let cluster = try! Dossier.load(Array("""
    {"format": "kvo-dossier/1", "name": "Cluster",
     "parks": [
       {"id": "P-1", "name": "Noord", "formalName": "Bedrijventerrein Noord", "entrepreneurs": 60,
        "streets": ["Hoogstraat", "Sint-Jozefstraat", "Industrieweg"], "postcodes": ["5651AA-5651AZ"]},
       {"id": "P-2", "name": "Zuid", "formalName": "Bedrijventerrein Zuid", "entrepreneurs": 40, "surveyResponses": 10,
        "streets": ["Kanaaldijk-Noord", "Havenstraat"], "postcodes": ["5652 BA - 5652 BZ"]}]}
    """.utf8))
let today = Day("2026-01-01")!

/// Imports the table into `dossier` and applies the changes as the `import` command does.
func imported(_ run: () throws(Diagnostic) -> [Change], into dossier: Dossier) {
    guard let changes = try? run() else { return }
    var copy = dossier
    try? Amendment(command: "import", at: "2026-01-01T00:00:00", by: "fuzz", changes: changes).apply(to: &copy)
}

/// One input: the bytes as a CSV file, read as a table (split by SwiftCSV in process, as the
/// kvo-csv helper does), then imported as a survey export, as an incident export of each source,
/// and read as a mapping table. An import error is fine; a trap or a memory error is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    for shortRows in [false, true] {
        guard let table = try? CSVTable(name: "fuzz.csv", bytes: bytes, shortRowsAllowed: shortRows,
                                        split: { text, separator throws(Diagnostic) in SwiftCSVSplitter.split(text, separator: separator) })
        else { continue }
        if shortRows {
            _ = try? SurveyMapping(table: table)
            continue
        }
        imported({ () throws(Diagnostic) in try SurveyImport.run(table, bytes: bytes, file: "fuzz.csv", dossier: dehoek, today: today).changes }, into: dehoek)
        for source in IncidentImport.Source.allCases {
            imported({ () throws(Diagnostic) in
                try IncidentImport.run(table, bytes: bytes, file: "fuzz.csv", dossier: cluster, source: source, today: today).changes
            }, into: cluster)
        }
    }
    return 0
}

/// The program's main (see LibFuzzer.h for why it is not libFuzzer's own).
@_cdecl("FuzzCSV_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzCSV(data, size) }
}
