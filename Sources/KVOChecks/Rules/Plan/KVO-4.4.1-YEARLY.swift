import KVOModel

/// §4.4.1: every ended plan year has a written evaluation answering the questions on measures and on collaboration, with improvement points.
///
/// The four questions on measures are the fields executed, helped, why and changes; the four on
/// collaboration share the one field `collaboration`, so only its presence can be checked.
struct YearlyEvaluation: RuleEvaluator {
    let id = "KVO-4.4.1-YEARLY"

    static let questions: [(field: String, en: String, nl: String)] = [
        ("executed", "were the measures executed?", "zijn de maatregelen uitgevoerd?"),
        ("helped", "what helped?", "wat droeg bij?"),
        ("why", "why (not) achieved?", "waarom wel/niet behaald?"),
        ("changes", "plan changes needed?", "wijzigingen in het plan nodig?"),
        ("collaboration", "how did the collaboration go (parties' tasks, measures as agreed, large changes)?",
         "hoe verliep de samenwerking (taken van partijen, maatregelen zoals afgesproken, grote wijzigingen)?"),
        ("improvements", "improvement points", "verbeterpunten"),
    ]

    /// The questions an evaluation leaves unanswered.
    static func gaps(_ e: Record) -> [(en: String, nl: String)] {
        questions.filter { !e.has($0.field) }.map { ($0.en, $0.nl) }
    }

    func evaluate(_ c: CheckContext) -> Finding {
        let (ended, why) = PlanFacts.endedYears(c)
        if let why { return why }
        // An evaluation dated after the as-of date was not written yet at that date.
        let evaluations = c.records("evaluations").filter { ($0.date("date").map { $0 <= c.asOf }) != false }
        var linesEN: [String] = [], linesNL: [String] = [], lacking: [Int] = [], fix: Message?
        for y in ended {
            let candidates = evaluations.filter { $0.int("year") == y.number }
            guard let best = candidates.min(by: { Self.gaps($0).count < Self.gaps($1).count }) else {
                linesEN.append("\(y.label.en) has no evaluation")
                linesNL.append("\(y.label.nl) heeft geen evaluatie")
                lacking.append(y.number)
                if fix == nil { fix = Message(en: "add ", nl: "voegtoe ") + "evaluation year=\(y.number) executed=\"...\" helped=\"...\" why=\"...\" changes=\"...\" collaboration=\"...\" improvements=\"...\"" }
                continue
            }
            let gaps = Self.gaps(best)
            if gaps.isEmpty {
                let points = best.strings("improvements").count
                linesEN.append("\(best.id) for plan year \(y.number) answers all questions with \(Language.en.count(points, Noun(en: "improvement point", "improvement points", nl: "verbeterpunt", "verbeterpunten")))")
                linesNL.append("\(best.id) voor planjaar \(y.number) beantwoordt alle vragen met \(points) verbeterpunt\(points == 1 ? "" : "en")")
            } else {
                linesEN.append("\(best.id) for plan year \(y.number) lacks: \(gaps.map(\.en).joined(separator: "; "))")
                linesNL.append("\(best.id) voor planjaar \(y.number) mist: \(gaps.map(\.nl).joined(separator: "; "))")
                lacking.append(y.number)
                let fields = Self.questions.filter { !best.has($0.field) }.map { "\($0.field)=\"...\"" }
                if fix == nil { fix = Message(en: "set ", nl: "wijzig ") + "\(best.id) \(fields.joined(separator: " "))" }
            }
        }
        if lacking.isEmpty {
            return .met(Message(en: "Every ended plan year has a complete written evaluation: \(linesEN.joined(separator: "; ")).",
                                nl: "Elk afgelopen planjaar heeft een volledige schriftelijke evaluatie: \(linesNL.joined(separator: "; "))."))
        }
        let years = lacking.map(String.init)
        return .notMet(Message(en: "Not every ended plan year has a complete written evaluation: \(linesEN.joined(separator: "; ")).",
                               nl: "Niet elk afgelopen planjaar heeft een volledige schriftelijke evaluatie: \(linesNL.joined(separator: "; "))."),
                       short: Message(en: "complete the evaluation of plan year\(years.count == 1 ? "" : "s") \(Language.en.list(years)), e.g. \(fix!.en).",
                                      nl: "maak de evaluatie van \(years.count == 1 ? "planjaar" : "planjaren") \(Language.nl.list(years)) compleet, bijv. \(fix!.nl)."))
    }
}
