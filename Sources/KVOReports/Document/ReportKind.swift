/// The reports kvo writes, by the names a user may type for them (Dutch ones among them).
package enum ReportKind: String, CaseIterable, Sendable {
    /// The safety analysis, §4.1.
    case va
    /// The plan of action with the measures matrix, §4.2.
    case pva
    /// The inspection report, §4.1.3.
    case inspection
    /// The survey report, §4.1.1.
    case survey
    /// The documents of §5.2.1 as one folder.
    case auditPack = "audit-pack"
    /// The minutes of the session (§3.6, §4.3.1): made from a `SessionRecord`, `MinutesReport`.
    case minutes

    package var aliases: [String] {
        switch self {
        case .va: ["veiligheidsanalyse", "safety-analysis"]
        case .pva: ["plan-van-aanpak", "plan"]
        case .inspection: ["schouw", "schouwrapport"]
        case .survey: ["enquête", "enquete"]
        case .auditPack: ["auditpakket", "audit"]
        case .minutes: ["notulen"]
        }
    }

    /// Every name, for completion and messages.
    package static var names: [String] { allCases.flatMap { [$0.rawValue] + $0.aliases } }

    package init?(named name: String) {
        let lower = name.lowercased()
        guard let kind = ReportKind.allCases.first(where: { $0.rawValue == lower || $0.aliases.contains(lower) }) else { return nil }
        self = kind
    }

    /// The report as one document; nil for the audit pack, which is a folder of them, and for the
    /// minutes, which are made from the session as well (`MinutesReport.make(_:session:)`).
    package func document(_ c: ReportContext) -> Document? {
        switch self {
        case .va: SafetyAnalysisReport.make(c)
        case .pva: PlanOfActionReport.make(c)
        case .inspection: InspectionReport.make(c)
        case .survey: SurveyReport.make(c)
        case .auditPack, .minutes: nil
        }
    }
}
