import KVOModel

/// Which files were imported, kept in the dossier so that the same file is not counted twice:
/// the `imports` field of a section (`survey` for survey files, `analysis` for incident files)
/// lists one entry per file, `2026-01-01 enquete.csv: 34 respondents, sha256:9f86...`. The hash
/// is of the file's bytes, as `sha256sum` prints it.
struct ImportLedger {
    let section: RecordKind
    let dossier: Dossier

    init(section name: String, dossier: Dossier) {
        self.section = dossier.schema.kind(named: name)!
        self.dossier = dossier
    }

    /// The section as it is now (nil when the dossier has none yet).
    var record: Record? { dossier.record(section.name)?.record }

    /// The entry of an earlier import of a file with these bytes, if any.
    func entry(forHash hash: String) -> String? {
        (record?["imports"]?.strings ?? []).first { $0.hasSuffix("sha256:" + hash) }
    }

    static func entry(date: Day, file: String, summary: String, hash: String) -> String {
        "\(date) \(file): \(summary), sha256:\(hash)"
    }

    /// `record` with an entry added to its `imports`.
    static func recording(_ entry: String, in record: Record) -> Record {
        var r = record
        r["imports"] = .array((record["imports"]?.arrayValue ?? []) + [.string(entry)])
        return r
    }
}
