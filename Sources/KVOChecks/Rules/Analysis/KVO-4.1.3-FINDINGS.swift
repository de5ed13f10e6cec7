import KVOModel

/// §4.1.3: every finding that needs change has a sequential photo number, a location, an action, who does it and when.
///
/// "Sequential" is checked as: every such finding has a photo number, and no two findings of one
/// inspection share a number (gaps are allowed: not every photo needs to show a finding).
struct InspectionFindings: RuleEvaluator {
    let id = "KVO-4.1.3-FINDINGS"

    typealias Field = FindingRecord.Field

    /// What a finding that needs change must have: the field (as `set` names it), whether the
    /// finding has it, and its name in words.
    static let fields: [(name: String, has: @Sendable (FindingRecord) -> Bool, en: String, nl: String)] = [
        (Field.photo, { $0.photo != nil }, "photo number", "fotonummer"), (Field.location, { $0.location != nil }, "location", "locatie"),
        (Field.action, { $0.action != nil }, "action", "actie"), (Field.who, { $0.who != nil }, "who", "wie"),
        (Field.due, { $0.due != nil }, "due date", "datum gereed"),
    ]

    func evaluate(_ c: CheckContext) -> Finding {
        let findings = c.findings
        let negative = findings.filter { $0.kind == .negative }
        if negative.isEmpty {
            let held = AnalysisSupport.heldInspections(c)
            guard !findings.isEmpty else {
                if held.isEmpty {
                    return .notApplicable(Message(en: "Applies once an inspection has taken place; none is dated on or before \(c.asOf), and no findings are recorded.",
                                                  nl: "Geldt zodra er een schouw is gehouden; er is er geen met datum op of vóór \(c.asOf), en er zijn geen bevindingen vastgelegd."))
                }
                let ids = held.map(\.id)
                return .missing(Message(en: "No findings are recorded for inspection \(Language.en.list(ids)); add the findings of the inspection report.",
                                        nl: "Er zijn geen bevindingen vastgelegd voor schouw \(Language.nl.list(ids)); voeg de bevindingen uit het schouwrapport toe."))
            }
            return .met(Message(en: "No finding needing change is recorded (only \(Language.en.count(findings.count, Noun(en: "positive finding", "positive findings", nl: "positieve bevinding", "positieve bevindingen")))), so none lacks a photo, location, action, who or due date.",
                                nl: "Er is geen bevinding vastgelegd die verandering vraagt (alleen \(findings.count == 1 ? "1 positieve bevinding" : "\(findings.count) positieve bevindingen")), dus aan geen ervan ontbreekt een foto, locatie, actie, wie of datum."))
        }
        var lacksEn: [String] = [], lacksNl: [String] = [], fixEn: [String] = [], fixNl: [String] = []
        var incomplete = 0
        for f in negative {
            let absent = Self.fields.filter { !$0.has(f) }
            guard !absent.isEmpty else { continue }
            incomplete += 1
            lacksEn.append("\(f.id) lacks \(Language.en.list(absent.map(\.en)))")
            lacksNl.append("\(f.id) mist \(Language.nl.list(absent.map(\.nl)))")
            let set = absent.map { "\($0.name)=..." }.joined(separator: " ")
            fixEn.append("complete \(f.id): set \(f.id) \(set)")
            fixNl.append("vul \(f.id) aan: wijzig \(f.id) \(set)")
        }
        // Photo numbers shared within one inspection.
        var sharedEn: [String] = [], sharedNl: [String] = []
        let byInspection = Dictionary(grouping: findings.filter { $0.photo != nil }) { $0.inspection ?? "" }
        for inspection in byInspection.keys.sorted() {
            let byPhoto = Dictionary(grouping: byInspection[inspection]!) { $0.photo! }
            for (photo, fs) in byPhoto.sorted(by: { $0.key < $1.key }) where fs.count > 1 && fs.contains(where: { $0.kind == .negative }) {
                let ids = fs.map(\.id)
                sharedEn.append("\(inspection) photo \(photo) is used by \(Language.en.list(ids))")
                sharedNl.append("\(inspection) foto \(photo) wordt gebruikt door \(Language.nl.list(ids))")
            }
        }
        if !sharedEn.isEmpty {
            lacksEn.append(sharedEn.joined(separator: "; "))
            lacksNl.append(sharedNl.joined(separator: "; "))
            fixEn.append("give each photo its own number")
            fixNl.append("geef elke foto een eigen nummer")
        }
        if lacksEn.isEmpty {
            let allEn = negative.count == 1 ? "The 1 finding needing change has" : "All \(negative.count) findings needing change have"
            let allNl = negative.count == 1 ? "De ene bevinding die verandering vraagt heeft" : "Alle \(negative.count) bevindingen die verandering vragen hebben"
            return .met(Message(en: "\(allEn) a photo number, location, action, who and due date.",
                                nl: "\(allNl) een fotonummer, locatie, actie, wie en datum gereed."))
        }
        let incompleteEn = incomplete > 0 ? "\(incomplete) of \(negative.count) findings needing change are incomplete: " : "Of \(negative.count) findings needing change, "
        let incompleteNl = incomplete > 0 ? "\(incomplete) van de \(negative.count) bevindingen die verandering vragen zijn onvolledig: " : "Van de \(negative.count) bevindingen die verandering vragen: "
        return .notMet(Message(en: incompleteEn + lacksEn.joined(separator: "; ") + ".", nl: incompleteNl + lacksNl.joined(separator: "; ") + "."),
                       short: Message(en: Phrase.capitalised(fixEn.joined(separator: "; ")) + ".",
                                      nl: Phrase.capitalised(fixNl.joined(separator: "; ")) + "."))
    }
}
