import KVOModel
import KVOChecks
import KVOPlanning

/// What a report is made from: the dossier, the date it is made on, its language, and whether
/// personal data may appear. Every text a report takes from the dossier comes through `text`
/// (or a helper built on it), which scrubs phone numbers and e-mail addresses unless the
/// report was asked for with personal data; fields the schema marks personal are only shown
/// when `includesPersonalData`.
public struct ReportContext: Sendable {
    public let dossier: Dossier
    public let asOf: Day
    public let words: Wording
    /// `--private`: phone numbers and e-mail addresses stay in (not for publication).
    public let includesPersonalData: Bool
    let redactor: Redactor
    private let cache = Cache()

    /// What is worked out once per report: the evidence per theme reads every incident.
    final class Cache: @unchecked Sendable {
        var evidence: [ThemeEvidence]?
    }

    public init(dossier: Dossier, asOf: Day, language: Language, includesPersonalData: Bool = false) {
        self.dossier = dossier
        self.asOf = asOf
        self.words = Wording(language)
        self.includesPersonalData = includesPersonalData
        self.redactor = Redactor(language: language)
    }

    public var language: Language { words.language }

    func t(_ en: String, _ nl: String) -> String { words.t(en, nl) }

    /// A text from the dossier, fit for the report: without phone numbers and e-mail
    /// addresses unless personal data was asked for.
    public func text(_ s: String) -> String { includesPersonalData ? s : redactor.scrub(s) }

    /// Whether a field of a kind may appear: personal fields only with personal data.
    public func shows(_ field: FieldSpec) -> Bool { !field.personal || includesPersonalData }

    // MARK: the dossier

    public var checks: CheckContext { CheckContext(dossier: dossier, asOf: asOf) }

    /// The evidence per theme (survey, incidents, inspections), worked out once.
    var evidence: [ThemeEvidence] {
        if let e = cache.evidence { return e }
        let e = ThemeEvidence.collect(dossier)
        cache.evidence = e
        return e
    }

    func records(_ kind: String) -> [Record] { dossier.schema.kind(named: kind).map(dossier.records) ?? [] }

    func section(_ name: String) -> Record { dossier.record(name)?.record ?? Record(fields: [:]) }

    /// A text field of a record, scrubbed; nil when empty.
    func field(_ r: Record, _ name: String) -> String? { r.string(name).map(text) }

    var parks: [Record] { records("parks") }

    var isCluster: Bool { parks.count > 1 }

    /// The dossier's name, else the collaboration's.
    var dossierName: String {
        text(dossier.name ?? section("organisation").string("name") ?? t("KVO dossier", "KVO-dossier"))
    }

    func name(of id: String?) -> String? {
        guard let id, let r = dossier.record(id)?.record else { return id }
        return r.string("name").map(text) ?? id
    }

    func parkName(_ id: String?) -> String { name(of: id) ?? "" }

    func partyName(_ id: String?) -> String { name(of: id) ?? "" }

    /// "Hans van der Linden (Ondernemersvereniging De Hoek)".
    func memberWithParty(_ id: String) -> String {
        guard let m = dossier.record(id)?.record else { return id }
        let name = m.string("name").map(text) ?? id
        guard let party = m.string("party") else { return name }
        return name + " (" + partyName(party) + ")"
    }

    func themeName(_ id: String?) -> String {
        guard let id else { return "" }
        if id.hasPrefix("own:") { return text(String(id.dropFirst(4))) + t(" (own theme)", " (eigen thema)") }
        guard let theme = ThemeCatalogue.handbook.theme(id) else { return id }
        return words.dutch ? theme.dutch : theme.english
    }

    func subjectName(_ number: Int) -> String {
        guard let s = ThemeCatalogue.handbook.subject(number) else { return "\(number)" }
        return "\(number). " + (words.dutch ? s.dutch : s.english)
    }

    /// The lines under a report's title: what, for whom, as of when, and the privacy note.
    func preface(_ subtitle: String? = nil) -> [String] {
        var lines: [String] = []
        if let subtitle { lines.append(subtitle) }
        lines.append(dossierName)
        let parkNames = parks.compactMap { $0.string("name").map(text) }
        if parkNames.count > 1 {
            lines.append(t("Cluster of \(parkNames.count) parks: ", "Cluster van \(parkNames.count) bedrijventerreinen: ") + words.list(parkNames))
        }
        lines.append(t("Made by kvo from the dossier as of ", "Opgesteld door kvo uit het dossier, stand per ") + words.date(asOf))
        lines.append(privacyNote)
        return lines
    }

    var privacyNote: String {
        includesPersonalData
            ? t("Contains phone numbers and e-mail addresses (made with --private): for the workgroup only, not for publication (§3.2).",
                "Bevat telefoonnummers en e-mailadressen (gemaakt met --private): alleen voor de werkgroep, niet voor publicatie (§3.2).")
            : t("Phone numbers and e-mail addresses are left out (§3.2, GDPR).",
                "Telefoonnummers en e-mailadressen zijn weggelaten (§3.2, AVG).")
    }

    /// "not recorded" / "niet vastgelegd", for a value the dossier lacks.
    var missing: String { t("not recorded", "niet vastgelegd") }
}
