import KVOModel
import Synchronization
import KVOChecks
import KVOPlanning

/// What a report is made from: the dossier, the date it is made on, its language, and whether
/// personal data may appear. Every text a report takes from the dossier comes through `text`
/// (or a helper built on it), which scrubs phone numbers and e-mail addresses unless the
/// report was asked for with personal data; fields the schema marks personal are only shown
/// when `includesPersonalData`.
package struct ReportContext: Sendable, RecordSource {
    package let dossier: Dossier
    package let asOf: Day
    /// The language the report is written in (Dutch unless asked otherwise).
    package let language: Language
    /// `--private`: phone numbers and e-mail addresses stay in (not for publication).
    package let includesPersonalData: Bool
    let redactor: Redactor
    /// What is worked out once per report: the evidence per theme reads every incident. A
    /// Mutex, since the sections of a report may be made on several threads.
    private let cache = Cache()
    final class Cache: Sendable {
        let evidence = Mutex<[ThemeEvidence]?>(nil)
    }

    package init(dossier: Dossier, asOf: Day, language: Language, includesPersonalData: Bool = false) {
        self.dossier = dossier
        self.asOf = asOf
        self.language = language
        self.includesPersonalData = includesPersonalData
        self.redactor = Redactor(language: language)
    }

    /// A text of the report, in the report's language.
    package func text(_ message: Message) -> String { message.text(language) }

    /// A text from the dossier, fit for the report: without phone numbers and e-mail
    /// addresses unless personal data was asked for.
    package func text(_ s: String) -> String { includesPersonalData ? s : redactor.scrub(s) }

    /// Whether a field of a kind may appear: personal fields only with personal data.
    package func shows(_ field: FieldSpec) -> Bool { !field.personal || includesPersonalData }

    // MARK: the dossier

    package var checks: CheckContext { CheckContext(dossier: dossier, asOf: asOf) }

    /// The evidence per theme (survey, incidents, inspections), worked out once.
    var evidence: [ThemeEvidence] {
        cache.evidence.withLock { known in
            if let known { return known }
            let e = ThemeEvidence.collect(dossier)
            known = e
            return e
        }
    }

    package func all<View: RecordView>(_ view: View.Type) -> [View] { dossier.all(view) }

    package func one<View: RecordView>(_ view: View.Type) -> View { dossier.one(view) }

    /// The audit the checks look at (`CheckContext.latestAudit`: the latest with a date).
    var audit: AuditRecord? { checks.latestAudit }

    var isCluster: Bool { parks.count > 1 }

    /// The dossier's name, else the collaboration's.
    var dossierName: String {
        text(dossier.name ?? organisation.name ?? text(Message(en: "KVO dossier", nl: "KVO-dossier")))
    }

    /// The name of the record of a kind with this ID, scrubbed; the ID when it has none.
    func name<View: NamedRecord>(of id: String?, as view: View.Type) -> String? {
        guard let id, let r = dossier.record(id, as: view) else { return id }
        return r.name.map(text) ?? id
    }

    /// The name of a record of any named kind (park, adjacent location, party, member, document),
    /// else its ID.
    func name(of id: String) -> String? {
        let named: [any NamedRecord.Type] = [ParkRecord.self, AdjacentRecord.self, PartyRecord.self, MemberRecord.self, DocumentRecord.self]
        guard let kind = dossier.record(id)?.kind, let view = named.first(where: { $0.kind.name == kind.name }) else { return id }
        return name(of: id, as: view)
    }

    func parkName(_ id: String?) -> String { name(of: id, as: ParkRecord.self) ?? "" }

    func partyName(_ id: String?) -> String { name(of: id, as: PartyRecord.self) ?? "" }

    /// "Hans van der Linden (Ondernemersvereniging De Hoek)".
    func memberWithParty(_ id: String) -> String {
        guard let m = dossier.record(id, as: MemberRecord.self) else { return id }
        let name = m.name.map(text) ?? id
        guard let party = m.party else { return name }
        return name + " (" + partyName(party) + ")"
    }

    func themeName(_ id: String?) -> String {
        guard let id else { return "" }
        if id.hasPrefix("own:") { return text(String(id.dropFirst(4))) + text(Message(en: " (own theme)", nl: " (eigen thema)")) }
        guard let theme = ThemeCatalogue.handbook.theme(id) else { return id }
        return text(Message(en: theme.english, nl: theme.dutch))
    }

    func subjectName(_ number: Int) -> String {
        guard let s = ThemeCatalogue.handbook.subject(number) else { return "\(number)" }
        return "\(number). " + text(Message(en: s.english, nl: s.dutch))
    }

    /// The lines under a report's title: what, for whom, as of when, and the privacy note.
    func preface(_ subtitle: String? = nil) -> [String] {
        var lines: [String] = []
        if let subtitle { lines.append(subtitle) }
        lines.append(dossierName)
        let parkNames = parks.compactMap { $0.name.map(text) }
        if parkNames.count > 1 {
            lines.append(text(Message(en: "Cluster of \(parkNames.count) parks: ", nl: "Cluster van \(parkNames.count) bedrijventerreinen: ")) + language.list(parkNames))
        }
        lines.append(text(Message(en: "Made by kvo from the dossier as of ", nl: "Opgesteld door kvo uit het dossier, stand per ")) + language.date(asOf))
        lines.append(privacyNote)
        return lines
    }

    var privacyNote: String {
        includesPersonalData
            ? text(Message(en: "Contains phone numbers and e-mail addresses (made with --private): for the workgroup only, not for publication (§3.2).",
              nl: "Bevat telefoonnummers en e-mailadressen (gemaakt met --private): alleen voor de werkgroep, niet voor publicatie (§3.2)."))
            : text(Message(en: "Phone numbers and e-mail addresses are left out (§3.2, GDPR).",
              nl: "Telefoonnummers en e-mailadressen zijn weggelaten (§3.2, AVG)."))
    }

    /// "not recorded" / "niet vastgelegd", for a value the dossier lacks.
    var missing: String { text(Message(en: "not recorded", nl: "niet vastgelegd")) }
}
