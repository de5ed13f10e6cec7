import KVOModel

/// §3.4: written agreements cover all seven topics (organisation.agreements); each missing topic is named.
struct AgreementTopics: RuleEvaluator {
    let id = "KVO-3.4-AGREEMENTS"

    static let topics: [(topic: OrganisationRecord.Agreement, en: String, nl: String)] = [
        (.meetings, "meetings per year", "aantal bijeenkomsten per jaar"),
        (.membership, "changes in membership", "wijzigingen in de samenstelling"),
        (.areaChanges, "changes in the area", "wijzigingen in het gebied"),
        (.decisions, "decision making", "besluitvorming"),
        (.internalCommunication, "internal communication", "interne communicatie"),
        (.externalCommunication, "external communication (including entrepreneurs who are not members of the association)",
         "externe communicatie (ook met ondernemers die geen lid zijn van de vereniging)"),
        (.finances, "finances", "financiële middelen en geldstromen"),
    ]

    func evaluate(_ c: CheckContext) -> Finding {
        let covered = Set(c.organisation.agreements)
        let missing = Self.topics.filter { !covered.contains($0.topic) }
        let n = Self.topics.count
        if missing.isEmpty {
            return .met(Message(en: "Written agreements cover all \(n) topics of §3.4: \(Language.en.list(Self.topics.map(\.en))).",
                                nl: "De schriftelijke afspraken dekken alle \(n) onderwerpen van §3.4: \(Language.nl.list(Self.topics.map(\.nl)))."))
        }
        // Every topic agreed so far plus the missing ones: all of them, in the handbook's order.
        let all = Self.topics.map(\.topic).filter { covered.contains($0) || missing.map(\.topic).contains($0) }.map(\.rawValue).joined(separator: ",")
        return .notMet(Message(en: "Written agreements cover \(n - missing.count) of the \(n) topics of §3.4; missing: \(Language.en.list(missing.map(\.en))).",
                               nl: "De schriftelijke afspraken dekken \(n - missing.count) van de \(n) onderwerpen van §3.4; ontbreekt: \(Language.nl.list(missing.map(\.nl)))."),
                       short: Message(en: "Agree on \(Language.en.list(missing.map(\.topic.rawValue))) in writing, then: set organisation agreements=\(all).",
                                      nl: "Maak schriftelijke afspraken over \(Language.nl.list(missing.map(\.nl))), daarna: wijzig organisation agreements=\(all)."))
    }
}
