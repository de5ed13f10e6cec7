import KVOModel

/// §3.6: every workgroup meeting held (dated on or before the as-of date) has an agenda and minutes archived.
struct ArchivedMinutes: RuleEvaluator {
    let id = "KVO-3.6-MINUTES"

    func evaluate(_ c: CheckContext) -> Finding {
        let held = c.meetings.filter { ($0.date.map { $0 <= c.asOf }) == true }
        guard !held.isEmpty else {
            return .missing(Message(en: "No workgroup meeting held by \(c.asOf) is recorded; add them with: add meeting date=YYYY-MM-DD agenda=\"...\" minutes=\"...\".",
                                    nl: "Er is geen werkgroepoverleg tot en met \(c.asOf) vastgelegd; voeg ze toe met: voegtoe meeting date=JJJJ-MM-DD agenda=\"...\" minutes=\"...\"."))
        }
        var gapsEN: [String] = [], gapsNL: [String] = [], failing: [String] = []
        for m in held {
            let agenda = m.agenda != nil, minutes = m.minutes != nil
            guard !agenda || !minutes else { continue }
            failing.append(m.id)
            let date = m.date!
            let en = !agenda && !minutes ? "agenda and minutes" : !agenda ? "agenda" : "minutes"
            let nl = !agenda && !minutes ? "agenda en notulen" : !agenda ? "agenda" : "notulen"
            gapsEN.append("\(m.id) (\(date)) has no \(en)")
            gapsNL.append("\(m.id) (\(date)) heeft geen \(nl)")
        }
        let n = held.count
        if failing.isEmpty {
            return .met(Message(en: n == 1 ? "The only meeting held by \(c.asOf), \(held[0].id), has an agenda and minutes." : "All \(n) meetings held by \(c.asOf) have an agenda and minutes.",
                                nl: n == 1 ? "Het enige overleg tot en met \(c.asOf), \(held[0].id), heeft een agenda en notulen." : "Alle \(n) overleggen tot en met \(c.asOf) hebben een agenda en notulen."))
        }
        let k = failing.count
        return .notMet(Message(en: "\(k) of \(n) meetings held by \(c.asOf) lack an agenda or minutes: \(gapsEN.joined(separator: "; ")).",
                               nl: "\(k) van de \(n) overleggen tot en met \(c.asOf) missen een agenda of notulen: \(gapsNL.joined(separator: "; "))."),
                       short: Message(en: "archive the missing agenda or minutes of \(Language.en.list(failing)), e.g. set \(failing[0]) minutes=\"...\".",
                                      nl: "archiveer de ontbrekende agenda of notulen van \(Language.nl.list(failing)), bijv. wijzig \(failing[0]) minutes=\"...\"."))
    }
}
