import KVOModel

/// §4.5: every improvement point of the evaluations appears in the renewed agreements or the renewed plan of action.
///
/// A point is carried into the plan when a measure names the evaluation and the point
/// (`evaluation=E-n improvement="..."`, kvo-dossier/2; the point's wording compared without regard
/// to case and blanks; a dropped measure no longer carries it). The agreements have no such link,
/// so for a point no measure carries kvo keeps its earlier, weaker test: the point can only have
/// been carried if a plan of action or agreements document is dated on or after the evaluation
/// that raised it, and by the as-of date (an evaluation without a date counts from the end of its
/// plan year). Such points are listed to be checked by hand (not assessable); without such a
/// document they are not carried (fail).
struct ImprovementsCarried: RuleEvaluator {
    let id = "KVO-4.5-IMPROVEMENTS-CARRIED"

    func evaluate(_ c: CheckContext) -> Finding {
        let evaluations = c.evaluations.filter { ($0.date.map { $0 <= c.asOf }) != false && !$0.improvements.isEmpty }
        guard !evaluations.isEmpty else {
            let n = c.evaluations.count
            return .notApplicable(Message(en: "None of the \(Language.en.count(n, Noun(en: "evaluation", "evaluations", nl: "evaluatie", "evaluaties"))) records improvement points, so none need carrying into the renewed plan or agreements.",
                                          nl: "Geen van de \(n) evaluatie\(n == 1 ? "" : "s") bevat verbeterpunten, dus er hoeft niets te worden overgenomen in het vernieuwde plan of de afspraken."))
        }
        let years = c.planYears
        let carriers = c.measures.filter { !PlanFacts.dropped($0) && $0.evaluation != nil && $0.improvement != nil }
        let renewed = c.documents.filter { ($0.type == .plan || $0.type == .agreements) && ($0.date.map { $0 <= c.asOf }) == true }
        var carriedEN: [String] = [], laterEN: [String] = [], laterNL: [String] = []
        var notCarried: [String] = [], nietOvergenomen: [String] = [], undated: [String] = []
        var points = 0, carried = 0, firstOpen: (evaluation: String, point: String)?
        for e in evaluations {
            var open: [String] = []
            for point in e.improvements {
                if let m = carriers.first(where: { $0.evaluation == e.id && Self.same($0.improvement!, point) }) {
                    carried += 1
                    carriedEN.append("\(e.id) \"\(point)\" in \(m.id)")
                } else {
                    open.append(point)
                }
            }
            guard let point = open.first else { continue }
            firstOpen = firstOpen ?? (e.id, point)
            let n = open.count
            points += n
            let year = e.year.flatMap { y in years.first { $0.number == y } }
            guard let since = e.date ?? year?.last else {
                undated.append(e.id)
                continue
            }
            var docs = renewed.filter { $0.date! >= since }.map(\.id)
            var stukken = docs
            if let adopted = c.planStart, adopted >= since, adopted <= c.asOf {
                docs.append("the plan adopted on \(adopted)")
                stukken.append("het plan vastgesteld op \(adopted)")
            }
            if docs.isEmpty {
                notCarried.append("\(e.id) (\(Language.en.count(n, Noun(en: "point", "points", nl: "punt", "punten"))), \(since))")
                nietOvergenomen.append("\(e.id) (\(n) punt\(n == 1 ? "" : "en"), \(since))")
            } else {
                laterEN.append("\(e.id) (\(Language.en.count(n, Noun(en: "point", "points", nl: "punt", "punten")))) in \(Language.en.alternatives(docs))")
                laterNL.append("\(e.id) (\(n) punt\(n == 1 ? "" : "en")) in \(Language.nl.alternatives(stukken))")
            }
        }
        guard let (evaluation, point) = firstOpen else {
            return .met(Message(en: "Every one of the \(Language.en.count(carried, Noun(en: "improvement point", "improvement points", nl: "verbeterpunt", "verbeterpunten"))) is carried by a measure of the plan: \(Language.en.list(carriedEN)).",
                                nl: "Elk van de \(carried) verbeterpunt\(carried == 1 ? "" : "en") is overgenomen in een maatregel van het plan: \(Language.nl.list(carriedEN))."))
        }
        let link = "set M-n evaluation=\(evaluation) improvement=\"\(point)\""
        let koppeling = "wijzig M-n evaluation=\(evaluation) improvement=\"\(point)\""
        let carriedNote = Message(en: carried == 0 ? "" : " (\(carried) other\(carried == 1 ? " is" : "s are") carried by a measure)",
                                  nl: carried == 0 ? "" : " (\(carried) andere \(carried == 1 ? "is" : "zijn") overgenomen in een maatregel)")
        if !notCarried.isEmpty {
            return .notMet(Message(en: "The improvement points of \(Language.en.list(notCarried)) cannot appear in a renewed plan of action or renewed agreements: no measure carries them and no document of type plan or agreements is dated on or after the evaluation\(carriedNote.en).",
                                   nl: "De verbeterpunten van \(Language.nl.list(nietOvergenomen)) kunnen niet in een vernieuwd plan van aanpak of vernieuwde afspraken staan: geen maatregel neemt ze over en geen document van type plan of agreements is gedateerd op of na de evaluatie\(carriedNote.nl)."),
                           short: Message(en: "take these points into the plan and link each to its measure (\(link)), or renew the agreements with them and record it: add document \"NAME\" type=agreements version=N date=YYYY-MM-DD.",
                                          nl: "neem deze punten op in het plan en koppel elk aan zijn maatregel (\(koppeling)), of vernieuw de afspraken ermee en leg dat vast: voegtoe document \"NAAM\" type=agreements version=N date=JJJJ-MM-DD."))
        }
        if !undated.isEmpty {
            return .missing(Message(en: "\(Language.en.list(undated)) \(undated.count == 1 ? "has" : "have") neither a date nor a plan year, so kvo cannot tell whether a renewed plan or agreements came after; set them with: set \(undated[0]) date=YYYY-MM-DD.",
                                    nl: "\(Language.nl.list(undated)) \(undated.count == 1 ? "heeft" : "hebben") geen datum en geen planjaar, dus kvo kan niet zien of er daarna een vernieuwd plan of vernieuwde afspraken kwamen; vul ze in met: wijzig \(undated[0]) date=JJJJ-MM-DD."))
        }
        return .missing(Message(en: "A renewed plan or agreements document follows every evaluation (\(laterEN.joined(separator: "; "))), but no measure carries \(points == 1 ? "the" : "each of the") \(Language.en.count(points, Noun(en: "improvement point", "improvement points", nl: "verbeterpunt", "verbeterpunten")))\(carriedNote.en); check them by hand, or link each to the measure that carries it: \(link).",
                                nl: "Na elke evaluatie volgt een vernieuwd plan of vernieuwde afspraken (\(laterNL.joined(separator: "; "))), maar geen maatregel neemt de \(points) verbeterpunt\(points == 1 ? "" : "en") over\(carriedNote.nl); controleer ze met de hand, of koppel elk aan de maatregel die het overneemt: \(koppeling)."))
    }

    /// Whether a measure's `improvement` names this point: the same words, ignoring case and blanks.
    static func same(_ a: String, _ b: String) -> Bool { AuditRules.normalised(a) == AuditRules.normalised(b) }
}
