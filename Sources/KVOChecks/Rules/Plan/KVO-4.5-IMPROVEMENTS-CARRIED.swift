import KVOModel

/// §4.5: every improvement point of the evaluations appears in the renewed agreements or the renewed plan of action.
///
/// The dossier does not link an improvement point to the text that takes it up, so kvo checks what it
/// can: a point can only have been carried if a plan of action or agreements document is dated on or
/// after the evaluation that raised it, and by the as-of date (an evaluation without a date counts
/// from the end of its plan year). When such a document exists the points are listed to be checked by hand (not assessable).
struct ImprovementsCarried: RuleEvaluator {
    let id = "KVO-4.5-IMPROVEMENTS-CARRIED"

    func evaluate(_ c: CheckContext) -> Finding {
        let evaluations = c.records("evaluations").filter { ($0.date("date").map { $0 <= c.asOf }) != false && !$0.strings("improvements").isEmpty }
        guard !evaluations.isEmpty else {
            let n = c.records("evaluations").count
            return .notApplicable(Message(en: "None of the \(Language.en.count(n, Noun(en: "evaluation", "evaluations", nl: "evaluatie", "evaluaties"))) records improvement points, so none need carrying into the renewed plan or agreements.",
                                          nl: "Geen van de \(n) evaluatie\(n == 1 ? "" : "s") bevat verbeterpunten, dus er hoeft niets te worden overgenomen in het vernieuwde plan of de afspraken."))
        }
        let years = c.planYears
        let renewed = c.records("documents").filter { ["plan", "agreements"].contains($0.string("type") ?? "") && ($0.date("date").map { $0 <= c.asOf }) == true }
        var laterEN: [String] = [], laterNL: [String] = [], notCarried: [String] = [], nietOvergenomen: [String] = [], undated: [String] = []
        var points = 0
        for e in evaluations {
            let n = e.strings("improvements").count
            points += n
            let year = e.int("year").flatMap { y in years.first { $0.number == y } }
            guard let since = e.date("date") ?? year?.last else {
                undated.append(e.id)
                continue
            }
            var docs = renewed.filter { $0.date("date")! >= since }.map(\.id)
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
        if !notCarried.isEmpty {
            return .notMet(Message(en: "The improvement points of \(Language.en.list(notCarried)) cannot appear in a renewed plan of action or renewed agreements: no document of type plan or agreements is dated on or after the evaluation.",
                                   nl: "De verbeterpunten van \(Language.nl.list(nietOvergenomen)) kunnen niet in een vernieuwd plan van aanpak of vernieuwde afspraken staan: geen document van type plan of agreements is gedateerd op of na de evaluatie."),
                           short: Message(en: "renew the plan of action or the agreements with these points and record it: add document \"NAME\" type=plan version=N date=YYYY-MM-DD.",
                                          nl: "vernieuw het plan van aanpak of de afspraken met deze punten en leg dat vast: voegtoe document \"NAAM\" type=plan version=N date=JJJJ-MM-DD."))
        }
        if !undated.isEmpty {
            return .missing(Message(en: "\(Language.en.list(undated)) \(undated.count == 1 ? "has" : "have") neither a date nor a plan year, so kvo cannot tell whether a renewed plan or agreements came after; set them with: set \(undated[0]) date=YYYY-MM-DD.",
                                    nl: "\(Language.nl.list(undated)) \(undated.count == 1 ? "heeft" : "hebben") geen datum en geen planjaar, dus kvo kan niet zien of er daarna een vernieuwd plan of vernieuwde afspraken kwamen; vul ze in met: wijzig \(undated[0]) date=JJJJ-MM-DD."))
        }
        return .missing(Message(en: "A renewed plan or agreements document follows every evaluation (\(laterEN.joined(separator: "; "))), but the dossier does not link each of the \(points) improvement points to where it is taken up; check them by hand.",
                                nl: "Na elke evaluatie volgt een vernieuwd plan of vernieuwde afspraken (\(laterNL.joined(separator: "; "))), maar het dossier koppelt de \(points) verbeterpunten niet aan de plek waar ze zijn overgenomen; controleer ze met de hand."))
    }
}
