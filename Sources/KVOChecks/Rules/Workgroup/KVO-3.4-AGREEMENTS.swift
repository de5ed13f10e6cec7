import KVOModel

/// §3.4: written agreements cover all seven topics (organisation.agreements); each missing topic is named.
struct AgreementTopics: RuleEvaluator {
    let id = "KVO-3.4-AGREEMENTS"

    static let topics: [(key: String, en: String, nl: String)] = [
        ("meetings", "meetings per year", "aantal bijeenkomsten per jaar"),
        ("membership", "changes in membership", "wijzigingen in de samenstelling"),
        ("area-changes", "changes in the area", "wijzigingen in het gebied"),
        ("decisions", "decision making", "besluitvorming"),
        ("internal-communication", "internal communication", "interne communicatie"),
        ("external-communication", "external communication (including entrepreneurs who are not members of the association)",
         "externe communicatie (ook met ondernemers die geen lid zijn van de vereniging)"),
        ("finances", "finances", "financiële middelen en geldstromen"),
    ]

    func evaluate(_ c: CheckContext) -> Finding {
        let covered = Set(c.section("organisation").strings("agreements"))
        let missing = Self.topics.filter { !covered.contains($0.key) }
        let n = Self.topics.count
        if missing.isEmpty {
            return .met(Message(en: "Written agreements cover all \(n) topics of §3.4: \(Language.en.list(Self.topics.map(\.en))).",
                                nl: "De schriftelijke afspraken dekken alle \(n) onderwerpen van §3.4: \(Language.nl.list(Self.topics.map(\.nl)))."))
        }
        let all = Self.topics.map(\.key).filter { covered.contains($0) || missing.map(\.key).contains($0) }.joined(separator: ",")
        return .notMet(Message(en: "Written agreements cover \(n - missing.count) of the \(n) topics of §3.4; missing: \(Language.en.list(missing.map(\.en))).",
                               nl: "De schriftelijke afspraken dekken \(n - missing.count) van de \(n) onderwerpen van §3.4; ontbreekt: \(Language.nl.list(missing.map(\.nl)))."),
                       short: Message(en: "Agree on \(Language.en.list(missing.map(\.key))) in writing, then: set organisation agreements=\(all).",
                                      nl: "Maak schriftelijke afspraken over \(Language.nl.list(missing.map(\.nl))), daarna: wijzig organisation agreements=\(all)."))
    }
}
