import KVOModel

/// §4.4.1: every ended plan year has a written evaluation answering the questions on measures and on collaboration, with improvement points.
///
/// The questions are `Handbook.Evaluation.yearly`: the four on measures (executed, helped, why,
/// changes), the four on collaboration (collaboration, tasksAsAgreed, measuresAsAgreed,
/// changesReason: each its own field since kvo-dossier/2), and the improvement points. The old
/// single `collaboration` answer does not stand in for the other three: the handbook asks them
/// separately, and kvo does not read them out of a free text.
struct YearlyEvaluation: RuleEvaluator {
    let id = "KVO-4.4.1-YEARLY"

    static var questions: [Handbook.Evaluation.Question] { Handbook.Evaluation.yearly }

    /// The questions an evaluation leaves unanswered.
    static func gaps(_ e: EvaluationRecord) -> [Handbook.Evaluation.Question] {
        questions.filter { !$0.isAnswered(by: e) }
    }

    /// `executed="..." helped="..."` for the example command.
    static func arguments(_ questions: [Handbook.Evaluation.Question]) -> String {
        questions.map { "\($0.field)=\"...\"" }.joined(separator: " ")
    }

    func evaluate(_ c: CheckContext) -> Finding {
        let (ended, why) = PlanFacts.endedYears(c)
        if let why { return why }
        // An evaluation dated after the as-of date was not written yet at that date.
        let evaluations = c.evaluations.filter { ($0.date.map { $0 <= c.asOf }) != false }
        var linesEN: [String] = [], linesNL: [String] = [], lacking: [Int] = [], fix: Message?
        for y in ended {
            let candidates = evaluations.filter { $0.year == y.number }
            guard let best = candidates.min(by: { Self.gaps($0).count < Self.gaps($1).count }) else {
                linesEN.append("\(y.label.en) has no evaluation")
                linesNL.append("\(y.label.nl) heeft geen evaluatie")
                lacking.append(y.number)
                if fix == nil { fix = Message(en: "add ", nl: "voegtoe ") + "evaluation year=\(y.number) \(Self.arguments(Self.questions))" }
                continue
            }
            let gaps = Self.gaps(best)
            if gaps.isEmpty {
                let points = best.improvements.count
                linesEN.append("\(best.id) for plan year \(y.number) answers all questions with \(Language.en.count(points, Noun(en: "improvement point", "improvement points", nl: "verbeterpunt", "verbeterpunten")))")
                linesNL.append("\(best.id) voor planjaar \(y.number) beantwoordt alle vragen met \(points) verbeterpunt\(points == 1 ? "" : "en")")
            } else {
                linesEN.append("\(best.id) for plan year \(y.number) lacks: \(gaps.map(\.text.en).joined(separator: "; "))")
                linesNL.append("\(best.id) voor planjaar \(y.number) mist: \(gaps.map(\.text.nl).joined(separator: "; "))")
                lacking.append(y.number)
                if fix == nil { fix = Message(en: "set ", nl: "wijzig ") + "\(best.id) \(Self.arguments(gaps))" }
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
