import KVOModel

/// Which files were imported, kept in the dossier so that the same file is not counted twice:
/// the `imports` field of a section (`survey` for survey files, `analysis` for incident files)
/// lists one entry per file, `2026-01-01 enquete.csv: 34 respondents, sha256:9f86...`. The hash
/// is of the file's bytes, as `sha256sum` prints it.
struct ImportLedger<Section: ImportLedgerSection> {
    let dossier: Dossier

    init(dossier: Dossier) { self.dossier = dossier }

    /// The section as stored (nil when the dossier has none yet): the `before` of its change.
    var stored: Record? { dossier.record(Section.kind.name)?.record }

    /// The section as it is now (empty when the dossier has none yet).
    var section: Section { dossier.one(Section.self) }

    /// The entry of an earlier import of a file with these bytes, if any.
    func entry(forHash hash: String) -> String? {
        section.imports.first { $0.hasSuffix("sha256:" + hash) }
    }

    func entry(date: Day, file: String, summary: String, hash: String) -> String {
        "\(date) \(file): \(summary), sha256:\(hash)"
    }

    /// `section` with an entry added to its `imports`.
    func recording(_ entry: String, in section: Section) -> Section {
        var s = section
        s.imports.append(entry)
        return s
    }
}

/// A section that keeps a ledger of imported files.
protocol ImportLedgerSection: RecordView {
    var imports: [String] { get set }
}

extension SurveyRecord: ImportLedgerSection {}
extension AnalysisRecord: ImportLedgerSection {}
